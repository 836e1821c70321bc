# dir() with __dir__, on modules, classes, instances and errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class A:
    x = 1
    def m(self): pass
class B(A):
    y = 2
b = B()
b.z = 3
print([n for n in dir(b) if not n.startswith('__')], [n for n in dir(B) if not n.startswith('__')])
class D:
    def __dir__(self): return ['zeta', 'alpha', 'alpha']
t(lambda: dir(D()))
class E:
    def __dir__(self): return ('b', 'a')
t(lambda: dir(E()))
class F:
    def __dir__(self): return 5
t(lambda: dir(F()))
class G:
    def __dir__(self): return None
t(lambda: dir(G()))
t(lambda: dir(1, 2))
import math
t(lambda: 'sqrt' in dir(math))
def f():
    a = 1
    b = 2
    return dir()
t(f)
t(lambda: '__class__' in dir(5))
t(lambda: 'mro' in dir(type), 'mro' in dir(int))
class Meta(type):
    def meta_only(cls): pass
class M(metaclass=Meta): pass
t(lambda: ('meta_only' in dir(M), 'meta_only' in dir(Meta)))
