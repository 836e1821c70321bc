# __new__ and __init__: excess-argument rules, __init__ return values, __new__ returning other types, object.__new__ checks
def t(f):
    try:
        r = f()
        print(type(r).__name__, getattr(r, '__dict__', r))
    except Exception as e:
        print(type(e).__name__ + ':', e)
class Plain: pass
t(lambda: Plain(1)); t(lambda: Plain(x=1)); t(lambda: object(1)); t(lambda: object.__new__(Plain, 1)); t(lambda: object.__init__(Plain(), 1))
class OnlyInit:
    def __init__(self, a): self.a = a
t(lambda: OnlyInit(1)); t(lambda: OnlyInit()); t(lambda: OnlyInit(1, 2)); t(lambda: object.__new__(OnlyInit, 1))
class OnlyNew:
    def __new__(cls, *a):
        o = super().__new__(cls)
        o.args = a
        return o
t(lambda: OnlyNew(1, 2)); t(lambda: object.__init__(OnlyNew(), 5))
class BothOverride:
    def __new__(cls, *a): return super().__new__(cls, *a)
    def __init__(self, *a): pass
t(lambda: BothOverride(1))
class InitReturns:
    def __init__(self): return 5
t(lambda: InitReturns())
class InitReturnsNone:
    def __init__(self): return None
t(lambda: InitReturnsNone())
class NewOther:
    def __new__(cls): return 42
    def __init__(self): print('never')
t(lambda: NewOther())
class NewSub:
    def __new__(cls):
        return object.__new__(Sub)
    def __init__(self): self.inited = True
class Sub(NewSub): pass
t(lambda: NewSub())
t(lambda: object.__new__(int)); t(lambda: object.__new__(5)); t(lambda: object.__new__()); t(lambda: int.__new__(Plain))
t(lambda: Plain.__new__(Plain)); t(lambda: list.__new__(list, 1, 2, 3)); t(lambda: list.__init__([], 1, 2)); t(lambda: dict.__new__(dict, 1, x=2))
class FromInt(int):
    def __new__(cls, v): return super().__new__(cls, v * 10)
    def __init__(self, v): self.orig = v
t(lambda: (FromInt(3), FromInt(3).orig) and FromInt(3))
print(FromInt(3) + 0, FromInt(3).orig)
class NoNewNoInit:
    __init__ = None
t(lambda: NoNewNoInit())
class NewIsNone:
    __new__ = None
t(lambda: NewIsNone())
