# complex: literals, repr, arithmetic, comparison, hash, pow, constructor.
import math

inf, nan = float("inf"), float("nan")


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


# repr and str
for z in [1j, 1 + 2j, -1 - 2j, complex(-0.0, -0.0), complex(0.0, -0.0), complex(-0.0, 0.0),
          complex(1, nan), complex(nan, -nan), complex(0, inf), complex(-inf, inf),
          complex(1e300, 1e-300), complex(1e16, 1e15), 0.1 + 0.2j, 2.5j, 0j, complex(123456789.125, -0.5)]:
    print(repr(z), str(z), z.real, z.imag, type(z.real).__name__)
print(1j, [1 + 1j, 3j], (0.5 - 0j,), {2j: 3})

# attributes and methods
z = 3 - 4j
print(z.conjugate(), z.__complex__(), z.__getnewargs__(), abs(z), abs(-2j), abs(complex(inf, nan)), abs(complex(nan, 1)))
print(complex.conjugate(1j), type(z.__complex__()).__name__, z.__complex__() is z)
show(lambda: abs(complex(1e308, 1e308)))
show(lambda: (1j).conjugate(1))
show(lambda: complex.conjugate(1))
show(lambda: z.real.__class__)
print(hasattr(1, "__complex__"), hasattr(1.0, "__complex__"), hasattr(1j, "__floordiv__"), hasattr(1j, "__int__"), hasattr(1j, "__float__"))

# arithmetic with int, float, bool and complex on either side
ops = [("+", lambda a, b: a + b), ("-", lambda a, b: a - b), ("*", lambda a, b: a * b),
       ("/", lambda a, b: a / b), ("**", lambda a, b: a ** b)]
operands = [2, -3, 2.5, True, 1 + 2j, -0.5j]
for name, op in ops:
    row = []
    for a in operands:
        for b in operands:
            if isinstance(a, complex) or isinstance(b, complex):
                try:
                    row.append(repr(op(a, b)))
                except Exception as e:
                    row.append(type(e).__name__)
    print(name, " ".join(row))
print(-(1 + 2j), +(1 - 2j), -complex(0.0, 0.0), -0j)
x = 1 + 1j
x += 2
x *= 1j
x -= 0.5
x /= 2
x **= 2
print(x)
print(complex(inf, 0) * 2, complex(inf, 1) * 1j, complex(inf, inf) / (1 + 1j), (1 + 1j) / complex(inf, 2), complex(nan, 1) / 1j)
print(3.0 / complex(-inf, -inf), complex(-inf, -inf) / 2.5, complex(inf, nan) / (1 + 2j), 170596485577535.125j)
print((1e300 + 1e300j) / (1e-300 + 1e-300j), (1 + 2j) / (3 - 4j), 1 / (1e-310 + 1e-310j))
show(lambda: 1j / 0)
show(lambda: 1j / 0.0)
show(lambda: 5 / 0j)
show(lambda: 1j / False)
show(lambda: 1j + 10 ** 400)
show(lambda: 10 ** 400 * 1j)

