def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class I:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
print([10, 20, 30][I(1)], 'abc'[I(-1)], (1, 2, 3)[I(0):I(2)], range(10)[I(3)], b'xyz'[I(2)], [1, 2, 3] * I(2), I(3) * 'ab', bytes(I(3)))
print(int(I(7)), float(I(2)) if False else 'skip', operator_index := __import__('operator').index(I(5)), hex(I(255)), round(1.2345, I(2)))
t(pow, 2, I(3))
t(int, I('x'))
t(lambda: [1][I(1.0)])
t(lambda: 'abc'[I(10)])
t(__import__('operator').index, 1.5)
class J(int):
    def __index__(self): return 99
print([0] * 100 == [0] * J(100), J(3).__index__(), __import__('operator').index(J(3)), [*range(5)][J(1)])
class Sub(int): pass
class NoInt:
    def __int__(self): return 4
t(lambda: [1, 2][NoInt()])
print(int(NoInt()))
t(float, NoInt())
class Trunc:
    def __trunc__(self): return 6
class F:
    def __float__(self): return 2.5
print(float(F()), complex(F()) if False else 'skip')
t(int, F())
class BadFloat:
    def __float__(self): return 1
t(float, BadFloat())
class BadInt:
    def __int__(self): return 1.5
t(int, BadInt())
class C:
    def __complex__(self): return 1 + 2j
print(complex(C()))
class BadC:
    def __complex__(self): return 1.0
t(complex, BadC())
import math
print(math.floor(I(3)) if False else 'skip', math.factorial(I(5)), math.gcd(I(12), I(18)), math.comb(I(5), I(2)))
