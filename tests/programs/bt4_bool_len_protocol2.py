# truth testing: __bool__ and __len__ results, their type/range errors, inheritance and None assignments
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
class B:
    def __init__(self, r): self.r = r
    def __bool__(self): return self.r
class L:
    def __init__(self, r): self.r = r
    def __len__(self): return self.r
for r in [True, False, 1, 0, None, 'yes', 1.0]:
    t(lambda: bool(B(r)))
for r in [0, 3, -1, 2**63, 2**100, 1.5, True, '2']:
    t(lambda: bool(L(r)))
    t(lambda: len(L(r)))
class I:
    def __index__(self): return 4
t(lambda: len(L(I())))
class BoolNone:
    __bool__ = None
    def __len__(self): return 1
t(lambda: bool(BoolNone()))
class LenNone:
    __len__ = None
t(lambda: bool(LenNone())); t(lambda: len(LenNone()))
class Both:
    def __bool__(self): return False
    def __len__(self): return 5
print(bool(Both()), len(Both()), not Both(), 'x' if Both() else 'y', [1 for _ in [0] if Both()])
class SubInt(int): pass
class LenSub:
    def __len__(self): return SubInt(2)
t(lambda: len(LenSub())); t(lambda: type(len(LenSub())).__name__)
class RaisingBool:
    def __bool__(self): raise ValueError('no truth')
t(lambda: bool(RaisingBool())); t(lambda: not RaisingBool()); t(lambda: RaisingBool() and 1); t(lambda: [x for x in [1] if RaisingBool()])
t(lambda: all([RaisingBool()])); t(lambda: any([1, RaisingBool()])); t(lambda: 1 if RaisingBool() else 2)
import operator
print(operator.truth(L(0)), operator.not_(L(1)), bool(L(0)) is False)
