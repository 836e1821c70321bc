# yield from delegation: send, throw, close forwarding and return values.
log = []
def sub():
    try:
        x = yield "sub1"
        log.append(("sub got", x))
        y = yield "sub2"
        log.append(("sub got", y))
    except KeyError as e:
        log.append(("sub caught", e.args[0]))
        yield "sub-recovered"
    finally:
        log.append("sub finally")
    return "sub-result"

def outer():
    r = yield from sub()
    log.append(("outer got", r))
    yield "outer-end"

g = outer()
print(next(g), g.send("A"), g.send("B"))
print(log); log.clear()

g = outer()
next(g)
print(g.throw(KeyError("K")))
print(next(g))
print(log); log.clear()

g = outer()
next(g)
g.close()
print(log); log.clear()

# delegating to a plain iterator: send non-None fails
def to_list():
    yield from [1, 2]
g = to_list()
next(g)
try:
    g.send(5)
except AttributeError as e:
    print("AttributeError:", e)

# throw into an iterator without throw(): raised in the delegator
def to_iter():
    try:
        yield from iter([1, 2, 3])
    except ValueError:
        yield "delegator caught"
g = to_iter()
next(g)
print(g.throw(ValueError))

# yield from on a generator that returns immediately
def empty():
    return 42
    yield
def take():
    v = yield from empty()
    yield v
print(list(take()))

# StopIteration value with a tuple
def tup():
    return (1, 2)
    yield
def take2():
    v = yield from tup()
    yield v
print(list(take2()))

# gi_yieldfrom
def inner():
    yield 1
def middle():
    yield from inner()
g = middle()
print(g.gi_yieldfrom)
next(g)
print(g.gi_yieldfrom.__name__)

# yield from a non-iterable
def bad():
    yield from 5
try:
    next(bad())
except TypeError as e:
    print(e)

# yield from a custom iterator
class Count:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration("custom-return")
        return self.i
def use():
    r = yield from Count()
    yield r
print(list(use()))

# closing delegator closes the subiterator which has close()
class Closable:
    def __iter__(self): return self
    def __next__(self): return 0
    def close(self): print("Closable.close called")
def deleg():
    yield from Closable()
g = deleg()
next(g)
g.close()

# exception in subgenerator propagates through delegator
def raiser():
    yield 1
    raise ArithmeticError("deep")
def chain():
    try:
        yield from raiser()
    except ArithmeticError as e:
        yield "chain caught " + str(e)
print(list(chain()))

# deep nesting
def depth(n):
    if n == 0:
        x = yield "bottom"
        return x
    return (yield from depth(n - 1)) + 1
g = depth(20)
print(next(g))
try:
    g.send(0)
except StopIteration as e:
    print("depth result", e.value)
