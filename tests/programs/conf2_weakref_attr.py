# obj.__weakref__ and the class's __weakref__ descriptor, with and without
# __slots__.
import weakref

class Plain:
    pass

class Slotted:
    __slots__ = ("x", "__weakref__")

class NoWeak:
    __slots__ = ("x",)

for cls in (Plain, Slotted):
    o = cls()
    print(cls.__name__, o.__weakref__)
    r = weakref.ref(o)
    print(o.__weakref__ is r, type(cls.__weakref__).__name__, cls.__weakref__.__get__(o) is r)

n = NoWeak()
for target in (n, NoWeak):
    try:
        target.__weakref__
    except AttributeError as e:
        print("AttributeError:", e)
