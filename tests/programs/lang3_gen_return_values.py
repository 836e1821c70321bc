# Generator return values: StopIteration.value, yield from results, PEP 479.
def gen_ret():
    yield 1
    return "done"

g = gen_ret()
print(next(g))
try:
    next(g)
except StopIteration as s:
    print("value:", repr(s.value), s.args)
try:
    next(g)
except StopIteration as s:
    print("second:", repr(s.value))

def returns_tuple():
    return (1, 2)
    yield
try:
    next(returns_tuple())
except StopIteration as s:
    print(s.value, s.args)

def returns_none():
    yield
    return
gn = returns_none(); next(gn)
try:
    next(gn)
except StopIteration as s:
    print(s.value, s.args)

# return a StopIteration instance as the value
def returns_stopiter():
    return StopIteration("inner")
    yield
try:
    next(returns_stopiter())
except StopIteration as s:
    print(type(s.value).__name__, s.value.args)

# yield from collects the return value
def delegator():
    r1 = yield from gen_ret()
    r2 = yield from returns_tuple()
    r3 = yield from [10, 20]
    return (r1, r2, r3)
d = delegator()
print(list(d))
d = delegator()
while True:
    try:
        next(d)
    except StopIteration as s:
        print("delegator returned", s.value)
        break

# raising StopIteration inside a generator becomes RuntimeError
def leaky():
    yield 1
    raise StopIteration("leak")
try:
    list(leaky())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

def leaky_next():
    it = iter([])
    yield next(it)
try:
    next(leaky_next())
except RuntimeError as e:
    print("RuntimeError:", e)

# StopAsyncIteration is not converted in a plain generator
def async_leak():
    yield
    raise StopAsyncIteration
g = async_leak(); next(g)
try:
    next(g)
except StopAsyncIteration as e:
    print("StopAsyncIteration passes through", repr(e))

# return value via send protocol and close()
def echo():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v
e = echo(); next(e)
e.send(3); e.send(4)
try:
    e.send(None)
except StopIteration as s:
    print("echo total:", s.value)

# close() returning the value (3.13)
def closable():
    try:
        yield 1
    except GeneratorExit:
        return "closed value"
c = closable(); next(c)
print("close() ->", c.close())
c2 = closable()
print("close() unstarted ->", c2.close())

# a generator ignoring GeneratorExit
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
s = stubborn(); next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)

# generator return in a comprehension does nothing visible
print([x for x in gen_ret()])
