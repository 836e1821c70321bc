# A descriptor with __set__ but no __get__: reading finds it until the
# instance (or, on a metaclass, the class) has its own value.

class Descr:
    def __init__(self, name):
        self.name = name
    def __set__(self, obj, value):
        obj.__dict__[self.name] = value

descr = Descr("a")
class X:
    a = descr
x = X()
print(x.a is descr)
x.a = 42
print(x.a, x.__dict__)

class Meta(type):
    pass
class Y(metaclass=Meta):
    pass
Y.a = 42
Meta.a = Descr("a")
print(Y.a)
class Z(metaclass=Meta):
    pass
print(type(Z.a).__name__)
