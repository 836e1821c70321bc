# __contains__, __iter__ fallback to __getitem__, __len__, __reversed__, __index__.
class OnlyGetitem:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(OnlyGetitem()), 20 in OnlyGetitem(), 5 in OnlyGetitem())
print(list(reversed([1, 2, 3])))
class Rev:
    def __len__(self): return 3
    def __getitem__(self, i): return "abc"[i]
print(list(reversed(Rev())))
class CustomRev:
    def __reversed__(self): return iter("zyx")
print(list(reversed(CustomRev())))
class NoRev:
    __reversed__ = None
    def __len__(self): return 0
    def __getitem__(self, i): raise IndexError
try:
    reversed(NoRev())
except TypeError as e:
    print("TypeError:", e)
class NotIterable:
    __iter__ = None
    def __getitem__(self, i): return i
try:
    iter(NotIterable())
except TypeError as e:
    print("TypeError:", e)
class Contains:
    def __contains__(self, x): return x == "magic"
print("magic" in Contains(), "other" in Contains(), "other" not in Contains())
class ContainsTruthy:
    def __contains__(self, x): return [1]
print(1 in ContainsTruthy())
class IterOnly:
    def __iter__(self): return iter([1, 2, 3])
print(2 in IterOnly(), 9 in IterOnly())
try:
    1 in 5
except TypeError as e:
    print("TypeError:", e)

class Idx:
    def __index__(self): return 2
print([10, 20, 30][Idx()], "abcd"[Idx():], range(10)[Idx()], bin(Idx()), hex(Idx()))
class BadIdx:
    def __index__(self): return "no"
try:
    [1][BadIdx()]
except TypeError as e:
    print("TypeError:", e)
class BadLen:
    def __len__(self): return "x"
try:
    len(BadLen())
except TypeError as e:
    print("TypeError:", e)
class BigLen:
    def __len__(self): return 2 ** 70
try:
    len(BigLen())
except OverflowError as e:
    print("OverflowError:", e)
class LenHint:
    def __iter__(self): return iter(range(3))
    def __length_hint__(self): return 100
print(list(LenHint()))
import operator
print(operator.length_hint(LenHint()), operator.length_hint([1, 2]), operator.length_hint(iter(range(4))))
# __getitem__ with slices
class Slicer:
    def __getitem__(self, k): return k
s = Slicer()
print(s[1:2], s[::3], s[1, 2:3, ...], s[:, None])
