# pow(): two and three arguments, negative exponents, modular inverse, mixed types, argument errors
def t(*a, **k):
    try:
        r = pow(*a, **k)
        print(repr(r), type(r).__name__)
    except Exception as e:
        print(type(e).__name__ + ':', e)
t(2, 10); t(2, -1); t(-2, -3); t(0, 0); t(0.0, 0); t(0, -1); t(0.0, -1); t(-0.0, -1); t(-0.0, -2); t(0, -1.5)
t(10, 20); t(-1, 10**20); t(-1, 10**20 + 1); t(1, -10**30); t(2.0, 1024); t(2.0, -1080); t(-8.0, 1 / 3); t(float('inf'), -1); t(float('nan'), 0)
t(1.0, float('nan')); t(-1.0, float('inf')); t(0.5, float('-inf')); t(True, True); t(2, True)
t(3, 4, 5); t(3, 0, 1); t(3, 0, -1); t(-3, 3, 5); t(3, 3, -5); t(3, -1, 7); t(3, -2, 7); t(2, -1, 4); t(0, -1, 5); t(5, -1, 1)
t(2, 3, 0); t(2.0, 3, 5); t(2, 3.0, 5); t(2, 3, 5.0); t(2j, 2, 3); t(10**50, 10**50, 10**9 + 7); t(7, -3, 10**20 + 39)
t(base=2, exp=3); t(base=2, exp=3, mod=5); t(2, exp=5); t(2); t(); t(1, 2, 3, 4); t('a', 2); t(2, 'a'); t(2, 2, 'a'); t(None, 2, 3)
class P:
    def __pow__(self, o, m=None): return ('pow', o, m)
    def __rpow__(self, o, m=None): return ('rpow', o, m)
t(P(), 2); t(P(), 2, 3); t(2, P()); t(2, P(), 3)
print(2 ** -1, (-2) ** 2, -2 ** 2, 2 ** 3 ** 2, 10 ** -2, (-27) ** (1 / 3) == pow(-27, 1 / 3))
