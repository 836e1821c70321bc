# Class keyword arguments go to the metaclass and __init_subclass__.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, sorted(kw))
        return super().__new__(mcls, name, bases, ns, **kw)
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name, sorted(kw))
        super().__init__(name, bases, ns)
class Base(metaclass=Meta):
    def __init_subclass__(cls, **kw):
        print("__init_subclass__", cls.__name__, kw)
class Child(Base, option=1, flag=True):
    pass
opts = {"option": 2}
class Child2(Base, **opts):
    pass
bases = (Base,)
class Child3(*bases):
    pass
print(Child3.__bases__)
