# __init_subclass__ keyword plumbing, super chains, errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class Base:
    registry = []
    def __init_subclass__(cls, /, tag=None, **kw):
        super().__init_subclass__(**kw)
        Base.registry.append((cls.__name__, tag))
class A(Base, tag='a'): pass
class B(A): pass
t(lambda: Base.registry)
def bad():
    class C(Base, nope=1): pass
t(bad)
def bad2():
    class D(object, x=1): pass
t(bad2)
class Chain:
    def __init_subclass__(cls, **kw):
        print('Chain got', kw)
        super().__init_subclass__()
class Mid(Chain):
    def __init_subclass__(cls, extra=0, **kw):
        print('Mid got', extra)
        super().__init_subclass__(**kw)
class Leaf(Mid, extra=5, other=6): pass
class NotCM:
    def __init_subclass__(cls):
        print('implicit classmethod', cls.__name__)
class Kid(NotCM): pass
t(lambda: type(NotCM.__dict__['__init_subclass__']).__name__)
class SetName:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
class Owner:
    a = SetName()
    b = SetName()
class BadSetName:
    def __set_name__(self, owner, name):
        raise ValueError('set_name failed')
def bad3():
    class O2:
        x = BadSetName()
t(bad3)
