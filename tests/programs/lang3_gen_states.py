# Generator object state: gi_running, gi_frame, gi_suspended, gi_yieldfrom, gi_code.
import inspect
def gen():
    me = yield "start"
    yield inspect.getgeneratorstate(me)
    yield from sub()

def sub():
    yield "sub"

g = gen()
print(inspect.getgeneratorstate(g), g.gi_suspended, g.gi_running, g.gi_frame is not None)
print(next(g), inspect.getgeneratorstate(g), g.gi_suspended)
print(g.send(g))
print(next(g), g.gi_yieldfrom.__name__, g.gi_yieldfrom.gi_running)
try:
    next(g)
except StopIteration:
    pass
print(inspect.getgeneratorstate(g), g.gi_frame, g.gi_yieldfrom, g.gi_suspended)
print(g.gi_code.co_name, g.__name__, g.__qualname__)

# re-entering a running generator
def reenter():
    yield next(me)
me = reenter()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)

# sending a non-None value to a just-started generator
def simple():
    yield 1
s = simple()
try:
    s.send(5)
except TypeError as e:
    print("TypeError:", e)
print(s.send(None))

# frame locals while suspended
def counting():
    a = 1
    yield
    b = 2
    yield
c = counting()
next(c)
print(sorted(c.gi_frame.f_locals))
next(c)
print(sorted(c.gi_frame.f_locals), c.gi_frame.f_lineno - c.gi_code.co_firstlineno)

# throw into an unstarted generator: never enters, becomes closed
def guarded():
    try:
        yield 1
    finally:
        print("finally in guarded")
u = guarded()
try:
    u.throw(ValueError("early"))
except ValueError as e:
    print("ValueError:", e, inspect.getgeneratorstate(u))

# close() of a suspended generator runs finally, then it is closed
v = guarded(); next(v)
v.close()
print(inspect.getgeneratorstate(v))
v.close()

# the generator name can be changed
g2 = simple()
g2.__name__ = "renamed"
g2.__qualname__ = "Q.renamed"
print(g2.__name__, g2.__qualname__, repr(g2).split(" at ")[0])
try:
    g2.__name__ = 1
except TypeError as e:
    print("TypeError:", e)

# iter(gen) is gen, and a generator is not restartable
g3 = simple()
print(iter(g3) is g3, list(g3), list(g3))

# gi_frame.f_back is None while suspended
g4 = counting(); next(g4)
print(g4.gi_frame.f_back)

# a generator expression's state
ge = (i for i in range(2))
print(inspect.getgeneratorstate(ge), ge.gi_code.co_name, next(ge), inspect.getgeneratorstate(ge))
