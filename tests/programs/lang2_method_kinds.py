# Instance, class, static methods: binding behaviour and descriptor objects.
class C:
    def inst(self, x=0): return ("inst", type(self).__name__, x)
    @classmethod
    def cls(cls, x=0): return ("cls", cls.__name__, x)
    @staticmethod
    def static(x=0): return ("static", x)
class D(C): pass
d = D()
print(d.inst(1), D.inst(d, 2), d.cls(3), D.cls(4), d.static(5), D.static(6))
print(type(C.__dict__["cls"]).__name__, type(C.__dict__["static"]).__name__)
print(C.__dict__["static"].__func__ is C.static, C.__dict__["cls"].__func__.__name__)
m = d.inst
print(m.__self__ is d, m.__func__ is C.inst, m.__name__, m.__qualname__)
print(d.inst == d.inst, d.inst is d.inst, D.cls == D.cls)
# bound method of classmethod binds the class, even via instance
print(d.cls.__self__ is D)
# staticmethod is callable directly in 3.10+
sm = staticmethod(lambda: "called raw")
print(sm())
# classmethod wrapping property-like chains are gone in 3.13: classmethod(property) not a descriptor chain
class E:
    @classmethod
    @property
    def cp(cls): return "cp"
r = E.cp
print(type(r).__name__)
# methods stored on the instance are not bound
def free(x=None): return ("free", x)
d.attr = free
print(d.attr())
# __func__ attributes proxy
C.inst.tag = "tagged"
print(d.inst.tag)
try:
    d.inst.newattr = 1
except AttributeError as e:
    print("AttributeError:", e)
# calling an unbound method with wrong self is fine in Python 3
print(C.inst("a string"))
# repr of methods has the qualname
print(repr(C.cls).startswith("<bound method C.cls of <class '__main__.C'>>"))
print(repr(staticmethod(free)).startswith("<staticmethod("))
