# needs: stdlib
# enum (stdlib) exercises metaclasses, descriptors and __new__.
import enum

class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    def describe(self):
        return f"{self.name.lower()}={self.value}"

print(Color.RED, repr(Color.GREEN), Color(3), Color["RED"], list(Color))
print(Color.RED.describe(), Color.RED is Color(1), len(Color))
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)

class Perm(enum.IntFlag):
    R = 4
    W = 2
    X = 1
print(Perm.R | Perm.W, int(Perm.R | Perm.X), Perm(7), Perm.R in Perm(6))

class Auto(enum.Enum):
    A = enum.auto()
    B = enum.auto()
print([m.value for m in Auto])

class Planet(enum.Enum):
    EARTH = (5.97e24, 6.37e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
print(Planet.EARTH.mass, Planet.EARTH.value)

@enum.unique
class Uniq(enum.Enum):
    ONE = 1
try:
    @enum.unique
    class Dup(enum.Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)

class Str(enum.StrEnum):
    X = "x"
print(Str.X == "x", f"{Str.X}", Str.X.upper())
match Color.BLUE:
    case Color.RED:
        print("red")
    case Color.BLUE:
        print("blue matched")
