# complex repr with signed zeros, nan, inf, and parsing
inf, nan = float('inf'), float('nan')
for re in (0.0, -0.0, 1.0, -1.5, inf, -inf, nan):
    for im in (0.0, -0.0, 2.0, -inf, nan):
        print(repr(complex(re, im)), end=' ')
    print()
print(repr(-0j), repr(0j), repr(-(0j)), repr(-(-0j)), repr(1 - 0j), repr(-1j), repr(0 - 1j), repr(complex(-0.0, -0.0).conjugate()))
print(repr(1e20j), repr(1e16 + 1e-5j), repr(complex(1e300, 1e-300)), repr(123456789j), str(1 + 1j), format(1 + 2j), format(-0.0 - 0j, ''))
for s in ['1+2j', ' (1+2j) ', '(1+2j', '1+2J', 'j', '-j', '+j', '2j', '1e3-1e-3j', 'inf+nanj', '-infj', 'nanj', '1 + 2j', '(  3-4j )',
          '1_0+2_0j', '1+2', '', '()', 'jj', '1+j2', '0x1+1j', 'infinity-infinityj', '1.e1+.5j', '\u0661+\u0662j']:
    try:
        print(repr(s), repr(complex(s)))
    except ValueError as e:
        print(repr(s), 'ValueError:', e)
for args in [('1', 2), (1, '2'), ('1', '2'), (None,), ([],), (1j, 1j), (1, 1j), (1j,), (2.5, -0.0)]:
    try:
        print(args, repr(complex(*args)))
    except TypeError as e:
        print(args, 'TypeError:', e)
print(complex(real=3), complex(imag=4), complex(real=1, imag=2), complex())
class C:
    def __complex__(self):
        return 5j
class D:
    def __complex__(self):
        return 5
class E:
    def __float__(self):
        return 2.5
class G:
    def __index__(self):
        return 3
print(complex(C()), complex(E()), complex(G()), complex(E(), G()))
try:
    complex(D())
except TypeError as e:
    print('TypeError:', e)
