import _operator as o

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

# Comparisons, truth, identity.
print([f(1, 2) for f in (o.lt, o.le, o.eq, o.ne, o.ge, o.gt)])
print([f("b", "a") for f in (o.lt, o.le, o.eq, o.ne, o.ge, o.gt)])
print(o.eq([1], [1]), o.is_([], []), o.is_not(None, None), o.is_(None, None))
print(o.not_([]), o.not_(3), o.truth(""), o.truth([0]))
class Cmp:
    def __lt__(self, other):
        return "custom"
print(o.lt(Cmp(), 1))

# Arithmetic and bitwise.
print(o.add(2, 3), o.sub(2, 3), o.mul("ab", 3), o.truediv(7, 2), o.floordiv(7, 2), o.mod(7, 3), o.mod("%s!", "x"))
print(o.pow(2, 10), o.pow(2.0, -1), o.lshift(1, 70), o.rshift(-16, 2), o.and_(12, 10), o.or_(12, 10), o.xor(12, 10))
print(o.neg(5), o.neg(-2.5), o.neg(True), o.pos(-3), o.invert(5), o.inv(0), o.abs(-7), o.abs(-2.5), o.abs(-0.0))
print(o.and_({1, 2}, {2, 3}), o.or_({1}, {2}), o.xor({1, 2}, {2}))
class Vec:
    def __init__(self, v):
        self.v = v
    def __matmul__(self, other):
        return sum(a * b for a, b in zip(self.v, other.v))
    def __imatmul__(self, other):
        return "imatmul"
    def __neg__(self):
        return "neg"
    def __pos__(self):
        return "pos"
    def __invert__(self):
        return "invert"
    def __abs__(self):
        return "abs"
    def __index__(self):
        return 42
print(o.matmul(Vec([1, 2]), Vec([3, 4])), o.imatmul(Vec([1]), Vec([1])))
print(o.neg(Vec([])), o.pos(Vec([])), o.invert(Vec([])), o.abs(Vec([])), o.index(Vec([])))

# index.
print(repr(o.index(7)), repr(o.index(True)), repr(o.index(2**80)))

# In-place operators.
l = [1]
r = o.iadd(l, [2])
print(r, r is l)
t = (1,)
r = o.iadd(t, (2,))
print(r, r is t)
print(o.iand(6, 3), o.ior(6, 3), o.ixor(6, 3), o.isub(6, 3))
print(o.imul([1], 2), o.ifloordiv(7, 2), o.itruediv(7, 2), o.imod(7, 2), o.ipow(3, 2), o.ilshift(1, 3), o.irshift(8, 3))
l = [1]
print(o.iconcat(l, [2]) is l, l)

# Sequences.
print(o.concat([1], [2]), o.concat("a", "b"), o.concat((1,), (2,)))
print(o.contains([1, 2], 2), o.contains("abc", "bc"), o.contains({1: 2}, 2), o.contains(iter([1, 2]), 2))
nan = float("nan")
print(o.contains([nan], nan), o.countOf([nan, 1, nan], nan), o.countOf([1, 1.0, True, 2], 1), o.countOf("aab", "a"))
print(o.indexOf([3, 4, 5], 5), o.indexOf("abc", "c"), o.indexOf(iter(range(10)), 7))
d = {}
print(o.setitem(d, "k", 1), d, o.getitem(d, "k"), o.delitem(d, "k"), d)
l = list(range(6))
o.setitem(l, slice(0, 2), ["a"])
print(l, o.getitem(l, slice(None, None, 2)))
o.delitem(l, slice(1, 3))
print(l)

# length_hint.
class Hint:
    def __init__(self, v):
        self.v = v
    def __length_hint__(self):
        return self.v
class BadLen:
    def __len__(self):
        raise ValueError("no len")
print(o.length_hint([1, 2, 3]), o.length_hint(3), o.length_hint(3, 9))
print(o.length_hint(Hint(4)), o.length_hint(Hint(NotImplemented), 6), o.length_hint(Hint(True)))

