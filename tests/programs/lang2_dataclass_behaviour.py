# dataclasses: generated methods, ordering, frozen, field defaults, post_init.
from dataclasses import dataclass, field, FrozenInstanceError, asdict, replace
@dataclass(order=True)
class P:
    x: int
    y: int = 0
    tags: list = field(default_factory=list, compare=False)
a, b = P(1, 2), P(1, 3)
print(a, a < b, a == P(1, 2, ["t"]), sorted([b, a]))
print(asdict(a), replace(a, y=9))
@dataclass(frozen=True)
class F:
    v: int
f = F(1)
try:
    f.v = 2
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print(hash(f) == hash(F(1)))
@dataclass
class Post:
    a: int
    b: int = field(init=False)
    def __post_init__(self):
        self.b = self.a * 2
print(Post(3))
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Mut:
        a: list = []
except ValueError as e:
    print("ValueError:", e)
@dataclass(kw_only=True)
class K:
    a: int
    b: int = 2
print(K(a=1))
try:
    K(1)
except TypeError as e:
    print("TypeError:", e)
@dataclass(slots=True)
class S:
    a: int
print(S.__slots__, S(1))
