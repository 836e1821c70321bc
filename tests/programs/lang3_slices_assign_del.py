# Slices: assignment, deletion, extended slices and the errors they raise.
l = list(range(10))
l[2:5] = ["a"]
print(l)
l[:0] = [-2, -1]
print(l)
l[len(l):] = [99]
print(l)
l[::2] = [0] * len(l[::2])
print(l)
try:
    l[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    l[1:3] = 5
except TypeError as e:
    print("TypeError:", e)
l[1:3] = "xy"
print(l)
del l[::3]
print(l)
del l[100:]
print(l)
l[5:2] = ["inserted"]
print(l)

# self-assignment through slices copies first
s = [1, 2, 3]
s[1:] = s
print(s)
s[::-1] = s
print(s)

# negative steps and clamping
t = list(range(8))
print(t[::-3], t[-2:-6:-1], t[6:1:-2], t[-100:100], t[5:-100:-1])
print(t[slice(None, None, -1)], t[slice(2)], t[slice(1, None, 3)])
try:
    t[::0]
except ValueError as e:
    print("ValueError:", e)

# slice objects: indices(), attributes, hashing (3.12+), comparison
sl = slice(1, 10, 2)
print(sl.indices(5), slice(None).indices(3), slice(-1, None, -1).indices(4))
print(sl.start, sl.stop, sl.step, hash(slice(1, 2)) == hash(slice(1, 2)), slice(1, 2) < slice(1, 3))
try:
    slice(1, 2).indices(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    slice("a", 2).indices(3)
except TypeError as e:
    print("TypeError:", e)

# __index__ objects as slice bounds
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
print(t[Idx(1):Idx(4)], "hello"[Idx(-3):], (1, 2, 3)[::Idx(-1)])
try:
    t[1.5:]
except TypeError as e:
    print("TypeError:", e)

# tuple, str, bytes, range and bytearray slicing results keep their types
print((0, 1, 2, 3)[1:3], "abcd"[::2], b"abcd"[1:], range(10)[2:8:3], bytearray(b"xyz")[::-1])

# custom __getitem__ receives slice objects and tuples of them
class Show:
    def __getitem__(self, k):
        return k
    def __setitem__(self, k, v):
        print("set", k, v)
    def __delitem__(self, k):
        print("del", k)
sh = Show()
print(sh[1:2], sh[::], sh[1:2, ::3], sh[..., 1:], sh[:, None])
sh[1:2:3] = "v"
del sh[:-1, 0]

# strings and tuples do not support slice assignment
for obj in ("abc", (1, 2)):
    try:
        obj[0:1] = "z"
    except TypeError as e:
        print("TypeError:", e)
# bytearray slice assignment accepts bytes-like and iterables of ints
ba = bytearray(b"hello")
ba[1:3] = b"EY"
ba[0:0] = [65, 66]
print(ba)
try:
    ba[0:1] = ["x"]
except TypeError as e:
    print("TypeError:", e)
