# special methods are looked up on the type, not the instance
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class C:
    def __len__(self): return 1
    def __repr__(self): return 'C-repr'
c = C()
c.__len__ = lambda: 99
c.__repr__ = lambda: 'inst-repr'
t(lambda: (len(c), repr(c), c.__len__(), c.__repr__()))
class D:
    pass
d = D()
d.__iter__ = lambda: iter([1])
t(lambda: iter(d))
d.__add__ = lambda o: 5
t(lambda: d + 1)
d.__bool__ = lambda: False
t(lambda: bool(d))
D.__bool__ = lambda self: False
t(lambda: bool(d))
class Meta(type):
    def __len__(cls): return 42
    def __getitem__(cls, k): return ('meta', k)
class M(metaclass=Meta):
    def __len__(self): return 7
t(lambda: (len(M), len(M()), M[1]))
class G:
    def __getattr__(self, n): return lambda *a: 'via getattr'
t(lambda: len(G()))
t(lambda: G().__len__())
