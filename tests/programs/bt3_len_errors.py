# len(): __len__ return value checks and messages
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class L:
    def __init__(self, v): self.v = v
    def __len__(self): return self.v
for v in (0, 5, -1, 2**63, 2**63 - 1, True, 1.5, '3', None):
    t(lambda: len(L(v)))
class I:
    def __index__(self): return 4
t(lambda: len(L(I())))
class Sub(int): pass
t(lambda: type(len(L(Sub(3)))).__name__)
t(lambda: len(5))
t(lambda: len(iter([])))
t(lambda: len())
t(lambda: len([], []))
t(lambda: len(range(2**62)))
t(lambda: len(range(2**64)))
class NoLen:
    pass
t(lambda: len(NoLen()))
t(lambda: len(NoLen))
t(lambda: L(3).__len__())
