# Class creation: __prepare__, __mro_entries__, metaclass selection, keywords, __init_subclass__.
log = []
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        log.append(("prepare", name, sorted(kw)))
        ns = {"injected_by_prepare": True}
        return ns
    def __new__(mcls, name, bases, ns, **kw):
        log.append(("new", name, sorted(k for k in ns if not k.startswith("__")), sorted(kw)))
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        log.append(("init", name))
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        log.append(("call", cls.__name__))
        return super().__call__(*a, **k)

class Base(metaclass=Meta, flavor="x"):
    attr = 1
print(log); log.clear()
Base()
print(log, Base.injected_by_prepare); log.clear()

# metaclass is inherited; the most derived metaclass wins
class Child(Base):
    pass
print(type(Child).__name__, log); log.clear()

class OtherMeta(type):
    pass
class Other(metaclass=OtherMeta):
    pass
try:
    class Conflict(Base, Other):
        pass
except TypeError as e:
    print("TypeError:", e)

# __mro_entries__ replaces a non-class base
class Proxy:
    def __mro_entries__(self, bases):
        log.append(("mro_entries", len(bases)))
        return (dict,)
class FromProxy(Proxy()):
    pass
print(FromProxy.__mro__[1].__name__, FromProxy.__orig_bases__[0].__class__.__name__, log); log.clear()

# __init_subclass__ with keywords, and unexpected keywords
class Plugin:
    registry = []
    def __init_subclass__(cls, /, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name
        Plugin.registry.append(name)
class A(Plugin, name="alpha"):
    pass
class B(Plugin):
    pass
print(Plugin.registry, A.plugin_name, B.plugin_name)
try:
    class C(Plugin, name="c", unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class D(flavor=1):
        pass
except TypeError as e:
    print("TypeError:", e)

# a metaclass that is a plain function
def func_meta(name, bases, ns, **kw):
    return f"made {name} with {sorted(kw)}"
class Weird(metaclass=func_meta, opt=1):
    pass
print(Weird)

# __prepare__ must return a mapping
class BadPrepare(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 5
try:
    class X(metaclass=BadPrepare):
        pass
except TypeError as e:
    print("TypeError:", e)

# __set_name__ is called for descriptors, in definition order
class Desc:
    def __set_name__(self, owner, name):
        log.append(("set_name", owner.__name__, name))
class Holder:
    first = Desc()
    second = Desc()
print(log); log.clear()

# errors in __set_name__ propagate (3.12+: no wrapping RuntimeError)
class BadDesc:
    def __set_name__(self, owner, name):
        raise ValueError("set_name failed for " + name)
try:
    class Y:
        attr = BadDesc()
except Exception as e:
    print(type(e).__name__ + ":", e)

# type() with three args and keywords
T = type("T", (Plugin,), {"x": 1}, name="typed")
print(T.plugin_name, T.x)
try:
    type("U", (), {}, bogus=1)
except TypeError as e:
    print("TypeError:", e)
try:
    type("V", (1,), {})
except TypeError as e:
    print("TypeError:", e)
try:
    class Z(1):
        pass
except TypeError as e:
    print("TypeError:", e)
