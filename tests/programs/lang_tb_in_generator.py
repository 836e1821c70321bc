# needs: stdlib
# Tracebacks through generators, class bodies, lambdas and comprehensions.
import traceback
def gen():
    yield 1
    raise KeyError("in gen")

def consume():
    return [x for x in gen()]

try:
    consume()
except KeyError:
    tb = traceback.format_exc().replace(__file__, "FILE")
    print(tb)

f = lambda d: d["nope"]
try:
    f({})
except KeyError:
    print(traceback.format_exc().replace(__file__, "FILE"))

try:
    class Body:
        x = 1 / 0
except ZeroDivisionError:
    print(traceback.format_exc().replace(__file__, "FILE"))

print([ex.name for ex in traceback.extract_tb(None)] if False else "done")
def frames():
    try:
        consume()
    except KeyError as e:
        return [(fs.name, fs.lineno) for fs in traceback.extract_tb(e.__traceback__)]
print(frames())
