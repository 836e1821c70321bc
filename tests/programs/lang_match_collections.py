# needs: stdlib
# Which objects match sequence and mapping patterns (collection flags).
import collections.abc, array
from collections import deque, OrderedDict, defaultdict, UserDict, UserList
import types
class S(collections.abc.Sequence):
    def __len__(self): return 2
    def __getitem__(self, i):
        if i >= 2: raise IndexError
        return i
class M(collections.abc.Mapping):
    def __len__(self): return 1
    def __getitem__(self, k):
        if k == "a": return 1
        raise KeyError(k)
    def __iter__(self): return iter(["a"])
class L(list): pass
for v in (S(), M(), deque([1, 2]), array.array("i", [1, 2]), memoryview(b"ab"), OrderedDict(a=1), defaultdict(int, a=1), types.MappingProxyType({"a": 1}), UserDict(a=1), UserList([1, 2]), L([1, 2]), "ab", b"ab", bytearray(b"ab"), {1, 2}):
    match v:
        case [x, y]:
            print(type(v).__name__, "sequence", x, y)
        case {"a": a}:
            print(type(v).__name__, "mapping", a)
        case _:
            print(type(v).__name__, "neither")
