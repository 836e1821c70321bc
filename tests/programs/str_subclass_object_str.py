# str() of a str subclass whose __str__ is not str's own: object.__str__
# (the repr), a builtin taken from elsewhere, None; and type.__name__ is the
# same object on each read (inspect.classify_class_attrs relies on it).
import enum
import inspect


class Shown(str):
    def __repr__(self):
        return "Shown<" + str.__str__(self) + ">"

    __str__ = object.__str__


s = Shown("abc")
print(str(s), f"{s!s}", f"{s}", "%s" % s, s.__str__())
print(type(str(s)).__name__)


class Plain(str):
    pass


p = Plain("xyz")
print(str(p), type(str(p)).__name__)


class Upper(str):
    __str__ = str.upper


print(str(Upper("low")))


class Blocked(str):
    __str__ = None


try:
    str(Blocked("b"))
except TypeError as e:
    print("TypeError", e)


class Mixed(str, enum.Enum):
    item = "3"

    def __repr__(self):
        return "%s.test" % self._name_

    __str__ = object.__str__


print(str(Mixed.item), format(Mixed.item))


class K:
    pass


print(K.__name__ is K.__name__, int.__name__ is int.__name__)
K.__name__ = "Renamed"
print(K.__name__, K.__name__ is K.__name__)


class Meta(type):
    def __dir__(cls):
        return ["__name__", "attr"]


class WithMeta(metaclass=Meta):
    attr = 1


print([(a.name, a.kind, a.defining_class.__name__) for a in inspect.classify_class_attrs(WithMeta)])
