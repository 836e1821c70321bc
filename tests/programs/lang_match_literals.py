# needs: stdlib
# match: literal, capture, wildcard, value and or-patterns with guards.
import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2

def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case 2j:
            return "imaginary"
        case "hello" | "hi":
            return "greeting"
        case b"bytes":
            return "bytes literal"
        case True:
            return "True"
        case None:
            return "None"
        case Color.RED:
            return "red"
        case str() as s if len(s) > 5:
            return "long string " + s
        case int(n) if n > 100:
            return f"big int {n}"
        case _:
            return "other " + repr(x)

for v in (0, 2, -1, 1.5, 2j, "hi", b"bytes", True, None, Color.RED, Color.GREEN,
          "longstring", 1000, 50, "short", 1.0, False):
    print(repr(v), "->", describe(v))

# capture pattern binds, even at top level
match 42:
    case n:
        print("captured", n)

# guard sees the bound names; a failed guard still binds
match (1, 2):
    case (a, b) if a > b:
        print("no")
    case (a, b):
        print("yes", a, b)

# or-patterns binding the same names
match [3, "x"]:
    case [int(v), "y"] | [int(v), "x"]:
        print("or binding", v)

# True/1 distinction: literal True uses identity
match 1:
    case True:
        print("1 matched True")
    case 1:
        print("1 matched 1")
# -0.0 and 0 match each other by equality
match -0.0:
    case 0:
        print("-0.0 matched 0")
