# tuple()/list() of a tuple subclass use its own __iter__; namedtuple
# fields read the tuple's storage even when __getitem__ is overridden
# (platform.uname_result does both).
import collections
import itertools


class T(tuple):
    def __iter__(self):
        print('iter')
        return iter([9])

    def __getitem__(self, k):
        print('getitem', k)
        return 0


t = T((1, 2))
print(tuple(t), list(t), type(tuple(t)) is tuple, len(t))
print(tuple(T(())) == (9,), sorted(t), [*t])


class U(collections.namedtuple("B", "a b")):
    def __iter__(self):
        return itertools.chain(super().__iter__(), (5,))

    def __getitem__(self, key):
        return tuple(self)[key]


u = U(1, 2)
print(u.a, u.b, u[2], tuple(u), u[-1])
try:
    u.a = 3
except AttributeError as e:
    print('AttributeError')
print(U.a.__doc__)
print(collections.namedtuple('P', 'x y')(3, 4).y)
try:
    U.b.__get__(42)
except TypeError as e:
    print('TypeError')
