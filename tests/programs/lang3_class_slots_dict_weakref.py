# __slots__ with __dict__ and __weakref__, __class__ assignment, and layout conflicts.
import weakref
class S:
    __slots__ = ("a", "__dict__")
s = S()
s.a = 1
s.extra = 2
print(s.a, s.__dict__, "a" in S.__dict__)

class NoWeak:
    __slots__ = ("x",)
try:
    weakref.ref(NoWeak())
except TypeError as e:
    print("TypeError:", e)
class Weak:
    __slots__ = ("x", "__weakref__")
w = Weak()
r = weakref.ref(w)
print(r() is w)

# slots conflicting with class attributes
try:
    class Conflict:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print("ValueError:", e)

# duplicate __dict__ in slots, and __dict__ slot when the base has a dict
try:
    class Dup:
        __slots__ = ("__dict__", "__dict__")
except TypeError as e:
    print("TypeError:", e)
class HasDict:
    pass
try:
    class Again(HasDict):
        __slots__ = ("__dict__",)
except TypeError as e:
    print("TypeError:", e)

# slots as a string, and mangled private slots
class One:
    __slots__ = "only"
class Priv:
    __slots__ = ("__p",)
    def set(self):
        self.__p = 5
        return self.__p
print(list(One.__slots__) if not isinstance(One.__slots__, str) else One.__slots__, Priv().set(), "_Priv__p" in Priv.__dict__)

# reading an unset slot
try:
    One().only
except AttributeError as e:
    print("AttributeError:", e)

# __class__ assignment between compatible classes
class A:
    def who(self): return "A"
class B:
    def who(self): return "B"
a = A()
a.__class__ = B
print(a.who(), type(a).__name__)
try:
    a.__class__ = int
except TypeError as e:
    print("TypeError:", e)
class SA:
    __slots__ = ("x",)
class SB:
    __slots__ = ("y",)
try:
    SA().__class__ = SB
except TypeError as e:
    print("TypeError:", e)
try:
    (1).__class__ = bool
except TypeError as e:
    print("TypeError:", e)

# member descriptors
print(type(SA.__dict__["x"]).__name__, SA.__dict__["x"].__name__, repr(SA.__dict__["x"]))

# slots are inherited; subclass without slots gets a dict
class Child(SA):
    pass
c = Child()
c.x = 1
c.z = 2
print(c.x, c.__dict__)

# nonempty __slots__ not supported for subtype of int
try:
    class BadInt(int):
        __slots__ = ("q",)
except TypeError as e:
    print("TypeError:", e)
