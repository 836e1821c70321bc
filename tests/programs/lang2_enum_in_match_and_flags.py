# Enums as match value patterns and flag operations.
import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
class Perm(enum.Flag):
    R = 4
    W = 2
    X = 1
def describe(c):
    match c:
        case Color.RED:
            return "red"
        case Color.GREEN:
            return "green"
        case _:
            return "unknown"
print(describe(Color.RED), describe(Color(2)), describe(1))
p = Perm.R | Perm.W
print(p, Perm.R in p, Perm.X in p, ~p, list(p), p.value)
match p:
    case Perm.R:
        print("only read")
    case x if Perm.W in x:
        print("writable", x.name)
print(Color["GREEN"], Color.RED.name, Color.RED.value, len(Color), [c.name for c in Color])
try:
    Color(5)
except ValueError as e:
    print("ValueError:", e)
class Status(enum.IntEnum):
    OK = 200
    NOT_FOUND = 404
print(Status.OK == 200, Status(404).name, Status.OK + 1, sorted([Status.NOT_FOUND, Status.OK]))
class Auto(enum.Enum):
    A = enum.auto()
    B = enum.auto()
print(Auto.A.value, Auto.B.value)
