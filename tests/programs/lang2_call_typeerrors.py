# TypeError messages for calls (3.13 wording).
def show(f):
    try:
        f()
    except TypeError as e:
        print(e)

def f(a, b, /, c, *, d, e=5): pass
show(lambda: f(1))
show(lambda: f(1, 2))
show(lambda: f(1, 2, 3))
show(lambda: f(1, 2, 3, 4, d=1))
show(lambda: f(1, b=2, c=3, d=4))
show(lambda: f(1, 2, 3, d=4, x=5))
show(lambda: f(1, 2, 3, d=1, **{"c": 2}))
def g(): pass
show(lambda: g(1))
show(lambda: g(x=1))
def h(a, b=2): pass
show(lambda: h())
show(lambda: h(1, 2, 3))
show(lambda: h(1, a=2))
def k(*, x, y): pass
show(lambda: k())
show(lambda: k(1))
show(lambda: k(x=1))
class C:
    def m(self, a): pass
    @classmethod
    def cm(cls): pass
    @staticmethod
    def sm(a): pass
show(lambda: C().m())
show(lambda: C().m(1, 2))
show(lambda: C.m(1))
show(lambda: C.cm(1))
show(lambda: C.sm())
show(lambda: C(1))
class D:
    def __init__(self, x): pass
show(lambda: D())
show(lambda: D(1, 2))
five, text = 5, "s"
show(lambda: five())
show(lambda: text())
show(lambda: len())
show(lambda: len(1, 2))
show(lambda: len([], x=1))
show(lambda: f(*5))
show(lambda: f(**5))
show(lambda: f(**{1: 2}))
show(lambda: int(x=5))
def many(a, b, c, d): pass
show(lambda: many(1))
show(lambda: many(1, 2))
def kwonly_many(*, a, b, c): pass
show(lambda: kwonly_many(a=1))
def posonly(a, /): pass
show(lambda: posonly(a=1))
def posonly2(a, b, /, **kw): pass
show(lambda: posonly2(1, a=1))
show(lambda: (lambda: 0)(1))
