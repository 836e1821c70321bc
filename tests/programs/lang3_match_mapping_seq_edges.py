# match: mapping and sequence pattern edge cases.
from collections import OrderedDict, defaultdict, deque
import collections.abc

def seq(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one {x!r}"
        case [x, *rest] if not rest:
            return "unreachable"
        case [x, y, *rest]:
            return f"two+ {x!r} {y!r} rest={rest!r}"
        case _:
            return "not a sequence"

for v in [[], (), [1], (2,), range(3), deque([4, 5]), "ab", b"ab", bytearray(b"ab"),
          {1: 2}, iter([1, 2]), memoryview(b"xy")]:
    print(type(v).__name__, seq(v))

# custom Sequence registration
class MySeq(collections.abc.Sequence):
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(seq(MySeq()))
class NotRegistered:
    def __len__(self): return 1
    def __getitem__(self, i): return 1
print(seq(NotRegistered()))

# mapping patterns: extra keys ignored, **rest collects them, get() not used for missing
class Tracking(dict):
    def get(self, k, d=None):
        print("get", k)
        return super().get(k, d)
    def __getitem__(self, k):
        print("getitem", k)
        return super().__getitem__(k)
match Tracking(a=1, b=2, c=3):
    case {"a": 1, "z": _}:
        print("z?")
    case {"a": a, **rest}:
        print("a", a, "rest", rest, type(rest).__name__)

# defaultdict: missing keys are not created by matching
dd = defaultdict(list, {"x": 1})
match dd:
    case {"y": _}:
        print("y found")
    case {"x": v}:
        print("x", v, sorted(dd))

# keys can be literals and value patterns, including None/True and negative numbers
class K:
    key = "dotted"
for m in [{None: 1}, {True: "t"}, {-1: "neg"}, {"dotted": 5}, {1+2j: "c"}, {b"b": 1}]:
    match m:
        case {None: v}:
            print("None key", v)
        case {-1: v}:
            print("-1 key", v)
        case {K.key: v}:
            print("dotted key", v)
        case {1+2j: v}:
            print("complex key", v)
        case {True: v}:
            print("True key", v)
        case _:
            print("other", m)

# True matches 1 key because the mapping lookup uses ==/hash
match {1: "one"}:
    case {True: v}:
        print("True found 1:", v)

# star in middle of sequence; star capture is always a list
match (1, 2, 3, 4, 5):
    case (first, *mid, last):
        print(first, mid, last, type(mid).__name__)
match "abc":
    case [*chars]:
        print("str matched as sequence?")
    case str():
        print("str is not a sequence for match")

# OrderedDict and mappingproxy are mappings
import types
for mp in (OrderedDict(k=1), types.MappingProxyType({"k": 2})):
    match mp:
        case {"k": v, **others}:
            print(type(mp).__name__, v, others)

# a mapping pattern with a key that raises on hash
try:
    match {1: 2}:
        case {"a": 1}:
            pass
        case _:
            print("no unhashable issue for str keys")
except TypeError as e:
    print("TypeError:", e)
