# Class patterns: __match_args__, self-matching builtins, errors.
class P:
    __match_args__ = ("a", "b")
    def __init__(self, a, b):
        self.a, self.b = a, b

match P(1, 2):
    case P(x, b=y):
        print("mixed", x, y)

class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print("TypeError:", e)

class TooMany:
    __match_args__ = ("a",)
    a = 1
try:
    match TooMany():
        case TooMany(1, 2):
            pass
except TypeError as e:
    print("TypeError:", e)

class BadArgs:
    __match_args__ = ["a"]
try:
    match BadArgs():
        case BadArgs(1):
            pass
except TypeError as e:
    print("TypeError:", e)

class BadName:
    __match_args__ = (1,)
try:
    match BadName():
        case BadName(1):
            pass
except TypeError as e:
    print("TypeError:", e)

# duplicate keyword via positional mapping
try:
    match P(1, 2):
        case P(1, a=1):
            pass
except TypeError as e:
    print("TypeError:", e)

# not a class
notaclass = 5
try:
    match 1:
        case notaclass():
            pass
except TypeError as e:
    print("TypeError:", e)

# self-matching builtins take one positional
for v in [1, "s", b"b", 1.5, [1], (1,), {1: 2}, {1}, frozenset([1]), bytearray(b"x"), True]:
    match v:
        case bool(x):
            print("bool", x)
        case int(x):
            print("int", x)
        case str(x) | bytes(x) | bytearray(x):
            print("texty", x)
        case float(x):
            print("float", x)
        case list(x) | tuple(x):
            print("seq", x)
        case dict(x):
            print("dict", x)
        case set(x) | frozenset(x):
            print("set", sorted(x))
try:
    match 1:
        case int(1, 2):
            pass
except TypeError as e:
    print("TypeError:", e)

# missing attribute simply fails the match
class Q:
    __match_args__ = ("missing",)
match Q():
    case Q(1):
        print("matched")
    case _:
        print("missing attribute fails")

# attribute errors other than AttributeError propagate
class Raiser:
    @property
    def boom(self):
        raise KeyError("from property")
try:
    match Raiser():
        case Raiser(boom=1):
            pass
except KeyError as e:
    print("KeyError:", e)

# subclass inherits __match_args__
class P3(P):
    pass
match P3(5, 6):
    case P(a, b):
        print("subclass matched", a, b)

# isinstance check via __instancecheck__ of a metaclass
class Meta(type):
    def __instancecheck__(cls, inst):
        return isinstance(inst, int)
class AnyInt(metaclass=Meta):
    pass
match 42:
    case AnyInt():
        print("metaclass instancecheck used")

# keyword pattern on a builtin attribute
match 3 + 4j:
    case complex(real=r, imag=i):
        print(r, i)
