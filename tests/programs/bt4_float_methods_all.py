# every float method: is_integer, as_integer_ratio, conjugate, real/imag, __trunc__/__floor__/__ceil__/__round__, __getformat__, errors
for v in [0.0, -0.0, 1.5, -2.5, 1e300, 5e-324, 3.0, -7.0, 0.1]:
    print(repr(v), v.is_integer(), v.as_integer_ratio(), v.conjugate(), v.real, v.imag, v.__trunc__(), v.__floor__(), v.__ceil__(), v.__round__(), v.__round__(1), v.hex())
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
inf, nan = float('inf'), float('nan')
t(lambda: inf.as_integer_ratio()); t(lambda: nan.as_integer_ratio()); t(lambda: inf.__trunc__()); t(lambda: nan.__floor__()); t(lambda: (-inf).__ceil__())
t(lambda: inf.is_integer()); t(lambda: nan.is_integer()); t(lambda: inf.__round__()); t(lambda: nan.__round__(2)); t(lambda: inf.__round__(2))
t(lambda: float.__getformat__('float')); t(lambda: float.__getformat__('int')); t(lambda: float.__getformat__(5))
t(lambda: (2.5).__divmod__(1)); t(lambda: (2.5).__rdivmod__(7)); t(lambda: (2.5).__rpow__(2)); t(lambda: (2.5).__rtruediv__(5)); t(lambda: (2.5).__rmod__(7))
t(lambda: (2.5).__add__('x')); t(lambda: (2.5).__lt__(3)); t(lambda: (2.5).__eq__(2.5 + 0j)); t(lambda: float.fromhex('0x1p1').__class__.__name__)
t(lambda: (1.5).__pow__(2, 3)); t(lambda: pow(1.5, 2, 3)); t(lambda: (-8.0) ** (1 / 3)); t(lambda: (0.0).__pow__(-1)); t(lambda: (1e308).__mul__(10))
t(lambda: (2.0).__int__()); t(lambda: (2.9).__index__()); t(lambda: float.__new__(float)); t(lambda: float.__new__(int)); t(lambda: (1.0).__getnewargs__())
