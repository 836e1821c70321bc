# match class patterns: __match_args__ rules and the TypeErrors they raise.
class P:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

def m(subject, which):
    try:
        match subject:
            case P(1, 2) if which == 0:
                return "P(1, 2)"
            case P(1, 2, 3) if which == 1:
                return "three"
            case P(1, x=1) if which == 2:
                return "x twice"
            case P(z=1) if which == 3:
                return "z"
            case P(a) if which == 4:
                return f"a={a}"
        return "no match"
    except TypeError as e:
        return "TypeError: " + str(e)

p = P(1, 2)
for w in range(5):
    print(w, m(p, w))

class BadArgs:
    __match_args__ = ["x"]
    x = 1
class NonStrArgs:
    __match_args__ = (1,)
class NoArgs:
    pass
for cls in (BadArgs, NonStrArgs, NoArgs):
    try:
        match cls():
            case cls(1):
                print("matched", cls.__name__)
            case _:
                print("no", cls.__name__)
    except TypeError as e:
        print("TypeError:", e)

# matching against something that is not a class
notcls = 5
try:
    match 1:
        case notcls():
            pass
except TypeError as e:
    print("TypeError:", e)

# builtin self-matching types accept exactly one positional pattern
for subj in [3, "s", b"b", 2.0, [1], (1,), {1: 2}, {1}, frozenset(), bytearray(b"x"), True]:
    match subj:
        case bool(v):
            print("bool", v)
        case int(v):
            print("int", v)
        case float(v) | str(v) | bytes(v) | bytearray(v):
            print(type(v).__name__, v)
        case list(v) | tuple(v) | dict(v) | set(v) | frozenset(v):
            print(type(v).__name__, v)
try:
    match 1:
        case int(1, 2):
            pass
except TypeError as e:
    print("TypeError:", e)

# attribute lookups that raise other errors propagate
class Raises:
    __match_args__ = ("boom",)
    @property
    def boom(self):
        raise KeyError("from property")
try:
    match Raises():
        case Raises(1):
            pass
except KeyError as e:
    print("KeyError:", e)

# a missing attribute just means no match
class Partial:
    __match_args__ = ("present", "absent")
    present = 1
match Partial():
    case Partial(1, 2):
        print("matched")
    case Partial(1):
        print("only first")

# subclasses inherit __match_args__; isinstance via __instancecheck__
class Q(P):
    pass
match Q(3, 4):
    case P(x, y):
        print("Q as P", x, y)
class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "magic"
class Any(metaclass=Meta):
    pass
match "magic":
    case Any():
        print("instancecheck used")
