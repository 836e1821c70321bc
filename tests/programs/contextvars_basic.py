# needs: stdlib
# contextvars (the _contextvars module) and classes inheriting from two builtin exceptions.
import contextvars
v = contextvars.ContextVar("v", default=1)
w = contextvars.ContextVar("w")
print(v.name, v.get(), w.get(5))
try:
    w.get()
except LookupError as e:
    print("LookupError", type(e.args[0]).__name__)
t = v.set(2)
print(v.get(), t.var is v, t.old_value is contextvars.Token.MISSING)
ctx = contextvars.copy_context()
v.set(3)
print(v.get(), ctx[v], v in ctx, len(ctx), ctx.get(w, "none"))
def inside(x):
    v.set(x)
    return v.get()
print(ctx.run(inside, 10), v.get(), ctx[v])
v.reset(t)
print(v.get())
for bad in (lambda: v.reset(t), lambda: w.reset(v.set(4)), lambda: ctx.run(lambda: ctx.run(print))):
    try:
        bad()
    except (RuntimeError, ValueError) as e:
        print(type(e).__name__, str(e).split(" at 0x")[0])
class E(ArithmeticError, TypeError): pass
try:
    raise E("x")
except TypeError as e:
    print("caught", repr(e), [c.__name__ for c in E.__mro__])
