# truth testing: __bool__ wins over __len__, return value checks
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class BL:
    def __bool__(self): return True
    def __len__(self): return 0
t(lambda: bool(BL()))
class L:
    def __len__(self): return 0
t(lambda: (bool(L()), not L()))
class BadBool:
    def __bool__(self): return 1
t(lambda: bool(BadBool()))
class NegLen:
    def __len__(self): return -1
t(lambda: bool(NegLen()))
class HugeLen:
    def __len__(self): return 2**64
t(lambda: bool(HugeLen()))
class BoolNone:
    __bool__ = None
t(lambda: bool(BoolNone()))
class LenNone:
    __len__ = None
t(lambda: bool(LenNone()))
class Raises:
    def __bool__(self): raise ZeroDivisionError('in bool')
t(lambda: 1 if Raises() else 0)
t(lambda: Raises() and 1)
t(lambda: [x for x in [Raises()] if x])
t(lambda: bool(object()))
t(lambda: (bool(0.0), bool(-0.0), bool(0j), bool(''), bool(b''), bool(range(0)), bool(...), bool(None)))
t(lambda: bool(x=1))
t(lambda: bool(1, 2))
class BoolSub(int):
    def __bool__(self): return False
t(lambda: bool(BoolSub(5)))
