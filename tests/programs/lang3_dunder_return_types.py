# Special methods returning the wrong type: the interpreter's checks and messages.
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except (TypeError, ValueError, OverflowError, IndexError) as e:
        print(label, "->", type(e).__name__ + ":", e)

class Bad:
    def __init__(self, v):
        self.v = v
    def __bool__(self): return self.v
    def __len__(self): return self.v
    def __index__(self): return self.v
    def __int__(self): return self.v
    def __float__(self): return self.v
    def __complex__(self): return self.v
    def __str__(self): return self.v
    def __repr__(self): return self.v
    def __hash__(self): return self.v
    def __format__(self, spec): return self.v
    def __bytes__(self): return self.v
    def __iter__(self): return self.v
    def __length_hint__(self): return self.v

for v in [1, -1, "s", 2**100, 1.5, None]:
    b = Bad(v)
    print("== value", repr(v))
    show("bool", lambda: bool(b))
    show("len", lambda: len(b))
    show("index", lambda: [10, 20][b])
    show("int", lambda: int(b))
    show("float", lambda: float(b))
    show("complex", lambda: complex(b))
    show("str", lambda: str(b))
    show("repr", lambda: repr(b))
    show("hash", lambda: hash(b) if not isinstance(v, int) or abs(v) < 2**60 else hash(b) == hash(v))
    show("format", lambda: format(b, ""))
    show("bytes", lambda: bytes(b))
    show("iter", lambda: iter(b))

# __init__ must return None
class InitReturns:
    def __init__(self):
        return 5
show("init", lambda: InitReturns())

# __new__ returning another type skips __init__
class NewOther:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never")
show("new", lambda: NewOther())

# __eq__ returning non-bool is fine; 'in' converts it with bool()
class EqList:
    def __eq__(self, o):
        return [1]
print(EqList() == 1, EqList() in [1])

# __contains__ result is converted to bool
class Cont:
    def __contains__(self, x):
        return "yes"
print(1 in Cont(), 1 not in Cont())

# __index__ returning an int subclass is accepted (with a DeprecationWarning)
import warnings
class MyInt(int): pass
class IdxSub:
    def __index__(self):
        return MyInt(1)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print([10, 20][IdxSub()], [x.category.__name__ for x in w])
