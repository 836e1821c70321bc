# __index__ everywhere ints are needed: sequences, slices, bin/hex/oct, range, int(), round, math, bytes and the error texts
import operator
class I:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
t(lambda: [10, 20, 30][I(1)]); t(lambda: 'abc'[I(-1)]); t(lambda: (1, 2, 3)[I(0):I(2)]); t(lambda: b'xyz'[I(2)]); t(lambda: range(10)[I(3)])
t(lambda: bin(I(5))); t(lambda: hex(I(255))); t(lambda: oct(I(8))); t(lambda: range(I(3))); t(lambda: operator.index(I(7))); t(lambda: 'ab' * I(2))
t(lambda: [0] * I(3)); t(lambda: bytes(I(2))); t(lambda: chr(I(65))); t(lambda: int(I(9))); t(lambda: float(I(2))); t(lambda: complex(I(3)))
t(lambda: round(1.2345, I(2))); t(lambda: (5).to_bytes(I(2), 'big')); t(lambda: 'abcdef'.split('c', I(0))); t(lambda: [1, 2, 3].pop(I(0)))
t(lambda: I(3) + 1); t(lambda: hash(I(3)) == hash(3)); t(lambda: divmod(I(7), 2)); t(lambda: pow(2, I(3)))
t(lambda: [1][I(1.0)]); t(lambda: bin(I('x'))); t(lambda: operator.index(1.5)); t(lambda: operator.index('1')); t(lambda: [1][1.0])
class BigI:
    def __index__(self): return 2**100
t(lambda: [1][BigI()]); t(lambda: 'a' * BigI()); t(lambda: range(BigI())[-1] == 2**100 - 1); t(lambda: hex(BigI()))
class SubInt(int): pass
class RetSub:
    def __index__(self): return SubInt(3)
t(lambda: operator.index(RetSub())); t(lambda: type(operator.index(RetSub())).__name__); t(lambda: [0, 1, 2, 3][RetSub()])
class RetBool:
    def __index__(self): return True
t(lambda: operator.index(RetBool())); t(lambda: [5, 6][RetBool()])
import math
t(lambda: math.factorial(I(5))); t(lambda: math.comb(I(5), I(2))); t(lambda: math.isqrt(I(17))); t(lambda: math.gcd(I(12), I(18)))
t(lambda: format(I(5), 'd')); t(lambda: '%d %x' % (I(5), I(31))); t(lambda: f'{I(5):d}')
