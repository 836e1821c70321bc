# binary operator dispatch: NotImplemented, reflection, subclass priority
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class A:
    def __add__(self, o): return 'A.add' if isinstance(o, int) else NotImplemented
    def __radd__(self, o): return 'A.radd'
    def __eq__(self, o): return NotImplemented
    def __lt__(self, o): return 'A.lt'
class B(A):
    def __radd__(self, o): return 'B.radd'
    def __gt__(self, o): return 'B.gt'
t(lambda: A() + 1)
t(lambda: 1 + A())
t(lambda: A() + A())
t(lambda: A() + B())
t(lambda: A() < B())
t(lambda: B() < A())
t(lambda: A() == A())
t(lambda: A() != A())
class N:
    def __add__(self, o): return NotImplemented
    def __lt__(self, o): return NotImplemented
t(lambda: N() + N())
t(lambda: N() < N())
t(lambda: N() < 1)
t(lambda: 1 < N())
t(lambda: N() == 1)
t(lambda: [] < N())
t(lambda: N() - 1)
t(lambda: -N())
t(lambda: N() @ 1)
t(lambda: 1 ** N())
t(lambda: N() ** 2)
class I:
    def __iadd__(self, o): return NotImplemented
    def __add__(self, o): return 'fallback add'
x = I()
x += 1
t(lambda: x)
class OnlyR:
    def __rsub__(self, o): return ('rsub', o)
    def __rlshift__(self, o): return 'rlshift'
t(lambda: 5 - OnlyR())
t(lambda: 5 << OnlyR())
t(lambda: OnlyR() - 5)
t(lambda: bool(NotImplemented) if False else type(NotImplemented).__name__)
t(lambda: repr(NotImplemented))
