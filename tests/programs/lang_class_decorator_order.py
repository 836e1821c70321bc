# Class decorators run after __init_subclass__/__set_name__, bottom-up; returning other objects.
def deco(name):
    def apply(cls):
        print("decorator", name, "on", cls.__name__)
        cls.decorated = getattr(cls, "decorated", ()) + (name,)
        return cls
    return apply
class Base:
    def __init_subclass__(cls):
        print("init_subclass", cls.__name__)
@deco("outer")
@deco("inner")
class C(Base):
    pass
print(C.decorated)
def replace_with_instance(cls):
    return cls()
@replace_with_instance
class Instance:
    def __repr__(self): return "an Instance object"
print(Instance)
def add_to_registry(registry):
    def apply(cls):
        registry[cls.__name__] = cls
        return cls
    return apply
reg = {}
@add_to_registry(reg)
class One: pass
@add_to_registry(reg)
class Two: pass
print(sorted(reg))
