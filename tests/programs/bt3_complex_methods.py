# complex attributes, conjugate, __complex__ subclass returns, comparisons
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
z = 3 - 4j
t(lambda: (z.real, z.imag, z.conjugate(), abs(z)))
class C(complex): pass
t(lambda: (type(C(1, 2).conjugate()).__name__, type(C(1, 2) + 1).__name__, type(-C(1)).__name__, type(complex(C(1))).__name__))
t(lambda: C(1, 2) == 1 + 2j)
t(lambda: hash(C(1, 2)) == hash(1 + 2j))
t(lambda: repr(C(1, 2)))
t(lambda: complex('1+2j') + complex(' 3 '))
t(lambda: (1 + 2j).__getnewargs__())
t(lambda: 1j.__format__(''))
t(lambda: format(1 + 2j, '.2f'))
t(lambda: format(1 + 2j, '>15'))
t(lambda: format(-1j, '+'))
t(lambda: format(1j, 'd'))
t(lambda: format(1j, '=10'))
t(lambda: f'{2.5 + 0j:g}')
t(lambda: complex.__new__(C, 2).__class__.__name__)
t(lambda: (1 + 2j) == (1 + 2j, 1))
t(lambda: 1j ** 2)
t(lambda: 1j * 1j == -1)
