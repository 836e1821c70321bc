# A set compares a str subclass's elements with its own __eq__ (only exact
# strs compare by content), and a subclass of a builtin type with empty
# __slots__ (a namedtuple's) has no instance dict, as in CPython.
import collections


class Folded(str):
    def __eq__(self, other):
        return self.lower() == other.lower()

    def __hash__(self):
        return hash(self.lower())


keys = {Folded("Requires-Dist"), Folded("Name")}
print(Folded("REQUIRES-DIST") in keys, "requires-dist" in keys, "Requires-Dist" in keys, "other" in keys)
print(Folded("NAME") in frozenset(keys), len(keys | {Folded("name")}))
print(sorted(keys & {"name", "x"}), "name" in {Folded("NAME"): 1})


class T(tuple):
    __slots__ = ()


class WithDict(tuple):
    pass


class Child(WithDict):
    __slots__ = ()


class Err(Exception):
    __slots__ = ()


for obj in (T((1,)), collections.namedtuple("P", "x y")(1, 2), Child(), Err()):
    try:
        obj.extra = 4
        print(type(obj).__name__, "set", obj.extra, hasattr(obj, "__dict__"))
    except AttributeError as e:
        print(type(obj).__name__, "AttributeError:", e, hasattr(obj, "__dict__"))
