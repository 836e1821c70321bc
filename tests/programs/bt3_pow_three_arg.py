# pow with three arguments, negative exponents and modular inverses
def t(*a):
    try:
        print(a, repr(pow(*a)))
    except Exception as e:
        print(a, type(e).__name__ + ':', e)
for a in [(3, 4, 5), (3, 4, -5), (-3, 4, 5), (-3, 3, 5), (3, -1, 7), (3, -2, 7), (2, -1, 4), (0, -1, 5), (3, -1, 1),
          (3, -1, -7), (3, 0, 1), (3, 0, -1), (0, 0, 1), (5, 2, 0), (2, 10**20, 10**9 + 7), (-2, 10**20 + 1, 10**9 + 7),
          (10**30, -1, 10**9 + 9), (6, -1, 9), (2, 3, 1.0), (2.0, 3, 1), (2, 3.0, 1), (True, True, True), (2, True, 3),
          (2, 0.5), (-2, 0.5), (0, -1), (0.0, -1), (0, -1.5), (-8, 1 / 3), (2, -2), (-2, -3), (10, -5), (0, 0), (0.0, 0.0),
          (float('nan'), 0), (1, float('nan')), (1.0, float('inf')), (-1, float('inf')), (0.5, float('-inf')), (2, 1024.0),
          (-2.0, 1025), (1e308, 2), (2, 3, 'x'), ('2', 3), (1j, 2, 3)]:
    t(*a)
print(pow(base=2, exp=5), pow(2, exp=5, mod=7), pow(exp=3, base=2))
class P:
    def __pow__(self, o, m=None):
        return ('pow', o, m)
    def __rpow__(self, o, m=None):
        return ('rpow', o, m)
print(pow(P(), 2), pow(P(), 2, 5), pow(3, P()), P() ** 4, 4 ** P())
try:
    pow(3, P(), 5)
except TypeError as e:
    print('TypeError:', e)
