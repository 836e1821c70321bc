# `in` fallbacks (__contains__, __iter__, __getitem__), __format__ rules and __length_hint__ results
import operator
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
class C:
    def __contains__(self, x): return x == 'yes'
class It:
    def __iter__(self): return iter([1, 2, 3])
class Gi:
    def __getitem__(self, i):
        if i > 4: raise IndexError
        return i * 10
class ContainsNone:
    __contains__ = None
    def __iter__(self): return iter([1])
class NotCont: pass
class ContainsReturnsList:
    def __contains__(self, x): return [1]
t(lambda: 'yes' in C()); t(lambda: 'no' not in C()); t(lambda: 2 in It()); t(lambda: 30 in Gi()); t(lambda: 35 in Gi()); t(lambda: 1 in ContainsNone())
t(lambda: 1 in NotCont()); t(lambda: 1 in 5); t(lambda: 'a' in ContainsReturnsList()); t(lambda: [] in 'abc'); t(lambda: 1 in 'abc'); t(lambda: b'a' in b'abc')
t(lambda: 97 in b'abc'); t(lambda: 256 in b'abc'); t(lambda: 'ab' in ['a', 'b']); t(lambda: [1] in {1: 2}); t(lambda: {} in {1})
class F:
    def __format__(self, spec): return 'F[' + spec + ']'
class FBad:
    def __format__(self, spec): return 5
class Plain: pass
t(lambda: format(F(), 'x>5')); t(lambda: f'{F():abc}'); t(lambda: '{:q}'.format(F())); t(lambda: format(FBad())); t(lambda: format(Plain(), '')[:17])
t(lambda: format(Plain(), 'x')); t(lambda: f'{Plain():>3}'); t(lambda: format(1, 2)); t(lambda: object.__format__(1, '')); t(lambda: format(None, '>6'))
t(lambda: format([1], '')); t(lambda: format([1], 's')); t(lambda: type(format(Plain()))); t(lambda: ('%s' % F())[:12])
class H:
    def __init__(self, r): self.r = r
    def __length_hint__(self): return self.r
    def __iter__(self): return iter(())
for r in [5, 0, NotImplemented, -1, 1.5, 2**100, 'x']:
    t(lambda: operator.length_hint(H(r), 9))
class LenAndHint:
    def __len__(self): return 3
    def __length_hint__(self): return 100
t(lambda: operator.length_hint(LenAndHint())); t(lambda: operator.length_hint(iter([1, 2, 3]))); t(lambda: operator.length_hint(object(), 4))
t(lambda: operator.length_hint(5, 'x')); t(lambda: operator.length_hint(iter(range(10)), 0)); t(lambda: operator.length_hint(reversed([1, 2])))
t(lambda: operator.length_hint(map(str, [1, 2]), -1)); t(lambda: operator.length_hint(zip([1], [2]), 7)); t(lambda: operator.length_hint(iter({1: 2}.items())))