# call.
print(o.call(len, [1, 2]), o.call(dict, a=1), o.call(int, "ff", base=16), o.call(lambda *a, **k: (a, k), 1, x=2))

# _compare_digest.
print(o._compare_digest("abc", "abc"), o._compare_digest("abc", "abd"), o._compare_digest("a", "ab"))
print(o._compare_digest(b"ab", bytearray(b"ab")), o._compare_digest(b"ab", b"ac"), o._compare_digest(memoryview(b"x"), b"x"), o._compare_digest(b"", b""))

# itemgetter, attrgetter, methodcaller.
g = o.itemgetter(1)
print(g([1, 2]), g("xy"), o.itemgetter(0, -1)("abc"), o.itemgetter("a", "b")({"a": 1, "b": 2}), o.itemgetter(slice(1, None))([1, 2, 3]))
print(repr(o.itemgetter(1, "a")), repr(o.attrgetter("a.b", "c")), repr(o.methodcaller("m", 1, k="x")))
print(sorted([(1, "b"), (0, "c"), (2, "a")], key=o.itemgetter(1)))
print(o.attrgetter("real", "imag")(2.5), o.attrgetter("__class__.__name__")(1), o.attrgetter("real")(3))
print(o.methodcaller("split", ",", maxsplit=1)("a,b,c"), o.methodcaller("upper")("abc"))
print(type(g).__name__, type(g).__module__ if hasattr(type(g), "__module__") else None)

# Errors.
class I:
    def __index__(self):
        return "x"
cases = [
    lambda: o.add(1), lambda: o.add(1, 2, 3), lambda: o.add(a=1), lambda: o.neg(), lambda: o.neg(1, 2), lambda: o.truth(x=1),
    lambda: o.setitem(1, 2), lambda: o.length_hint(), lambda: o.length_hint(1, 2, 3), lambda: o.call(),
    lambda: o._compare_digest(1), lambda: o._compare_digest(a=1, b=2),
    lambda: o.neg("a"), lambda: o.pos("a"), lambda: o.invert(1.5), lambda: o.inv("a"), lambda: o.abs("a"),
    lambda: o.index("a"), lambda: o.index(I()), lambda: o.index(1.5),
    lambda: o.contains(1, 2), lambda: o.countOf(1, 2), lambda: o.indexOf([1], 2), lambda: o.indexOf(1, 2),
    lambda: o.concat(1, 2), lambda: o.concat([1], (2,)), lambda: o.iconcat(1, 2),
    lambda: o.length_hint(Hint("a")), lambda: o.length_hint(Hint(-1)), lambda: o.length_hint(1, "a"),
    lambda: o.length_hint(Hint(2**70)), lambda: o.length_hint(BadLen()),
    lambda: o._compare_digest("a", b"a"), lambda: o._compare_digest("é", "é"), lambda: o._compare_digest(1, 2),
    lambda: o._compare_digest(b"a", "a"), lambda: o._compare_digest([], b""),
    lambda: o.getitem(1, 2), lambda: o.setitem(1, 2, 3), lambda: o.delitem(1, 2), lambda: o.getitem([], 5),
    lambda: o.add(1, "a"), lambda: o.lt(1, "a"), lambda: o.iadd(1, "a"), lambda: o.ipow(1, "a"), lambda: o.truediv(1, 0),
    lambda: o.call(1), lambda: o.truth(BadLen()),
    lambda: o.itemgetter(), lambda: o.attrgetter(), lambda: o.attrgetter(1), lambda: o.methodcaller(),
    lambda: o.methodcaller(1), lambda: o.itemgetter(1)(), lambda: o.itemgetter(1)(1, 2), lambda: o.itemgetter(1)(x=1),
    lambda: o.attrgetter("x")(1), lambda: o.attrgetter("real.nope")(1), lambda: o.itemgetter(a=1), lambda: o.attrgetter("a", b=1),
    lambda: o.methodcaller("upper")(x=1), lambda: o.methodcaller("nope")(1), lambda: o.itemgetter(5)([]),
]
for c in cases:
    show(c)
