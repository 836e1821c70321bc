# Generator edge cases: send after exhaustion, throw with traceback, recursion guard.
def g():
    yield 1
it = g()
next(it)
for _ in range(2):
    try:
        it.send(None)
    except StopIteration:
        print("StopIteration")
try:
    it.send(5)
except StopIteration:
    print("send on exhausted: StopIteration")
def h():
    try:
        yield
    except ValueError as e:
        yield e.__traceback__ is not None
it = h()
next(it)
try:
    raise ValueError("with tb")
except ValueError as err:
    saved = err
print(it.throw(saved))
def self_close():
    yield
    me.close()
me = self_close()
next(me)
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
def throw_type_value():
    try:
        yield
    except TypeError as e:
        yield ("caught", e.args)
it = throw_type_value()
next(it)
print(it.throw(TypeError("a", "b")))
try:
    it.throw(1)
except TypeError as e:
    print("TypeError:", e)
def gen_yield_expr_values():
    a = yield
    b = yield a
    c = yield a + b
    return a + b + c
it = gen_yield_expr_values()
next(it)
print(it.send(1), it.send(2))
try:
    it.send(3)
except StopIteration as e:
    print("total", e.value)
