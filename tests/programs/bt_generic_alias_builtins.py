# PEP 585: builtin and standard-library classes subscript to GenericAlias
# (or refuse), and the alias names the class by its __module__.
import collections, re, contextlib, queue

for t in [list, dict, set, frozenset, tuple, type, enumerate, zip, map, filter, reversed, range, slice,
          memoryview, bytearray, collections.deque, collections.defaultdict, collections.OrderedDict,
          collections.Counter, re.Pattern, contextlib.AbstractContextManager, queue.Queue]:
    try:
        a = t[int]
        print(t.__name__, a, a.__origin__ is t, a.__args__)
    except TypeError as e:
        print(t.__name__, "TypeError", e)
print(list(enumerate[str](["a", "b"], 1)))
print(collections.deque[int]([1, 2]), dict[str, list[int]])
