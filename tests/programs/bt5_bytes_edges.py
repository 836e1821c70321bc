# bytes/bytearray edge cases: huge indexes and counts, membership of
# bytes-like objects and out-of-range ints, live iteration of a list in the
# constructor, argument counts, `b * 1` identity, subclasses built through
# __init__/__new__, and linear-time search.
import sys

for make in (bytes, bytearray):
    b = make(b'abc')
    for key in (sys.maxsize + 1, 10 ** 100, -10 ** 100):
        try:
            b[key]
        except IndexError as e:
            print(make.__name__, 'IndexError', e)
    for probe in (bytearray(b'b'), memoryview(b'c'), b'ab', 98, 300, -1, sys.maxsize + 1):
        try:
            print(make.__name__, type(probe).__name__, bytes(probe) if not isinstance(probe, int) else probe, probe in b)
        except ValueError as e:
            print(make.__name__, 'ValueError', e)
    try:
        make(sys.maxsize + 1)
    except OverflowError as e:
        print(make.__name__, 'OverflowError', e)
    for name, args in (('expandtabs', (1, 2)), ('splitlines', (1, 2))):
        try:
            getattr(b, name)(*args)
        except TypeError as e:
            print(make.__name__, 'TypeError', e)


class Shrink:
    def __index__(self):
        items.clear()
        return 42


items = [Shrink(), Shrink()]
print(bytes(items))
items = [Shrink(), Shrink()]
print(bytearray(items))

a = b'123abc'
print(a * 1 is a, (a * 2)[:3], 1 * a is a)


class BA(bytearray):
    def __new__(cls, value):
        me = bytearray.__new__(cls, value)
        me.tag = 'new'
        return me


x = BA.fromhex('1a2b')
print(repr(x), x.tag, type(x).__name__)


class BA2(bytearray):
    pass


print(repr(BA2(b'xy')), repr(BA2(3)), repr(BA2('hi', 'ascii')), repr(BA2(iter([1, 2]))))

n = 100_000
hay = b'a' * n + b'b' + b'a' * n
needle = b'a' * (n // 2) + b'b' + b'a' * (n // 2)
print(hay.find(needle), hay.rfind(needle), hay.count(needle), len(hay.split(needle)), bytearray(hay).find(needle))
print(hay.replace(needle, b'X')[:3].decode(), needle in hay, (needle + b'c') in hay)
