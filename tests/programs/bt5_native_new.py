# A Python subclass of a native type (itertools, array) may define __new__
# and call the base's through super(); a tuple subclass repeated once is a
# new plain tuple, an exact tuple is itself.
import array
import itertools


class Chain(itertools.chain):
    def __new__(cls, *iterables, extra=None):
        self = super().__new__(cls, *iterables)
        self.extra = extra
        return self


c = Chain([1, 2], [3], extra=5)
print(type(c).__name__, list(c), c.extra)


class Arr(array.array):
    def __new__(cls, code, data, tag=None):
        self = super().__new__(cls, code, data)
        self.tag = tag
        return self


a = Arr('i', [1, 2], tag='t')
print(a, a.tag, type(a).__name__)
print(itertools.count.__new__(itertools.count, 5), list(itertools.repeat.__new__(itertools.repeat, 'x', 2)))
try:
    itertools.count.__new__(int)
except TypeError as e:
    print('TypeError', e)


class T(tuple):
    pass


t = (0, 1)
u = T(t)
print(t * 1 is t, u * 1 is u, type(u * 1).__name__, u * 1 == u, type(1 * u).__name__)
