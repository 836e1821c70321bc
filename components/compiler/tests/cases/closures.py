def outer(a):
    b = 1
    def inner(c):
        nonlocal b
        b += a + c
        return b
    return inner
g = 0
def setg():
    global g
    g = 5
class C:
    """Doc
       string."""
    x = 1
    def m(self):
        self.y = 2
        return super().m()
    def n(self):
        return __class__
    @staticmethod
    def s(*a, **k):
        return [lambda: x for x in a]
def gen(n):
    yield n
    x = yield from range(n)
    return x
lam = lambda q, *, r=1: q + r
def __private(): pass
class D(C, metaclass=type):
    __z = 1
    def f(self):
        return self.__z
