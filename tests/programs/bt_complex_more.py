def t(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__ + ":", e)
for s in ['1+2j', ' (1+2j) ', '-1.5e3-2.5E-2J', 'j', '-j', '+j', '3', '1e1j', 'inf+nanj', '1+2j+3', '1 + 2j', '( 1+2j)', '(1+2j', '', '1_0+2_0j', 'nan', 'infj']:
    t(complex, s)
t(complex, 1, 2)
t(complex, 1j, 1j)
t(complex, '1', 2)
t(complex, 1, '2')
t(complex, None)
t(complex, real=3, imag=4)
t(complex, imag=2)
class C:
    def __complex__(self):
        return 2 + 3j
class CF:
    def __float__(self):
        return 4.5
class CI:
    def __index__(self):
        return 3
class Bad:
    def __complex__(self):
        return 1
t(complex, C())
t(complex, CF())
t(complex, CI())
t(complex, Bad())
z = 3 + 4j
print(z.real, z.imag, abs(z), z.conjugate(), -z, +z, z == 3 + 4j, z != 3, complex(3) == 3, hash(complex(3)) == hash(3))
print(z * z, z / 2, z ** 2, z ** 0.5, 1 / z, z + 1, 1 - z, 2 ** z == 2 ** z)
t(lambda: z // 2)
t(lambda: z % 2)
t(lambda: divmod(z, 2))
t(lambda: z < z)
t(lambda: z / 0)
t(lambda: 0j ** -1)
t(lambda: int(z))
t(lambda: float(z))
print(repr(complex(0, -0.0)), repr(complex(-0.0, 0)), repr(complex(float('inf'), float('nan'))), repr(1e20j), repr(1.5+0j), repr(-(0j)))
for spec in ['', '.2f', '10.1f', '<20', '^20.3e', '+', 'g', '.3g', 'E', '#.0f', '_.2f', ',', '>15', '*^25g']:
    try:
        print(repr(spec), format(1234.5 - 0.25j, spec), format(2j, spec), format(-0.0 + 1j, spec))
    except ValueError as e:
        print(repr(spec), 'ValueError:', e)
for bad in ['010', '=10', 'd', '%', 'x', 'n']:
    try:
        print(bad, format(1 + 2j, bad))
    except ValueError as e:
        print(bad, 'ValueError:', e)
print(complex.__new__(complex, 5), (1+2j).__getnewargs__(), type(complex('1')).__name__)
class MyC(complex):
    pass
m = MyC(1, 2)
print(type(m).__name__, m, type(m + 1).__name__, m == 1 + 2j)
print(str(1j), str(-1j), str(1 - 1j), str(complex(1e300, 1e300) * 1e10))
