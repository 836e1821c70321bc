# map, filter, zip, enumerate and reversed objects pickle (and copy) with
# the state they have reached.
import copy
import pickle


def roundtrip(it, proto):
    return pickle.loads(pickle.dumps(it, proto))


for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    m = map(lambda x: x * 10 if False else x, [1, 2, 3]) if False else map(abs, [-1, -2, -3])
    next(m)
    f = filter(None, [0, 1, 0, 2, 3])
    next(f)
    z = zip("abc", (1, 2, 3))
    next(z)
    e = enumerate("xyz", 10)
    next(e)
    r = reversed("hello")
    next(r)
    print(proto, [list(roundtrip(i, proto)) for i in (m, f, z, e, r)])

# The reduce values themselves.
z = zip((1, 2), (3, 4), strict=True)
red = z.__reduce__()
print(red[0] is zip, len(red[1]), red[2])
print(zip().__reduce__())
print(zip((1,), (2,)).__reduce__()[0], len(zip((1,), (2,)).__reduce__()))
mr = map(abs, [1]).__reduce__()
print(mr[0] is map, mr[1][0] is abs, len(mr[1]))
fr = filter(None, [1]).__reduce__()
print(fr[0] is filter, fr[1][0])
e = enumerate("ab", 5)
next(e)
print(e.__reduce__()[0] is enumerate, e.__reduce__()[1][1])
e = enumerate("ab", 2**70)
next(e)
print(e.__reduce__()[1][1])
r = reversed("abc")
next(r)
print(r.__reduce__())
list(r)
print(r.__reduce__())

# __setstate__: zip's strictness, reversed's next index (clamped).
z = zip([1, 2, 3], [4])
z.__setstate__(True)
try:
    list(z)
except ValueError as ex:
    print("ValueError:", ex)
z2 = roundtrip(zip([1, 2], [3], strict=True), 2)
try:
    print(list(z2))
except ValueError as ex:
    print("ValueError:", ex)
for idx in (7, 1, -1, -5):
    r = reversed("abc")
    r.__setstate__(idx)
    print(idx, list(r))
try:
    reversed("abc").__setstate__("x")
except TypeError as ex:
    print("TypeError:", ex)

# copy goes through __reduce__ as well.
c = copy.copy(map(str, [1, 2]))
print(type(c).__name__, list(c))
