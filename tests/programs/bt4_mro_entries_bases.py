# __mro_entries__: non-class bases replaced, __orig_bases__ recorded, bad results, and type() refusing them
class Fake:
    def __init__(self, *real): self.real = real
    def __mro_entries__(self, bases):
        print('mro_entries called with', [getattr(b, '__name__', type(b).__name__) for b in bases])
        return self.real
class A: pass
class B: pass
class C(Fake(A, B)): pass
print([k.__name__ for k in C.__mro__], [type(b).__name__ for b in C.__orig_bases__], C.__bases__)
class D(A, Fake()): pass
print([k.__name__ for k in D.__mro__], len(D.__orig_bases__))
def t(f):
    try:
        r = f()
        print(repr(r) if not isinstance(r, type) else r.__name__)
    except Exception as e:
        print(type(e).__name__ + ':', e)
class BadRet:
    def __mro_entries__(self, bases): return [A]
def mk():
    class E(BadRet()): pass
t(mk)
t(lambda: type('F', (Fake(A),), {}))
import types
print(types.resolve_bases((Fake(A), B)), types.resolve_bases((A,)))
G = types.new_class('G', (Fake(A, B),))
print([k.__name__ for k in G.__mro__], hasattr(G, '__orig_bases__'))
class NotBase:
    pass
def mk2():
    class H(NotBase()): pass
t(mk2)
def mk3():
    class I(5): pass
t(mk3)
from typing import Generic, TypeVar, List
T = TypeVar('T')
class J(Generic[T], List[int]): pass
print([k.__name__ for k in J.__mro__], [str(b) for b in J.__orig_bases__])
print('__orig_bases__' in A.__dict__, '__orig_bases__' in C.__dict__)
