# needs: stdlib
# runtimes: gil ft
# concurrent.futures.ThreadPoolExecutor: map, submit, as_completed, wait, exceptions, shutdown.
import sys
import logging
from concurrent.futures import ThreadPoolExecutor, as_completed, wait, FIRST_EXCEPTION, ALL_COMPLETED
import concurrent.futures
import threading

def square(x):
    return x * x

def fail(x):
    raise ValueError(f"bad {x}")

with ThreadPoolExecutor(max_workers=4) as ex:
    print(list(ex.map(square, range(10))))
    futs = [ex.submit(square, i) for i in range(8)]
    print(sorted(f.result() for f in as_completed(futs)))
    bad = ex.submit(fail, 7)
    try:
        bad.result()
    except ValueError as e:
        print("ValueError:", e, bad.done(), type(bad.exception()).__name__)
    done, not_done = wait(futs + [bad], return_when=ALL_COMPLETED)
    print(len(done), len(not_done))
    done, _ = wait([bad], return_when=FIRST_EXCEPTION)
    print(len(done))
    names = set(ex.map(lambda _: threading.current_thread().name.split("_")[0], range(20)))
    print(sorted(names) == ["ThreadPoolExecutor-0"], names)

ex = ThreadPoolExecutor(max_workers=2, thread_name_prefix="pool")
f = ex.submit(lambda: threading.current_thread().name)
print(f.result().startswith("pool_"))
called = []
f.add_done_callback(lambda fut: called.append(fut.result() is not None))
print(called)
ex.shutdown(wait=True)
try:
    ex.submit(square, 1)
except RuntimeError as e:
    print("RuntimeError:", e)

# results come back in submission order from map, even when they finish out of order
gate = threading.Event()
def ordered(i):
    if i == 0:
        gate.wait(5)
    else:
        gate.set()
    return i
with ThreadPoolExecutor(max_workers=3) as ex:
    print(list(ex.map(ordered, range(3))))
fut = concurrent.futures.Future()
print(fut.done(), fut.cancel(), fut.cancelled())
