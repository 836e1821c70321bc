# Function objects: attributes, __defaults__ mutation, __kwdefaults__, __code__ swap.
def f(a, b=1, *, c=2):
    return a, b, c
print(f.__defaults__, f.__kwdefaults__, f(0))
f.__defaults__ = (10,)
f.__kwdefaults__ = {"c": 20}
print(f(0))
f.__defaults__ = None
try:
    f(0)
except TypeError as e:
    print("TypeError:", e)
try:
    f.__defaults__ = [1]
except TypeError as e:
    print("TypeError:", e)

def g():
    return "g"
def h():
    return "h"
g.__code__ = h.__code__
print(g(), g.__name__)

# custom attributes and __dict__
f.custom = 5
print(f.__dict__)
f.__dict__ = {"other": 1}
print(f.other)
try:
    f.__dict__ = 5
except TypeError as e:
    print("TypeError:", e)

# __name__ and __qualname__ assignment
f.__name__ = "renamed"
f.__qualname__ = "Q.renamed"
print(f.__name__, f.__qualname__, repr(f).split(" at ")[0])
try:
    f.__name__ = 1
except TypeError as e:
    print("TypeError:", e)

# __module__, __globals__, __builtins__
print(f.__module__, f.__globals__ is globals(), f.__builtins__ is __builtins__.__dict__ if hasattr(__builtins__, "__dict__") else True)

# __annotations__ mutability
def ann(x: int) -> str: pass
print(ann.__annotations__)
ann.__annotations__ = {"y": float}
print(ann.__annotations__)
del ann.__annotations__
print(ann.__annotations__)

# __type_params__ default
print(g.__type_params__)

# read-only attributes
for attr in ("__closure__", "__globals__", "__builtins__"):
    try:
        setattr(f, attr, None)
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)

# code object replace
code = h.__code__.replace(co_name="replaced")
print(code.co_name)
import types
nf = types.FunctionType(code, {"__builtins__": __builtins__}, "newname")
print(nf(), nf.__name__)

# comparing and hashing functions
print(f == f, f != g, hash(f) == hash(f))
