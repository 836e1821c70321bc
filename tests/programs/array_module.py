# array: every typecode, the methods, slicing, operators, comparisons,
# pickling, bytes(), and the error messages.
import array
from array import array as A

def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)

print(array.typecodes, array.ArrayType is A)
for code in "bBhHiIlLqQfd":
    a = A(code, [1, 2, 3])
    print(code, a.itemsize, a.typecode, a, a.tolist(), len(a.tobytes()), a.buffer_info()[1], list(a))
a = A("w", "héllo")
print(a, a.tounicode(), a.itemsize, a[1], len(a))
print(repr(A("i")), repr(A("d", [1.5, -2.0])), A("w"))
for code, v in [("b", 128), ("b", -129), ("B", -1), ("B", 256), ("h", 40000), ("H", -1), ("i", 2**31), ("I", -1), ("I", 2**32), ("l", 2**63), ("L", -1), ("L", 2**64), ("q", -2**63 - 1), ("Q", 2**64), ("i", 1.5), ("d", "x"), ("w", 1), ("w", "ab"), ("f", None)]:
    t(lambda: A(code, [v]))
print(A("Q", [2**64 - 1]), A("q", [-2**63]), A("B", [255]), A("b", [-128]), A("f", [0.1])[0] != 0.1)
t(lambda: A("x")); t(lambda: A(1)); t(lambda: A("ii")); t(lambda: A()); t(lambda: A("i", [], 3)); t(lambda: A("i", typecode="i"))
t(lambda: A("i", "abc")); t(lambda: A("i", A("w", "a")))
a = A("i", range(10))
print(a[0], a[-1], a[2:5], a[::3], a[::-1], a[5:2], a[100:])
t(lambda: a[10]); t(lambda: a[-11]); t(lambda: a["x"])
a[0] = 100; a[-1] = -9; print(a)
a[1:3] = A("i", [7, 7, 7, 7]); print(a)
a[::2] = A("i", [0] * len(a[::2])); print(a)
t(lambda: a.__setitem__(slice(None, None, 2), A("i", [1])))
t(lambda: a.__setitem__(slice(0, 2), [1, 2]))
t(lambda: a.__setitem__(slice(0, 2), A("d", [1.0])))
t(lambda: a.__setitem__(99, 1))
del a[0]; del a[::3]; del a[-2:]; print(a)
a = A("i", [3, 1, 2])
a.append(5); a.extend([6, 7]); a.extend(A("i", [8])); a.insert(0, 0); a.insert(-1, 9); a.insert(100, 10); print(a)
t(lambda: a.extend(A("d", [1.0]))); t(lambda: a.append("x")); t(lambda: a.extend([1, "x"])); print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
t(lambda: A("i").pop()); t(lambda: a.pop(50))
a.remove(1); print(a, a.count(2), a.index(2), a.index(9, 1), 2 in a, 42 in a)
t(lambda: a.remove(42)); t(lambda: a.index(42)); t(lambda: a.index(3, 1))
a.reverse(); print(a)
b = A("h", [1, 256]); b.byteswap(); print(b)
c = A("H"); c.frombytes(b"\x01\x00\x02\x00"); print(c, c.tobytes())
t(lambda: c.frombytes(b"\x01")); t(lambda: c.frombytes("ab"))
c.fromlist([3, 4]); print(c)
t(lambda: c.fromlist((1, 2))); t(lambda: c.fromlist([1, -1])); print(c)
w = A("w"); w.fromunicode("abc"); print(w, w.tounicode())
t(lambda: c.fromunicode("x")); t(lambda: c.tounicode()); t(lambda: w.fromunicode(5))
x, y = A("i", [1, 2]), A("i", [3])
print(x + y, x * 2, 2 * x, x * 0, x * -1)
t(lambda: x + [1]); t(lambda: x + A("d")); t(lambda: x * 1.5)
z = x; z += y; print(z is x, x); z *= 2; print(z is x, x)
t(lambda: x.__iadd__([1]))
print(A("i", [1, 2]) == A("i", [1, 2]), A("i", [1, 2]) == A("d", [1.0, 2.0]), A("i", [1]) != A("i", [2]))
print(A("i", [1, 2]) < A("i", [1, 3]), A("i", [1, 2]) < A("i", [1, 2, 0]), A("i", [2]) >= A("i", [1, 9]), A("i") == [], A("d", [float("nan")]) == A("d", [float("nan")]))
print(bytes(A("B", [104, 105])), bytes(A("h", [1])), bytearray(A("b", [-1])), b"-".join([A("B", [65])]))
import copy
def unreduce(arr, proto):
    f, args, state = arr.__reduce_ex__(proto)
    r = f(*args)
    if state: r.__dict__.update(state)
    return r
for proto in range(0, 6):
    for arr in [A("i", [1, -2]), A("d", [0.5]), A("w", "zq"), A("Q", [2**64 - 1])]:
        r = unreduce(arr, proto)
        assert r == arr and r.typecode == arr.typecode, (proto, arr, r)
print("reduce ok", A("i", [1, 2]).__reduce_ex__(2), A("h", [1]).__reduce_ex__(3)[1][1:])
print(array._array_reconstructor(A, "h", 5, b"\x00\x01\x00\x02"))
t(lambda: array._array_reconstructor(A, "h", 99, b""))
t(lambda: array._array_reconstructor(int, "h", 4, b""))
print(copy.copy(A("i", [4])), copy.deepcopy(A("d", [4.0])))
class Sub(A):
    pass
s = Sub("i", [1, 2]); s.attr = 5
print(type(s).__name__, s, s.attr, type(s[:1]).__name__, isinstance(s, A))
r = unreduce(s, 4); print(type(r).__name__, r, r.attr)
it = iter(A("i", [1, 2, 3])); print(next(it), list(it), list(it))
print(A[int], sorted(A("i", [3, 1, 2])), sum(A("d", [0.5, 0.25])), max(A("b", [-5, 7])))
print(A("i", A("h", [1, 2])), A("d", A("i", [3])), A("b", b"\x01\xff"), A("i", bytearray(8)))
t(lambda: A("i", b"abc"))
