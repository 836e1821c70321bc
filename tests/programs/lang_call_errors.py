# TypeErrors from calls: arity, keywords, methods, builtins.
def f(a, b, c=3):
    pass
def g(*, key):
    pass
class C:
    def m(self, x):
        pass
    @staticmethod
    def s(y):
        pass
    @classmethod
    def c(cls, z):
        pass

calls = [
    lambda: f(),
    lambda: f(1),
    lambda: f(1, 2, 3, 4),
    lambda: f(1, 2, d=4),
    lambda: f(1, 2, a=1),
    lambda: g(1),
    lambda: g(),
    lambda: C().m(),
    lambda: C().m(1, 2),
    lambda: C.m(1),
    lambda: C.s(),
    lambda: C.c(),
    lambda: C(1),
    lambda: len(),
    lambda: len(1, 2),
    lambda: len(5),
    lambda: abs("x"),
    lambda: int("12", base=1),
    lambda: sorted([1], bad=1),
    lambda: (lambda: 0)(1),
    lambda: (lambda x, /: 0)(x=1),
    lambda: dict(1, 2),
    lambda: object(1),
    lambda: divmod(1),
    lambda: max(),
    lambda: isinstance(1, 1),
]
for c in calls:
    try:
        c()
    except TypeError as e:
        print(e)
