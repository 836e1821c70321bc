# Every pattern kind in one place, with guards and bindings.
from dataclasses import dataclass

@dataclass
class Point:
    x: int
    y: int

class Color:
    RED = "red"
    BLUE = "blue"

def classify(v):
    match v:
        case None:
            return "None"
        case True:
            return "True"
        case 0 | 0.0:
            return "zero"
        case -1:
            return "minus one"
        case 1 + 2j:
            return "complex"
        case "a" "b":
            return "concatenated string"
        case b"bytes":
            return "bytes"
        case Color.RED:
            return "value pattern red"
        case int(n) if n > 100:
            return f"big int {n}"
        case int() | float() as num:
            return f"number {num}"
        case [] :
            return "empty sequence"
        case [x]:
            return f"one {x}"
        case [x, y, *rest] if not rest:
            return f"pair {x},{y}"
        case [_, _, *rest]:
            return f"long with rest {rest}"
        case {"kind": "circle", "r": r}:
            return f"circle {r}"
        case {"kind": k, **others}:
            return f"kind {k} others {sorted(others)}"
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0, y=yy):
            return f"on y axis {yy}"
        case Point(xx, yy) if xx == yy:
            return f"diagonal {xx}"
        case Point():
            return "some point"
        case str() as s if len(s) > 3:
            return f"long str {s}"
        case (str(a) | bytes(a)):
            return f"short text {a!r}"
        case _:
            return "other"

tests = [None, True, False, 0, 0.0, -1, 1 + 2j, "ab", b"bytes", "red", 500, 5, 2.5,
         [], (7,), [1, 2], [1, 2, 3, 4], {"kind": "circle", "r": 2},
         {"kind": "sq", "w": 1, "h": 2}, Point(0, 0), Point(0, 5), Point(3, 3),
         Point(1, 2), "hello", "hi", b"yo", {1, 2}, range(2)]
for t in tests:
    print(repr(t), "->", classify(t))

# strings are not sequences for patterns
match "abc":
    case [a, b, c]:
        print("sequence!")
    case _:
        print("str is not a sequence pattern")

# mapping pattern with non-dict Mapping and missing keys
from collections import OrderedDict
match OrderedDict(a=1):
    case {"a": 1, "b": _}:
        print("has b")
    case {"a": v}:
        print("a is", v)

# star wildcard in the middle
match list(range(10)):
    case [first, *_, last]:
        print(first, last)

# nested or-pattern with binding in each branch
for v in [(1, "x"), [2, "y"], (3, 4)]:
    match v:
        case (1 | 2 as n, str() as s):
            print("num-str", n, s)
        case (a, b):
            print("generic", a, b)

# group pattern and parenthesized sequence
match (1, (2, 3)):
    case (a, (b, c)):
        print(a + b + c)

# match on a tuple built from several subjects
x, y = 3, -3
match x, y:
    case (a, b) if a + b == 0:
        print("opposites")
