# super() inside __new__, classmethods, and __init_subclass__.
class Base:
    def __new__(cls, *args):
        inst = super().__new__(cls)
        inst.created_by = cls.__name__
        return inst
    @classmethod
    def make(cls):
        return cls()
class Derived(Base):
    def __new__(cls, *args):
        inst = super().__new__(cls, *args)
        inst.extra = args
        return inst
    @classmethod
    def make(cls):
        inst = super().make()
        inst.via = "Derived.make"
        return inst
d = Derived(1, 2)
print(d.created_by, d.extra)
m = Derived.make()
print(m.created_by, m.extra, m.via)
class Registry:
    subclasses = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Registry.subclasses.append(cls.__name__)
class A(Registry): pass
class B(A): pass
print(Registry.subclasses)
class WithStatic:
    @staticmethod
    def s():
        try:
            return super().__repr__
        except RuntimeError as e:
            return "RuntimeError: " + str(e)
print(WithStatic.s())
