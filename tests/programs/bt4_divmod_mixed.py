# divmod(): int, bool, float and big ints of every sign; the invariant q*b + r == a; errors
import itertools
nums = [7, -7, 3, -3, 0, True, 2**70 + 5, -(2**70) - 5, 10**20]
for a, b in itertools.product(nums, [3, -3, 2**65, -(2**65), True, 7]):
    q, r = divmod(a, b)
    assert q * b + r == a and (r == 0 or (r > 0) == (b > 0)), (a, b)
    print(a, b, q, r, a // b == q, a % b == r)
for a, b in [(7, 2.0), (-7.5, 2), (7, -0.5), (2**70, 1.5), (1, 0.3), (True, 0.25)]:
    print(a, b, divmod(a, b))
def t(*a):
    try:
        print(divmod(*a))
    except Exception as e:
        print(type(e).__name__ + ':', e)
t(1, 0); t(1.0, 0); t(0, 0.0); t(2**100, 0); t(1, 2, 3); t(1); t('a', 2); t(2, 'a'); t(1j, 2); t([], [])
class D:
    def __divmod__(self, o): return 'divmod', o
    def __rdivmod__(self, o): return 'rdivmod', o
t(D(), 1); t(1, D())
class N:
    def __divmod__(self, o): return NotImplemented
t(N(), 1)
