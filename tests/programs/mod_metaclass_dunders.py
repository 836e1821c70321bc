# needs: stdlib
# A metaclass's own __setattr__, __delattr__ and __bool__ run for its
# classes (enum's EnumType refuses to rebind or delete members, and its
# classes are true even when empty).
import enum


class Meta(type):
    def __bool__(cls):
        return True

    def __len__(cls):
        return 0

    def __setattr__(cls, name, value):
        if name.startswith("frozen"):
            raise AttributeError(f"cannot set {name}")
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        if name == "keep":
            raise AttributeError("cannot delete keep")
        type.__delattr__(cls, name)


class A(metaclass=Meta):
    keep = 1


print(bool(A), len(A))
try:
    A.frozen_x = 1
except AttributeError as e:
    print("AttributeError", e)
A.other = 2
print(A.other)
del A.other
print(hasattr(A, "other"))
try:
    del A.keep
except AttributeError as e:
    print("AttributeError", e)


class Color(enum.Enum):
    RED = 1
    GREEN = 2


class Empty(enum.Enum):
    pass


print(bool(Empty), bool(Color), len(Empty))
for attempt in [lambda: setattr(Color, "RED", 5), lambda: delattr(Color, "GREEN")]:
    try:
        attempt()
    except AttributeError as e:
        print("AttributeError", e)
print(Color.RED, list(Color))
type.__setattr__(A, "plain", 3)
print(A.plain)
try:
    object.__setattr__(A, "plain", 4)
except TypeError as e:
    print("TypeError", e)
