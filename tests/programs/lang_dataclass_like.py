# needs: stdlib
# dataclasses (stdlib) exercise class machinery: fields, defaults, ordering, frozen.
from dataclasses import dataclass, field, asdict, replace, FrozenInstanceError

@dataclass(order=True)
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list, compare=False)

p = Point(1, 2)
q = Point(1, 3, ["t"])
print(p, q, p < q, p == Point(1, 2, ["other"]))
print(asdict(q), replace(p, y=9))

@dataclass(frozen=True)
class Frozen:
    name: str
f = Frozen("a")
try:
    f.name = "b"
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print(hash(f) == hash(Frozen("a")))

@dataclass
class WithPost:
    a: int
    b: int = field(init=False)
    def __post_init__(self):
        self.b = self.a * 10
print(WithPost(4))

@dataclass(slots=True, kw_only=True)
class Slotted:
    v: int
    w: str = "w"
s = Slotted(v=1)
print(s, hasattr(s, "__dict__"), Slotted.__slots__)
try:
    Slotted(1)
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
print(Point.__match_args__, [f.name for f in Point.__dataclass_fields__.values()])
match Point(5, 6):
    case Point(x, y):
        print("matched dataclass", x, y)
