# range near the i64 limits: which iterator type CPython picks, lengths
# beyond sys.maxsize, __index__ bounds, and slice bounds whose __index__ fails.
import sys

M = 2 ** 63
for args in [(13,), (M - 3, M - 1), (M - 2, M - 1, 2), (-M + 1, -M, -2), (1, 2, M - 1),
             (-1, -2, -M), (1, M - 1, M - 1), (-1, -M, -M), (0, 10, -M), (-4294967298, M - 2)]:
    r = range(*args)
    fwd, back = iter(r), reversed(r)
    print(args, type(fwd).__name__, type(back).__name__, next(fwd, 'end'), next(back, 'end'))

wide = range(-M + 1, M - 1)
print(-M + 1 in wide, M - 2 in wide, M - 1 in wide, wide[-1], wide.index(0))
try:
    len(wide)
except OverflowError as e:
    print('OverflowError', e)


class I:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


print(list(range(I(2 ** 80), I(2 ** 80 + 2))), range(I(3))[-1], len(range(I(0), I(10), I(3))))


class Bad:
    def __index__(self):
        raise RuntimeError('bad index')


for attempt in [lambda: range(10)[:Bad()], lambda: b'abc'.find(b'b', Bad()), lambda: range(Bad())]:
    try:
        attempt()
    except RuntimeError as e:
        print('RuntimeError', e)
for attempt in [lambda: range(10)[:'x'], lambda: b'abc'.find(b'b', 'x')]:
    try:
        attempt()
    except TypeError as e:
        print('TypeError', e)
print(sys.maxsize == M - 1)
