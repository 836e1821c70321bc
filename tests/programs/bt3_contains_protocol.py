# in / not in: __contains__, __iter__ fallback, __getitem__ fallback, errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class C:
    def __contains__(self, x): return x == 'yes'
t(lambda: ('yes' in C(), 'no' in C(), 'no' not in C()))
class R:
    def __contains__(self, x): return 5
t(lambda: 1 in R())
class It:
    def __iter__(self): return iter([1, 2, 3])
t(lambda: (2 in It(), 9 in It()))
class Gi:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 2
t(lambda: (4 in Gi(), 5 in Gi()))
class Bad:
    pass
t(lambda: 1 in Bad())
t(lambda: 1 in 5)
t(lambda: 'a' in ['a'])
t(lambda: [] in {})
t(lambda: 'ab' in 'xabc')
t(lambda: 5 in 'abc')
t(lambda: b'a' in b'cab')
t(lambda: 97 in b'abc')
t(lambda: 1.0 in [1])
class ContainsNone:
    __contains__ = None
    def __iter__(self): return iter([1])
t(lambda: 1 in ContainsNone())
class Eq:
    def __eq__(self, o): raise RuntimeError('eq called')
t(lambda: Eq() in [1])
e = Eq()
t(lambda: e in [e])
t(lambda: float('nan') in [float('nan')])
