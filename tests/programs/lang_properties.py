# property: getter/setter/deleter, inheritance, docstrings, errors.
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        "Temperature in Celsius."
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = None
    fahrenheit = property(lambda self: self._c * 9 / 5 + 32, doc="F")

t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit, Temp.celsius.__doc__, Temp.fahrenheit.__doc__)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 1
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
print(t.celsius)
try:
    del t.fahrenheit
except AttributeError as e:
    print("AttributeError:", e)

class Sub(Temp):
    @Temp.celsius.getter
    def celsius(self):
        return f"sub sees {self._c}"
s = Sub()
s.celsius = 5
print(s.celsius)

class Lazy:
    @property
    def value(self):
        print("computing")
        return 7
print(Lazy().value)
p = property()
try:
    p.__get__(Lazy())
except AttributeError as e:
    print("AttributeError:", e)
print(property.__name__ if hasattr(property, "__name__") else "", type(p.getter(len)).__name__)

class Raises:
    @property
    def bad(self):
        raise AttributeError("inner attribute error")
    def __getattr__(self, name):
        return f"__getattr__ got {name}"
print(Raises().bad)
