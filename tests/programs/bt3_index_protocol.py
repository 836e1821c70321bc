# __index__ used by indexing, slicing, bin, range, operator.index; bad returns
import operator
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class I:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
t(lambda: [10, 20, 30][I(1)])
t(lambda: 'abc'[I(-1)])
t(lambda: (1, 2, 3)[I(0):I(2)])
t(lambda: operator.index(I(5)))
t(lambda: operator.index(I(1.5)))
t(lambda: operator.index(I('x')))
t(lambda: [1][I(2**70)])
t(lambda: 'x' * I(3))
t(lambda: [0] * I(-1))
t(lambda: range(I(3)))
t(lambda: hex(I(255)))
t(lambda: int(I(5)))
t(lambda: float(I(5)))
t(lambda: complex(I(5)))
t(lambda: round(2.567, I(2)))
t(lambda: bytes(I(3)))
t(lambda: operator.index(5.0))
t(lambda: operator.index('5'))
class IntSub(int):
    pass
class RetSub:
    def __index__(self): return IntSub(9)
t(lambda: [1, 2][True])
