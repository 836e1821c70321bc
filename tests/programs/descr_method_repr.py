# repr of bound methods names the function's __qualname__, else its
# __name__, else "?".
import types

class Base:
    def method(self):
        pass
class Derived(Base):
    pass

def strip(r):
    return r.split(" at ")[0]

print(strip(repr(Derived().method)))

class Callable:
    def __call__(self, arg):
        pass
func = Callable()
m = types.MethodType(func, 5)
print(repr(m))
func.__name__ = "name"
print(repr(m))
func.__qualname__ = "qual.name"
print(repr(m))
func.__qualname__ = 3
print(repr(m))

class K:
    @classmethod
    def cm(cls):
        pass
print(repr(K.cm).startswith("<bound method K.cm of <class '"))
