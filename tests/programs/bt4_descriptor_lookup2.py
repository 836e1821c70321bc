# attribute lookup precedence: data descriptors over instance dict over non-data descriptors, on classes and metaclasses
log = []
class Data:
    def __get__(self, obj, typ=None):
        log.append('data-get')
        return 'data'
    def __set__(self, obj, v): log.append(('data-set', v))
class NonData:
    def __get__(self, obj, typ=None): return 'nondata:' + ('inst' if obj is not None else 'class')
class GetOnlySet:
    def __set__(self, obj, v): log.append('set-only')
class A:
    d = Data()
    n = NonData()
    g = GetOnlySet()
a = A()
a.__dict__.update(d='inst-d', n='inst-n', g='inst-g')
print(a.d, a.n, a.g, A.d, A.n, type(A.__dict__['g']).__name__)
a.d = 1; a.g = 2; a.n = 3
print(log, a.__dict__)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
class Meta(type):
    md = Data()
    mn = NonData()
class K(metaclass=Meta):
    md = 'class-md'
    mn = 'class-mn'
print(K.md, K.mn, K().md, K().mn)
class DelOnly:
    def __delete__(self, obj): log.append('deleted')
class B:
    x = DelOnly()
b = B()
del b.x
t(lambda: setattr(b, 'x', 1))
print(log[-1:], b.__dict__)
class GetAttrDesc:
    def __getattr__(self, name): return 'ga-' + name
class C:
    h = GetAttrDesc()
print(C().h.anything, type(C.h).__name__)
class Raises:
    def __get__(self, o, t=None): raise AttributeError('from get')
class E:
    r = Raises()
    def __getattr__(self, n): return 'fallback-' + n
print(E().r)
class F:
    r = Raises()
t(lambda: F().r)
class Callable:
    def __call__(self, *a): return a
class G:
    c = Callable()
print(G().c(1), G.c(2))
