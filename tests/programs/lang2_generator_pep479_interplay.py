# StopIteration handling around generators (PEP 479) and iterator protocol interplay.
def inner():
    yield 1
    return "inner-ret"

def uses_next_in_loop():
    it = inner()
    while True:
        yield next(it)

g = uses_next_in_loop()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__, e.__cause__.value)

# catching StopIteration inside the generator itself is fine
def safe():
    it = iter([1])
    while True:
        try:
            yield next(it)
        except StopIteration:
            return "clean"
print(list(safe()))

# StopIteration subclass is also converted
class MyStop(StopIteration):
    pass
def raises_sub():
    yield
    raise MyStop
g = raises_sub()
next(g)
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError from subclass:", type(e.__cause__).__name__)

# StopAsyncIteration in a sync generator is NOT converted
def raises_async_stop():
    yield
    raise StopAsyncIteration("async stop")
g = raises_async_stop()
next(g)
try:
    next(g)
except StopAsyncIteration as e:
    print("StopAsyncIteration propagates:", e)

# StopIteration raised in a normal function used as __next__ ends iteration
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration
        return self.n
print(list(It()))

# StopIteration in a generator expression -> RuntimeError
def stopper(x):
    if x == 2:
        raise StopIteration
    return x
try:
    print(list(stopper(x) for x in range(4)))
except RuntimeError as e:
    print("genexp RuntimeError:", e)
# ... but in a list comprehension it propagates as StopIteration
try:
    print([stopper(x) for x in range(4)])
except StopIteration:
    print("listcomp StopIteration propagates")

# return value from generator used by for loop is discarded
def ret():
    yield 1
    return 2
print([x for x in ret()])

# StopIteration thrown in via throw()
def catcher():
    try:
        yield 1
    except StopIteration:
        yield "caught thrown StopIteration"
g = catcher()
next(g)
print(g.throw(StopIteration()))
def non_catcher():
    yield 1
g = non_catcher()
next(g)
try:
    g.throw(StopIteration("thrown"))
except RuntimeError as e:
    print("thrown StopIteration ->", e)
