def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
t(lambda: len(L(3)))
t(lambda: len(L(-1)))
t(lambda: len(L(2**63)))
t(lambda: len(L(1.5)))
t(lambda: len(L('a')))
t(lambda: bool(L(0)))
t(lambda: bool(L(-1)))
class IdxLen:
    def __len__(self):
        class I:
            def __index__(self):
                return 4
        return I()
t(lambda: len(IdxLen()))
class BoolBad:
    def __bool__(self):
        return 'yes'
t(lambda: bool(BoolBad()))
t(lambda: not BoolBad())
t(lambda: 1 if BoolBad() else 0)
class BoolInt:
    def __bool__(self):
        return 0
t(lambda: bool(BoolInt()))
class BothBoolLen:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
t(lambda: bool(BothBoolLen()))
class BoolRaises:
    def __bool__(self):
        raise KeyError('b')
t(lambda: bool(BoolRaises()))
t(lambda: [x for x in [BoolRaises()] if x])
t(lambda: BoolRaises() and 1)
t(lambda: len(5))
t(lambda: len(iter([])))
t(lambda: len(x for x in []))
class LenNone:
    __len__ = None
t(lambda: len(LenNone()))
t(lambda: bool(LenNone()))
print(len('abc'), len(b'ab'), len([1]), len((1, 2)), len({1: 2}), len({1}), len(range(5)), len(memoryview(b'abc')), len(bytearray(3)))
print(all([]), any([]), all([1, 'a']), any([0, '', None]), all(x > 0 for x in [1, 2]), any(iter([0, 1])))
