# Python 3.13: __static_attributes__ and __firstlineno__ of classes.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.x = x  # repeated assignment counted once
    def move(self):
        self.z, (self.w, self.x) = 1, (2, 3)
        self.a += 1
        other = self
        other.not_counted = 1
    def read(self):
        return self.read_only
    @staticmethod
    def st(self):
        self.from_static = 1
    @classmethod
    def cm(cls):
        cls.on_class = 1
print(Point.__static_attributes__)
print(Point.__firstlineno__)

# nested functions inside methods do not contribute; lambdas neither
class Nested:
    def m(self):
        def inner():
            self.inner_attr = 1
        lam = lambda: setattr(self, "via_setattr", 1)
        self.direct = 1
        for self.loop_var in range(1):
            pass
        with open(__file__) as self.handle:
            pass
        self.ann: int = 3
        del self.direct
print(Nested.__static_attributes__)

# any first parameter name works, not only "self"
class Me:
    def m(this):
        this.attr = 1
        self = this
        self.other = 2
print(Me.__static_attributes__)

# a class without methods, a class defined later in the file
class Empty:
    pass
print(Empty.__static_attributes__, Empty.__firstlineno__)

@staticmethod
def _unused(): pass

@type.__call__
class Decorated:
    pass
print(type(Decorated).__name__)

class WithDecorator:
    pass
def deco(c): return c
@deco
class Decorated2:
    pass
print(Decorated2.__firstlineno__)

# both are ordinary entries in the class __dict__
print("__static_attributes__" in Point.__dict__, "__firstlineno__" in Point.__dict__)
# subclasses have their own
class Sub(Point):
    def m(self):
        self.sub_only = 1
print(Sub.__static_attributes__, Sub.__firstlineno__)

# type() made classes have none
T = type("T", (), {})
print(hasattr(T, "__static_attributes__"), "__firstlineno__" in T.__dict__)

# explicit assignment in the body wins for __firstlineno__
class Custom:
    __firstlineno__ = 1000
print(Custom.__firstlineno__)

# class defined by exec: line numbers inside the string
ns = {}
exec("\n\nclass FromExec:\n    def f(self):\n        self.q = 1\n", ns)
print(ns["FromExec"].__firstlineno__, ns["FromExec"].__static_attributes__)

# nested class: attribute of the inner class only
class Out:
    def m(self):
        self.outer_attr = 1
    class In:
        def m(self):
            self.inner_attr = 1
print(Out.__static_attributes__, Out.In.__static_attributes__, Out.In.__firstlineno__)
