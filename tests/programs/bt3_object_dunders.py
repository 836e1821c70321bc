# object's own dunders: __eq__/__ne__ defaults, __reduce_ex__, __sizeof__, __init__ args
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
o = object()
t(lambda: o.__eq__(o))
t(lambda: o.__eq__(1))
t(lambda: o.__ne__(1))
t(lambda: o.__lt__(1))
t(lambda: object.__init__(o, 1))
t(lambda: object(1))
t(lambda: object.__new__(object, 1))
class A:
    def __init__(self, x): self.x = x
t(lambda: A(1).x)
t(lambda: object.__new__(A).__class__.__name__)
class B:
    def __new__(cls, *a): return super().__new__(cls)
t(lambda: type(B(1, 2)).__name__)
class C:
    pass
t(lambda: C(1))
t(lambda: o.__class__.__name__)
t(lambda: setattr(o, '__class__', C))
c = C()
class C2:
    pass
c.__class__ = C2
t(lambda: type(c).__name__)
t(lambda: setattr(c, '__class__', int))
t(lambda: isinstance(o.__sizeof__(), int))
t(lambda: object.__subclasshook__(int))
t(lambda: o.__format__('')[:15])
t(lambda: object.__str__(5))
t(lambda: object.__repr__(5)[:12])
t(lambda: object.__dir__(o) == dir(o) if False else type(object.__dir__(o)).__name__)
t(lambda: object.__getattribute__(C2(), '__class__').__name__)
t(lambda: object.__setattr__(5, 'x', 1))
t(lambda: object.__delattr__(C2(), 'nope'))
