# Functions with every parameter kind, and the call errors each one produces.
def full(a, b=2, /, c=3, *args, d, e=5, **kw):
    return (a, b, c, args, d, e, kw)

print(full(1, d=4))
print(full(1, 20, 30, 40, 50, d=4, e=6, f=7))
print(full(1, c=9, d=4, a=100, b=200))  # a and b land in **kw

co = full.__code__
print(co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount, co.co_varnames[:co.co_nlocals])
print(full.__defaults__, full.__kwdefaults__)

def show(call):
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)

show(lambda: full())
show(lambda: full(1))
show(lambda: full(d=1))

def posonly(a, b, /):
    return a, b
show(lambda: posonly(1, b=2))
show(lambda: posonly(a=1, b=2))
show(lambda: posonly(1, 2, 3))
show(lambda: posonly(1))

def kwonly(*, x, y=1, z):
    return x, y, z
show(lambda: kwonly(1))
show(lambda: kwonly(x=1))
show(lambda: kwonly())
show(lambda: kwonly(x=1, z=2, w=3))

def pos(a, b, c=3):
    return a, b, c
show(lambda: pos(1, 2, 3, 4))
show(lambda: pos(1, a=1))
show(lambda: pos(1, 2, c=3, c2=4))
show(lambda: pos())
show(lambda: pos(**{"a": 1, "b": 2, "c": 3, 1: 2}))

def noargs():
    return "none"
show(lambda: noargs(1))
show(lambda: noargs(x=1))

class K:
    def meth(self, a, *, b):
        return a, b
    @staticmethod
    def st(a):
        return a
    @classmethod
    def cm(cls, a):
        return a
show(lambda: K().meth())
show(lambda: K().meth(1, 2))
show(lambda: K.meth(1))
show(lambda: K.st())
show(lambda: K.cm(1, 2))
show(lambda: K().meth(1, b=2, c=3))

# defaults that reference earlier defaults are evaluated at def time, left to right
order = []
def mark(v):
    order.append(v)
    return v
def defaults(a=mark(1), *, k=mark(2), b=mark(3)):
    pass
def defaults2(a=mark("pos"), *, k=mark("kw")) -> mark("ret"):
    pass
print(order)

# varargs and varkw names with a keyword colliding with *args name
def collide(*args, **kwargs):
    return args, kwargs
print(collide(1, args=2, kwargs=3))

# lambda with every kind
lam = lambda p, /, q, *r, s, **t: (p, q, r, s, t)
print(lam(1, 2, 3, s=4, u=5))
show(lambda: lam(p=1, q=2, s=3))

# positional-only with defaults following
def pod(a, b=2, /, *, c):
    return a, b, c
print(pod(1, c=3), pod(1, 5, c=3))
show(lambda: pod(1, 2, 3))
