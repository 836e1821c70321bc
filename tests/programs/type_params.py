# PEP 695/696 type parameters at run time, without typing.py.
def f[T: int, *Ts, **P](x: T) -> T:
    return x

print(f(1), f.__type_params__, [type(p).__name__ for p in f.__type_params__])
t = f.__type_params__[0]
print(t.__bound__, t.__constraints__, t.__infer_variance__, t.__covariant__, t.__module__, t.has_default())

def g[K: (int, str) = int, V = list[K]](): pass
k, v = g.__type_params__
print(k.__constraints__, k.__bound__, k.__default__, v.__default__, v.has_default())

type Alias[Q = int] = dict[str, Q]
print(Alias, Alias.__value__, Alias.__type_params__, Alias[int], type(Alias).__name__, Alias.__module__)
type Rec = list[Rec]
print(Rec.__value__, Rec | None, int | Rec)
try:
    Rec[int]
except TypeError as e:
    print(e)

# Lazy evaluation: the bound and the value are computed on first access.
def h[T: Undefined](): pass
try:
    h.__type_params__[0].__bound__
except NameError as e:
    print("NameError", e)
type Later = Missing
try:
    Later.__value__
except NameError as e:
    print("NameError", e)

def plain(): pass
print(plain.__type_params__)
try:
    plain.__type_params__ = [1]
except TypeError as e:
    print(e)
plain.__type_params__ = (t,)
print(plain.__type_params__, plain.__dict__)

def defaults(a, b=2, *, c=3): return a, b, c
defaults.__defaults__ = (20,)
defaults.__kwdefaults__ = {'c': 30}
print(defaults(1), defaults.__defaults__, defaults.__kwdefaults__)
try:
    defaults.__defaults__ = [1]
except TypeError as e:
    print(e)
defaults.__name__ = 'renamed'
defaults.__qualname__ = 'Q.renamed'
defaults.__doc__ = 'doc'
print(defaults.__name__, defaults.__qualname__, defaults.__doc__, defaults.__dict__, repr(defaults).split(' at ')[0])
try:
    defaults.__name__ = 3
except TypeError as e:
    print(e)

class Meta(type): pass
class E:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
class F(E, flag=1): pass
class Entries:
    def __mro_entries__(self, bases):
        return (E,)
class G(Entries(), flag=2): pass
print(G.__orig_bases__[0].__class__.__name__, G.__bases__)
