# A coroutine dropped before it was awaited warns through the warnings
# filters: it can be recorded, ignored, or turned into an error.
import warnings

async def job():
    return 1

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    c = job()
    del c
print([(w.category.__name__, str(w.message)) for w in log])

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("ignore")
    c = job()
    del c
print(len(log))

async def agen():
    yield 1

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    g = agen()
    a = g.asend(None)
    del a
print([str(w.message) for w in log])

# With origin tracking on, the message lists the frames that created it.
import sys

def make():
    return job()

sys.set_coroutine_origin_tracking_depth(2)
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    c = make()
    del c
sys.set_coroutine_origin_tracking_depth(0)
print(str(log[0].message).replace(__file__, "FILE"))
