# needs: stdlib
# match: mixed sequence/tuple patterns, properties in class patterns, namedtuples, walrus in guards.
match {"a": 1, "b": 2}:
    case {"a": 1, **rest}:
        print(rest)
match [1, [2, [3, 4]]]:
    case [a, [b, [c, d]]]:
        print(a + b + c + d)
match "hello":
    case str(x) if (n := len(x)) > 3:
        print("long", n)
match 3.0:
    case 3:
        print("float matches int literal")
match (1, 2):
    case [1, 2]:
        print("tuple matches list pattern")
match [1, 2]:
    case (1, 2):
        print("list matches tuple pattern")
class P:
    __match_args__ = ("x",)
    @property
    def x(self):
        print("x accessed")
        return 5
match P():
    case P(5) | P(6):
        print("property matched")
match 5:
    case int() | float() as num:
        print("num", num)
import collections
Point = collections.namedtuple("Point", "x y")
match Point(1, 2):
    case Point(x=1, y=yy):
        print("namedtuple kw", yy)
    case _:
        pass
match Point(3, 4):
    case Point(a, b):
        print("namedtuple positional", a, b)
    case _:
        pass
match None:
    case None:
        print("None pattern")
match [None, True, False]:
    case [None, True, False]:
        print("singletons in sequence")
def fn(v):
    match v:
        case {"type": t, **kw} if t == "x" and not kw:
            return "bare x"
        case {"type": "x", "arg": a}:
            return f"x with {a}"
    return "none"
print(fn({"type": "x"}), fn({"type": "x", "arg": 1}), fn({"type": "y"}))
