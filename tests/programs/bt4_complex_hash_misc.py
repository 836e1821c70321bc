# complex: hashing rule hash(real) + imag*1000003, equality with other numbers, attributes, conjugate, and __complex__ / __float__ precedence
import sys
for c in [0j, 1j, 1 + 0j, -1j, 2.5 - 3j, complex(1e300, 1), complex(float('inf'), 0)]:
    h = hash(c.real) + sys.hash_info.imag * hash(c.imag)
    h = ((h + 2**63) % 2**64) - 2**63
    if h == -1:
        h = -2
    print(repr(c), hash(c) == h, c.real, c.imag, c.conjugate(), c == c.real, abs(c) if abs(c.real) < 1e300 else 'big')
print(hash(1j) == hash(complex(0, 1)), {1 + 0j: 'a'}[1], {1.0: 'b'}[1 + 0j], 2 + 0j in [2], complex(2) == 2.0 == 2)
class Both:
    def __complex__(self): return 1 + 1j
    def __float__(self): return 2.0
    def __index__(self): return 3
print(complex(Both()), float(Both()), int(Both()))
class OnlyIndex:
    def __index__(self): return 7
print(complex(OnlyIndex()), complex(OnlyIndex(), OnlyIndex()))
print(1j.real.__class__.__name__, (1j).imag, type((1 + 2j).conjugate()).__name__, (3 + 4j).__abs__(), (1j).__bool__(), complex.__neg__(1j))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
t(lambda: setattr(1j, 'real', 2)); t(lambda: (1j).__round__()); t(lambda: (1j).__int__()); t(lambda: (1j).__lt__(2j)); t(lambda: (1j).__eq__('x'))
