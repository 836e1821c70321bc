# In-place set operators mutate the set (and keep CPython's iteration order),
# the *_update methods, abs() through __abs__, and iterators' __length_hint__.
s = {1, 2, 3}; t = s
s &= {1, 2}; print(s is t, t)
s |= {9}; print(s is t, t)
s ^= {1}; print(s is t, t)
s -= {9}; print(s is t, t)
s = set(range(20))
s.difference_update(range(0, 20, 2), [1, 3])
print(s)
s.intersection_update({5, 7, 9, 11, 100}, range(8, 12))
print(s)
s.symmetric_difference_update([9, 10, 10, 11])
print(s)
s = {1, 2}
s ^= s; print(s)
s = {1, 2}
s -= s; print(s)
try:
    s = {1}
    s |= [2]
except TypeError as e:
    print(e)
f = frozenset({1, 2}); g = f
f |= {3}; print(f, f is g, g)
class A:
    def __abs__(self): return "abs!"
class I(int):
    def __abs__(self): return "int sub"
class J(int):
    pass
print(abs(A()), abs(I(-3)), abs(J(-3)), abs(-3), abs(-2.5), abs(True))
print((-3).__abs__(), (2.5).__abs__(), (-(10**30)).__abs__())
try:
    abs("x")
except TypeError as e:
    print(e)
it = iter([1, 2, 3]); next(it)
print(it.__length_hint__(), iter((1,)).__length_hint__(), iter("abc").__length_hint__())
r = iter(range(10)); next(r)
print(r.__length_hint__(), reversed([1, 2]).__length_hint__())
