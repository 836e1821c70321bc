# collections.abc facts that rest on native types: the Buffer protocol
# method, array's registration as a MutableSequence, and the SEQUENCE /
# MAPPING flags (__abc_tpflags__, type.__flags__) pattern matching uses.
import array
import collections
import collections.abc as cabc

for t in (bytes, bytearray, memoryview):
    v = t(b"xy")
    m = v.__buffer__(0)
    print(t.__name__, isinstance(v, cabc.Buffer), issubclass(t, cabc.Buffer), type(m).__name__, m.tobytes(), m.readonly)
for t in (str, list, tuple):
    print(t.__name__, isinstance(t(), cabc.Buffer))
try:
    b"x".__buffer__("flags")
except TypeError as e:
    print(e)
for args, kw in (((), {}), ((1, 2), {}), ((), {"flags": 0})):
    try:
        bytearray().__buffer__(*args, **kw)
    except TypeError as e:
        print(repr(str(e)))

print(issubclass(array.array, cabc.MutableSequence), isinstance(array.array("i"), cabc.Sequence))

SEQ, MAP = 1 << 5, 1 << 6
for t in (list, tuple, range, memoryview, array.array, collections.deque, dict,
          collections.OrderedDict, collections.defaultdict, cabc.Sequence, cabc.Mapping, int, str, set):
    print(t.__name__, t.__flags__ & SEQ != 0, t.__flags__ & MAP != 0)
try:
    class Both(cabc.Collection):
        __abc_tpflags__ = cabc.Sequence.__flags__ | cabc.Mapping.__flags__
except TypeError as e:
    print(e)


class MySeq(cabc.Sequence):
    def __getitem__(self, i):
        return [1, 2][i]
    def __len__(self):
        return 2


match MySeq():
    case [a, b]:
        print("sequence", a, b)
match collections.OrderedDict(k=1):
    case {"k": v}:
        print("mapping", v)
