# round() on floats: ties to even on the decimal value, ndigits negative/huge/None, specials and errors
def t(*a):
    try:
        r = round(*a)
        print(repr(r), type(r).__name__)
    except Exception as e:
        print(type(e).__name__ + ':', e)
for x in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 0.125, 0.375, 1e16 + 1, 5e-324, -0.0, 1e308]:
    t(x); t(x, 0); t(x, 2); t(x, None)
for n in [-1, -2, -308, -309, 309, 400, 10**20, -10**20]:
    t(123456.789, n)
t(2.675, 2)
t(0.285, 2)
t(1.005, 2)
t(float('inf'))
t(float('-inf'), 2)
t(float('nan'))
t(float('nan'), 1)
t(float('inf'), -2)
t(1.5, 1.0)
t(1.5, '1')
t(1e300, -300)
t(5e-324, 323)
t(5e-324, 324)
t(-2.5)
t(2.5, -1)
t(25.0, -1)
t(35.0, -1)
class M:
    def __round__(self, n=None): return ('round', n)
t(M()); t(M(), 3)
class N: pass
t(N())
t()
t(1, 2, 3)
t(number=2.5)
t(number=2.55, ndigits=1)
