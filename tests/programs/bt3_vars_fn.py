# vars(): instances, classes, modules, objects without __dict__
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class C:
    def __init__(self): self.a = 1
t(lambda: vars(C()))
t(lambda: type(vars(C)).__name__)
t(lambda: 'a' in vars(C()))
t(lambda: vars(5))
t(lambda: vars('s'))
t(lambda: vars(C(), 1))
class S:
    __slots__ = ('x',)
t(lambda: vars(S()))
import math
t(lambda: vars(math) is math.__dict__)
def f():
    x = 1
    return sorted(vars())
t(f)
class D:
    @property
    def __dict__(self): return {'fake': True}
t(lambda: vars(D()))
class E:
    __dict__ = 5
t(lambda: vars(E()))
obj = C()
vars(obj)['b'] = 2
t(lambda: obj.b)
