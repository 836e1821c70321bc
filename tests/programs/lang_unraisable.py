# Exceptions that cannot be raised go to sys.unraisablehook: __del__ and generator finalization.
import sys
seen = []
def hook(u):
    seen.append((type(u.exc_value).__name__, str(u.exc_value), u.exc_type.__name__, u.exc_traceback is not None))
    if isinstance(u.object, type(Bad.__del__)):
        seen.append(("object", u.object.__qualname__, u.err_msg))

class Bad:
    def __del__(self):
        raise ValueError("error in __del__")
sys.unraisablehook = hook
b = Bad()
del b
print("after del", seen)
seen.clear()

def gen():
    try:
        yield 1
    finally:
        raise KeyError("in generator finally")
g = gen()
next(g)
del g
print("after generator", seen)
seen.clear()

class Fine:
    def __del__(self):
        print("fine __del__ runs")
f = Fine()
del f
print(seen)
sys.unraisablehook = sys.__unraisablehook__
print(sys.unraisablehook is sys.__unraisablehook__)
