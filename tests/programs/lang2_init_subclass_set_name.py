# __init_subclass__, __set_name__ order and arguments.
log = []
class Field:
    def __init__(self, tag):
        self.tag = tag
    def __set_name__(self, owner, name):
        log.append(f"set_name {self.tag} -> {owner.__name__}.{name}")
        self.name = name

class Base:
    def __init_subclass__(cls, /, prefix="", **kw):
        log.append(f"init_subclass {cls.__name__} prefix={prefix!r} kw={kw}")
        super().__init_subclass__(**kw)
        cls.prefix = prefix

class Child(Base, prefix="c"):
    a = Field("A")
    b = Field("B")
print(log); log.clear()

class Grand(Child):
    c = Field("C")
print(log, Grand.prefix); log.clear()

try:
    class Bad(Base, unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)

# __init_subclass__ is implicitly a classmethod
class Reg:
    registry = []
    def __init_subclass__(cls):
        Reg.registry.append(cls.__name__)
class R1(Reg): pass
class R2(R1): pass
print(Reg.registry)

# __set_name__ raising gets a note (3.12+) and propagates
class Boom:
    def __set_name__(self, owner, name):
        raise ValueError("cannot set " + name)
try:
    class Holder:
        x = Boom()
except ValueError as e:
    print("ValueError:", e, getattr(e, "__notes__", None))

# __set_name__ not called for attributes added later
class Late:
    pass
f = Field("late")
Late.attr = f
print(hasattr(f, "name"))

# same descriptor under two names: called twice
shared = Field("S")
class Two:
    one = shared
    two = shared
print(log, shared.name); log.clear()

# object.__init_subclass__ takes no kwargs
try:
    class Plain(flag=1):
        pass
except TypeError as e:
    print("TypeError:", e)

# __init_subclass__ sees the finished class (set_name already run)
class Checker:
    def __init_subclass__(cls):
        print("fields at init_subclass:", [k for k, v in vars(cls).items() if isinstance(v, Field) and hasattr(v, "name")])
class Checked(Checker):
    z = Field("Z")
log.clear()
