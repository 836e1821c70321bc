# super() in comprehensions, lambdas, generator expressions, metaclasses, properties, __getattribute__.
class Base:
    def vals(self): return [1, 2]
class Sub(Base):
    def vals(self):
        return [v * 10 for v in super().vals()]
    def lam(self):
        return (lambda: super().vals())()
    def gen(self):
        return list(v for v in super().vals())
    def nested(self):
        def inner():
            return super(Sub, self).vals()
        return inner()
s = Sub()
print(s.vals(), s.lam(), s.gen(), s.nested())
class Meta(type):
    def __new__(m, name, bases, ns):
        cls = super().__new__(m, name, bases, ns)
        return cls
class WithMeta(metaclass=Meta):
    def m(self):
        return __class__.__name__
print(WithMeta().m())
# __class__ in classmethod of subclass
class P:
    @classmethod
    def create(cls):
        return super().__new__(cls)
class Q(P): pass
print(type(Q.create()).__name__)
# super in __init_subclass__
class R:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        cls.tag = cls.__name__.lower()
class S(R): pass
print(S.tag)
# super() with property setter
class T:
    def __init__(self): self._x = 0
    @property
    def x(self): return self._x
    @x.setter
    def x(self, v): self._x = v
class U(T):
    @T.x.setter
    def x(self, v):
        T.x.fset(self, v * 2)
u = U(); u.x = 5; print(u.x)
# super().__getattribute__
class V:
    def __getattribute__(self, n):
        if n == "hidden": return "shown"
        return super().__getattribute__(n)
    visible = 1
print(V().hidden, V().visible)
try:
    class W:
        def f(self):
            return super().f()
    W().f()
except AttributeError as e:
    print(e)
