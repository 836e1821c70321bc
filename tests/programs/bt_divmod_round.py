def t(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__ + ":", e)
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (7.5, 2), (-7.5, 2), (7.5, -2), (1, 0.3),
             (-0.0, 1), (0.0, -1), (1e300, 1e-300), (float('inf'), 2), (2, float('inf')),
             (-2, float('inf')), (float('nan'), 1), (5, True), (2**100, 3.0)]:
    t(divmod, a, b)
t(divmod, 1, 0)
t(divmod, 1.0, 0)
t(divmod, 1, 0.0)
t(divmod, 'a', 1)
t(divmod, 1)
t(divmod, 1j, 1)
for x in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1e20, -0.0, 0.125, 1234.5678, 5e-324]:
    print(x, round(x), round(x, 1), round(x, 2), round(x, -1), round(x, 0), type(round(x)).__name__, type(round(x, 0)).__name__)
t(round, float('inf'))
t(round, float('nan'))
t(round, float('inf'), 2)
t(round, float('nan'), 2)
t(round, 1.5, None)
t(round, 15, -1)
t(round, 25, -1)
t(round, -25, -1)
t(round, 12345, -2)
t(round, 2**100 + 2**99, -30)
t(round, 1, 2)
t(round, True)
t(round, 'a')
t(round, 1.5, 'a')
t(round, 1.5, 1.5)
t(round, 1e300, -300)
t(round, 1.23456789, 400)
t(round, 1.23456789, -400)
class R:
    def __round__(self, n=None):
        return ('R', n)
t(round, R())
t(round, R(), 3)
t(round)
t(lambda: round(number=2.5))
t(lambda: round(2.567, ndigits=2))
