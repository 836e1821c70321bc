# Slicing: positive/negative/None bounds, steps, assignment, slice objects.
s = "abcdefgh"
print(s[2:5], s[:3], s[5:], s[-3:], s[:-3], s[::2], s[1::3], s[::-1], s[-2:1:-2])
print(s[100:], s[-100:2], s[5:2], s[::-100])
l = list(range(10))
print(l[3:7], l[::-2], l[8:2:-3])
t = tuple(l)
print(t[1:4], type(t[1:4]).__name__)
print(range(10)[2:8:2], b"bytes"[1:3], bytearray(b"xyz")[::-1])

sl = slice(1, 8, 2)
print(sl, sl.start, sl.stop, sl.step, s[sl])
print(slice(5), slice(None, None, -1).indices(10), slice(-3, None).indices(5))
print(s[slice(None)])
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    s["a":"b"]
except TypeError as e:
    print("TypeError:", e)

# slice assignment
a = list(range(6))
a[1:3] = ["x"]
print(a)
a[::2] = [0, 0, 0]
print(a)
try:
    a[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
a[:0] = "st"
print(a)
a[len(a):] = [99]
print(a)
del a[::3]
print(a)

# __getitem__ receives slice objects, tuples of slices, Ellipsis
class Show:
    def __getitem__(self, k):
        return k
sh = Show()
print(sh[1:2], sh[::], sh[1:2, ::3], sh[...], sh[..., 1], sh[:, None])
print(sh[1:2:3].indices(10) if False else sh[:-1])

# __index__ used for slice bounds
class Idx:
    def __index__(self): return 2
print(s[Idx():], l[Idx()])

# slices are hashable in 3.12+
print(hash(slice(1, 2)) == hash(slice(1, 2)), {slice(1, 2): "ok"}[slice(1, 2)])
print(slice(1, 2) == slice(1, 2), slice(1, 2) < slice(1, 3))
