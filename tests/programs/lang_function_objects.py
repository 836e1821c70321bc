# Function objects: attributes, __code__/__defaults__ replacement, __builtins__, types.FunctionType.
def f(a, b=1):
    return a + b
f.custom = "attr"
print(f.__dict__, f.custom)
def g(a, b=1):
    return a * b
f.__code__ = g.__code__
print(f(3, 4))
print(f.__globals__ is globals(), f.__builtins__ is __builtins__.__dict__ if hasattr(__builtins__, "__dict__") else True)
f.__defaults__ = (10,)
print(f(2))
try:
    f.__defaults__ = 5
except TypeError as e:
    print(e)
f.__name__ = "renamed"
print(f.__name__, f.__qualname__, repr(f).split(" at ")[0])
try:
    f.__name__ = 5
except TypeError as e:
    print(e)
print(f.__type_params__, f.__annotations__, type(f.__code__).__name__)
c = f.__code__.replace(co_name="replaced_name")
print(c.co_name, f.__code__.co_name)
import types
h = types.FunctionType(g.__code__, {"__builtins__": __builtins__}, "made", (7,))
print(h(6), h.__name__)
print(callable(f), callable(5), callable(type), callable(lambda: 0))
def kw(*, a): return a
print(kw.__kwdefaults__, kw.__code__.co_kwonlyargcount)
def outer():
    v = 1
    def inner():
        return v
    return inner
inn = outer()
k = types.FunctionType(inn.__code__, globals(), None, None, inn.__closure__)
print(k(), k.__name__)
for bad in ((inn.__code__, globals()), (5, {}), (g.__code__, [])):
    try:
        types.FunctionType(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
