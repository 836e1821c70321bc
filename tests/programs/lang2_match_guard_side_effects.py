# match: subject evaluated once, guards evaluated in order, value patterns looked up per case.
log = []
def subject():
    log.append("subject")
    return {"type": "move", "x": 1, "y": 2}
def guard(name, result):
    log.append("guard " + name)
    return result
match subject():
    case {"type": "move", "x": x} if guard("first", x > 5):
        print("far")
    case {"type": "move", "x": x, "y": y} if guard("second", True):
        print("move", x, y)
    case _ if guard("third", True):
        print("never")
print(log)
# sequence patterns over different sequence kinds
import collections
for s in [[1, 2], (1, 2), range(1, 3), collections.deque([1, 2]), memoryview(b"\x01\x02"), "12", b"12", bytearray(b"12")]:
    match s:
        case [1, 2]:
            print(type(s).__name__, "matched")
        case _:
            print(type(s).__name__, "not a matching sequence")
# mapping patterns use get() semantics, not __getitem__ on missing keys
class DefaultDict(dict):
    def __missing__(self, k):
        return "default"
match DefaultDict(a=1):
    case {"b": value}:
        print("b matched", value)
    case {"a": value}:
        print("a matched", value)
# matching a custom Sequence registered with the ABC
from collections.abc import Sequence
class MySeq(Sequence):
    def __len__(self): return 2
    def __getitem__(self, i):
        if i >= 2:
            raise IndexError
        return i + 10
match MySeq():
    case [a, b]:
        print("MySeq", a, b)
# capture with star in middle binds a list
match (1, 2, 3, 4, 5):
    case (first, *middle, last):
        print(first, middle, last, type(middle).__name__)
