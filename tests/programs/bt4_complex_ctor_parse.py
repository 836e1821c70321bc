# complex(): string forms, two-argument forms, dunder conversions and every error message
def t(*a, **k):
    try:
        print(repr(complex(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ':', e)
for s in ['1', '1j', '-1j', '+j', 'j', '-j', '1+2j', '1-2J', ' ( 1+2j ) ', '(1+2j', '1+2j)', '()', '1e3-1e-3j', 'inf+nanj', '-infj', 'nan',
          '1 + 2j', '1+', '+', '2j1', '1_0+2_0j', '1__0j', '0x1j', '1e400j', '\t3.5\n', '', '(', 'j2', '1+2jj', '1.5e+2-.5j', 'infinityj']:
    t(s)
t(1, 2)
t(1.5, -0.0)
t(1j, 1j)
t(1j, 2)
t(2, 1j)
t('1', 2)
t(1, '2')
t(real=3, imag=4)
t(imag=2)
t(None)
t([])
t(b'1')
class C:
    def __complex__(self): return 2 + 3j
class F:
    def __float__(self): return 1.5
class I:
    def __index__(self): return 4
class Bad:
    def __complex__(self): return 1.0
t(C()); t(F()); t(I()); t(Bad())
t(C(), 1)
t(F(), F())
class Sub(complex): pass
r = Sub(1, 2)
print(type(r).__name__, r, type(r + 1).__name__, repr(complex(r)), type(complex(r)).__name__)
print(complex(-0.0, -0.0), complex(0.0, -0.0), complex('-0-0j'), complex(1e300 * 10, 0), -(0j), (-0j).real, repr(-(0j).imag))
