# The order of events when a class statement runs.
def deco(cls):
    print("4. class decorator")
    return cls
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("1. __prepare__", kw)
        return {}
    def __new__(mcls, name, bases, ns, **kw):
        print("3. Meta.__new__", sorted(k for k in ns if not k.startswith("__")))
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print("3b. Meta.__init__")
        super().__init__(name, bases, ns)
class Base(metaclass=Meta, flag="base"):
    def __init_subclass__(cls, **kw):
        print("3a. __init_subclass__ of", cls.__name__, kw)
class Desc:
    def __set_name__(self, owner, name):
        print("3a'. __set_name__", owner.__name__, name)

print("-- defining Child")
@deco
class Child(Base, flag="child"):
    print("2. body")
    d = Desc()
    def method(self):
        pass
print("5. done", type(Child).__name__, Child.__qualname__)
