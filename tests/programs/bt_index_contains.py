def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
l = list(range(10))
print(l[I(3)], l[I(-1)], l[I(1):I(4)], 'abcdef'[I(2)], (1, 2, 3)[I(0)], range(10)[I(5)], b'abc'[I(1)])
print(bin(I(5)), hex(I(255)), oct(I(8)), [0] * I(3), 'ab' * I(2), I(3).__index__(), int(I(7)), float(I(7)))
print(round(2.5, I(0)), chr(I(65)), bytes(I(2)), range(I(3)), list(range(I(1), I(7), I(2))))
import operator
print(operator.index(I(9)), operator.index(True))
t(lambda: operator.index(1.5))
t(lambda: l[I('x')])
t(lambda: l[1.5])
none_key = None
t(lambda: 'abc'[none_key])
class BadIdx:
    def __index__(self):
        return 1.5
t(lambda: l[BadIdx()])
t(lambda: operator.index(BadIdx()))
class SubIdx:
    def __index__(self):
        class MyInt(int):
            pass
        return MyInt(2)
import warnings
warnings.simplefilter('ignore')
t(lambda: l[SubIdx()])
t(lambda: type(operator.index(SubIdx())).__name__)
class Cont:
    def __contains__(self, x):
        return x == 'in'
print('in' in Cont(), 'out' in Cont(), 'in' not in Cont())
class ContTruthy:
    def __contains__(self, x):
        return 'truthy'
print(1 in ContTruthy())
class IterOnly:
    def __iter__(self):
        return iter([1, 2, 3])
print(2 in IterOnly(), 5 in IterOnly())
class GetitemOnly:
    def __getitem__(self, i):
        if i > 5:
            raise IndexError
        return i * 2
print(4 in GetitemOnly(), 5 in GetitemOnly())
class Nothing:
    pass
t(lambda: 1 in Nothing())
class ContNone:
    __contains__ = None
t(lambda: 1 in ContNone())
print(3 in {3: 'a'}, 'a' in {3: 'a'}, 3 in {3}, [] in [[]], 1 in range(5), 'b' in 'abc', b'b' in b'abc', 98 in b'abc')