# operators complex does not have
show(lambda: 1j // 2)
show(lambda: 2 // 1j)
show(lambda: 1j % 2.0)
show(lambda: 3.0 % 1j)
show(lambda: 1j << 1)
show(lambda: ~1j)
show(lambda: 1j & 1)
show(lambda: int(1j))
idx = 1j
show(lambda: [1, 2][idx])

# powers
for a, b in [(1j, 2), (1j, 3), (1j, -1), (2 + 3j, 10), (2 + 3j, 101), (1.5 - 0.5j, -7), (2 + 3j, 0.5), (2, 1j),
             (1j, 1j), (-8, 1 / 3 + 0j), (0j, 0), (0j, 0j), (0j, 2), (0j, 2.5), (1 + 1j, 0), (3, 1 + 1j),
             (1j, 1e300), (1 + 1e-10j, 100), (1 + 1e-10j, 100.5), (1e-200j, 2)]:
    show(lambda: a ** b)
show(lambda: 0j ** -1)
show(lambda: 0j ** 1j)
show(lambda: 0j ** -2.5)
show(lambda: 1e-200j ** -2)
show(lambda: 2j ** 2000)
show(lambda: (1e200 + 1e200j) ** 2)
show(lambda: complex(inf, 0) ** 2)
show(lambda: complex(inf, 0) ** 1j)
show(lambda: 10j ** 400.5)
show(lambda: pow(2j, 3))
show(lambda: (-8) ** 0.5)
show(lambda: (-8.0) ** (1 / 3))
show(lambda: (-2) ** -0.5)
show(lambda: (-1.0) ** 0.25)
show(lambda: (-inf) ** 0.5)
show(lambda: (-8) ** 2.0)
show(lambda: (-1e300) ** 1.5)

# comparison
big = 2 ** 80
print(1 + 0j == 1, 1 == 1 + 0j, 1j == 1, 1.5 + 0j == 1.5, 1.5 == 1.5 + 0j, 1j != 1j, 2j != 3j, 1j == 1j)
print(complex(big, 0) == big, complex(big, 0) == big + 1, big + 1 == complex(big, 0), complex(2 ** 53 + 1, 0) == 2 ** 53 + 1)
print(complex(nan, 0) == nan, complex(nan, 0) != complex(nan, 0), True == 1 + 0j, 0j == False, 1j == "1j", 1j != None)
print(1j in [0, 1j], [1 + 0j].index(1), {1: "a"}[1 + 0j], {1 + 0j: "b"}[1.0])
for op in ["<", "<=", ">", ">="]:
    for a, b in [(1j, 1), (1, 1j), (1j, 2j), (1.0, 1j), (1j, "x")]:
        show(lambda: eval(f"a {op} b"))

# truth
print(bool(0j), bool(complex(0.0, -0.0)), bool(1j), bool(complex(nan, 0)), not 0j, 1 if 2j else 0)

# hash
print(hash(1 + 0j) == hash(1), hash(complex(2.5, 0)) == hash(2.5), hash(0j) == hash(0), hash(complex(-1, 0)) == hash(-1))
print(hash(1 + 2j), hash(-1 - 1j), hash(complex(0, -1)), hash(complex(1e300, 1e-300)), hash(complex(inf, -inf)), hash(complex(-1.0, 0.0)), hash(0.5j))
print(hash(complex(big, 0)) == hash(big), len({1, 1.0, 1 + 0j}), len({2j, 2j + 0, complex(0, 2)}))

# constructor
for args, kw in [((), {}), ((1,), {}), ((1, 2), {}), ((1.5, -2.5), {}), ((True, False), {}), ((1j,), {}), ((1j, 1j), {}),
                 ((1 + 2j, 3), {}), ((1, 2j), {}), ((), {"real": 3}), ((), {"imag": 3}), ((1,), {"imag": 2}),
                 ((), {"imag": 2, "real": 1.5}), ((2 ** 60,), {}), ((-0.0, -0.0), {}), ((0, -0.0), {})]:
    show(lambda: complex(*args, **kw))
for s in ["1+2j", " (1-2j) ", "j", "-j", "+J", "-1.5e3J", "inf", "-inf", "nanj", "-nanj", "infinityj", "INFj", "1e400+1e400j",
          "1_000+2_0j", "1.5", "  3  ", "(  5j  )", "1+j", "1-j", "1e5j", ".5j", "5.j", "1e-3-1e+3j", "\u0661\u0662j",
          "\u2003 2j \u2003", "1.e1+.1e1j", "0x10", "1 + 2j", "1+2", "", "()", "(1+2j", "1+2j)", "j1", "1ej", "1__2j",
          "_1j", "1_j", "1j_", "1+_2j", "+-1j", "jj", "1+2j3", "1\x00", "ﬀ", "2jx"]:
    show(lambda: complex(s))
show(lambda: complex("1", 2))
show(lambda: complex("1", imag=2))
show(lambda: complex(1, "2"))
show(lambda: complex(real="1"))
show(lambda: complex([]))
show(lambda: complex(None))
show(lambda: complex(1, []))
show(lambda: complex(1, None))
show(lambda: complex(1, 2, 3))
show(lambda: complex(1, imag=2, x=3))
show(lambda: complex(foo=1))
show(lambda: complex(1, real=2))
show(lambda: complex(2, 3, imag=4))
show(lambda: complex(10 ** 400))
show(lambda: complex(1, 10 ** 400))


class WithComplex:
    def __complex__(self):
        return 2 - 3j


class WithFloat:
    def __float__(self):
        return 4.5


class WithIndex:
    def __index__(self):
        return 7


class BadComplex:
    def __complex__(self):
        return 1


class BadFloat:
    def __float__(self):
        return 1


class Raises:
    def __complex__(self):
        raise RuntimeError("boom")


show(lambda: complex(WithComplex()))
show(lambda: complex(WithComplex(), 1))
show(lambda: complex(WithFloat()))
show(lambda: complex(WithFloat(), WithIndex()))
show(lambda: complex(WithIndex()))
show(lambda: complex(1, WithComplex()))
show(lambda: complex(BadComplex()))
show(lambda: complex(BadFloat()))
show(lambda: complex(Raises()))
show(lambda: complex(object()))
show(lambda: complex(1, object()))


# subclasses
class MyComplex(complex):
    def double(self):
        return self * 2


m = MyComplex(1, 2)
print(m, repr(m), type(m).__name__, m.double(), type(m + 1).__name__, m == 1 + 2j, isinstance(m, complex), hash(m) == hash(1 + 2j))
print(type(complex(m)).__name__, complex(m), type(m.__complex__()).__name__, type(+m).__name__, -m, m.real, m.imag, m.conjugate())
print(MyComplex("3+4j"), MyComplex(5j), MyComplex(), MyComplex(imag=2), abs(MyComplex(3, 4)))


class Angle(complex):
    def __complex__(self):
        return 9j


print(complex(Angle(1, 1)), complex(Angle(1, 1), 1), Angle(2, 2) + 0)

# constants folded by the compiler, and math
print((1 + 2j) * (3 - 4j), 2 * 3j, 1j * 1j, math.isnan(complex(nan, 0).real), math.isinf((1j * inf).imag))

# builtins with complex operands: divmod, three-argument pow, float(), format()
for f in (lambda: divmod(1j, 2), lambda: divmod('a', 2), lambda: pow(1j, 2, 3), lambda: pow(2, 1j, 3), lambda: float(1j),
          lambda: format(1+2j, '10'), lambda: format(1+2j, '.2f'), lambda: float(b'1.5'), lambda: float([]),
          lambda: format(-1.5-2j, '+.3e'), lambda: format(2j, '.1f'), lambda: format(2j, '.3'), lambda: format(1.5+2.25j, '^12.2'),
          lambda: format(1j, '%'), lambda: f"{3-4j:>12.1f}|{1e20j:g}"):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
