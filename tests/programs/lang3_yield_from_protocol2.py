# yield from: delegation of send/throw/close to iterators with and without those methods.
class OnlyNext:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 2:
            raise StopIteration("iterator result")
        return self.i

def deleg(it):
    r = yield from it
    return r

g = deleg(OnlyNext())
print(next(g), next(g))
try:
    next(g)
except StopIteration as s:
    print("returned", s.value)

g = deleg(OnlyNext())
next(g)
try:
    g.send(5)
except AttributeError as e:
    print("AttributeError:", e)

g = deleg(OnlyNext())
next(g)
try:
    g.throw(ValueError("into plain"))
except ValueError as e:
    print("ValueError:", e)

g = deleg(iter([1, 2]))
next(g)
g.close()
print("closed fine")

class WithClose(OnlyNext):
    def close(self):
        print("WithClose.close called")
g = deleg(WithClose())
next(g)
g.close()

class WithThrow(OnlyNext):
    def throw(self, *args):
        print("WithThrow.throw got", type(args[0]).__name__ if args else None)
        return "value from throw"
g = deleg(WithThrow())
next(g)
print(g.throw(KeyError("k")))

def inner():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v
def middle():
    res = yield from inner()
    yield f"inner returned {res}"
g = middle()
next(g)
g.send(2); g.send(3)
print(g.send(None))

def bad():
    yield from 5
try:
    next(bad())
except TypeError as e:
    print("TypeError:", e)

async def coro():
    return 1
def from_coro(co):
    yield from co
co = coro()
c = from_coro(co)
try:
    next(c)
except TypeError as e:
    print("TypeError:", e)
co.close()

def tuple_return():
    return (1, 2)
    yield
def take():
    a, b = yield from tuple_return()
    return a + b
g = take()
try:
    next(g)
except StopIteration as s:
    print("sum", s.value)

def watch():
    yield from iter([1])
w = watch()
next(w)
print(type(w.gi_yieldfrom).__name__)

def walk(t):
    if isinstance(t, list):
        for x in t:
            yield from walk(x)
    else:
        yield t
print(list(walk([1, [2, [3, [4]], 5], [[6]]])))
