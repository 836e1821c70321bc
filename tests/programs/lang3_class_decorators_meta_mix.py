# Class decorators combined with metaclasses, __init_subclass__ and __set_name__: the order of events.
log = []
class Meta(type):
    def __new__(m, name, bases, ns, **kw):
        log.append(f"Meta.__new__ {name}")
        return super().__new__(m, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        log.append(f"Meta.__init__ {name}")
        super().__init__(name, bases, ns)
class Desc:
    def __set_name__(self, owner, name):
        log.append(f"__set_name__ {owner.__name__}.{name}")
class Base(metaclass=Meta):
    def __init_subclass__(cls, **kw):
        log.append(f"__init_subclass__ {cls.__name__} {kw}")
def deco(tag):
    log.append(f"deco factory {tag}")
    def apply(cls):
        log.append(f"decorate {cls.__name__} with {tag}")
        cls.tags = getattr(cls, "tags", ()) + (tag,)
        return cls
    return apply
log.clear()

@deco("outer")
@deco("inner")
class Child(Base, flag=True):
    log.append("body start")
    field = Desc()
    log.append("body end")
print(*log, sep="\n")
print(Child.tags)

# a decorator replacing the class: the name binds to the replacement
def replace(cls):
    return "replaced " + cls.__name__
@replace
class Gone:
    pass
print(Gone)

# decorators see the class after __init_subclass__ ran, and __class__ cell is already set
def check_cell(cls):
    log.append(cls.method(cls()))
    return cls
log.clear()
@check_cell
class WithCell:
    def method(self):
        return __class__.__name__
print(log)

# a decorator returning a subclass: zero-arg super() inside methods still refers to the original
def subclassing(cls):
    class Wrapped(cls):
        def hello(self):
            return "wrapped:" + super().hello()
    return Wrapped
@subclassing
class Greeter:
    def hello(self):
        return "hello from " + __class__.__name__
print(Greeter().hello(), Greeter.__name__, Greeter.__mro__[1].__name__)
