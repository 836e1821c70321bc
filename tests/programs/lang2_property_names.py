# property.__name__ (3.13): from __set_name__ (the last name bound), else the getter's name.
class Named:
    def get(self): return "got"
    x = property(get)
    @property
    def y(self): return 1
    z = property()
    w = y
print(Named.x.__name__, Named.y.__name__, Named.w.__name__)
print(Named.z.__name__)
try:
    property().__name__
except AttributeError as e:
    print("AttributeError:", e)
def g(self): pass
print(property(g).__name__)
q = Named.y.setter(lambda s, v: None)
print(q.__name__)
class Sub(property):
    pass
class UsesSub:
    @Sub
    def v(self): return 2
print(UsesSub.v.__name__, UsesSub().v)
try:
    Named.x.__set_name__(Named)
except TypeError as e:
    print("TypeError:", e)
