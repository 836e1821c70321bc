# binary operator dispatch: subclass reflected priority, NotImplemented on both sides, in-place fallbacks, messages for every operator
class V:
    def __init__(self, v): self.v = v
    def __repr__(self): return '%s(%r)' % (type(self).__name__, self.v)
    def __add__(self, o): return ('V.add', o.v if isinstance(o, V) else o)
    def __radd__(self, o): return ('V.radd', o)
class W(V):
    def __radd__(self, o): return ('W.radd', o.v if isinstance(o, V) else o)
print(V(1) + W(2), W(2) + V(1), 1 + V(3), V(1) + 1)
class SameRadd(V): pass
print(V(1) + SameRadd(2))
class N:
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return NotImplemented
    def __iadd__(self, o): return NotImplemented
    def __lt__(self, o): return NotImplemented
    def __eq__(self, o): return NotImplemented
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
t(lambda: N() + N()); t(lambda: N() + 1); t(lambda: 1 + N()); t(lambda: N() < N()); t(lambda: N() == N()); t(lambda: N() != 1)
def iadd():
    x = N()
    x += 1
    return x
t(iadd)
class OnlyAdd:
    def __add__(self, o): return 'added'
def iadd2():
    x = OnlyAdd()
    x += 1
    return x
t(iadd2)
ops = ['+', '-', '*', '/', '//', '%', '**', '<<', '>>', '&', '|', '^', '@']
for op in ops:
    t(lambda: eval('object() %s 1' % op))
for op in ['<', '<=', '>', '>=']:
    t(lambda: eval('[] %s 1' % op))
t(lambda: -object()); t(lambda: ~1.5); t(lambda: +'s'); t(lambda: abs('s'))
def ipow():
    x = 'a'
    x **= 2
t(ipow)
def imat():
    x = 1
    x @= 2
t(imat)
class M:
    def __matmul__(self, o): return 'matmul'
    def __rmatmul__(self, o): return 'rmatmul'
    def __rpow__(self, o, mod=None): return ('rpow', o, mod)
print(M() @ 1, 1 @ M(), 2 ** M(), pow(2, M()))
t(lambda: pow(2, M(), 5))
class F(float):
    def __radd__(self, o): return 'F.radd'
    def __rsub__(self, o): return 'F.rsub'
print(1.0 + F(2), 1 - F(2), F(2) + 1.0, type(F(2) - 1.0).__name__)
