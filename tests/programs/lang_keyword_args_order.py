# Keyword argument evaluation order, **kwargs ordering, defaults evaluation time.
order = []
def v(tag):
    order.append(tag)
    return tag
def f(*a, **k):
    return a, k
print(f(v(1), x=v(2), *[v(3)], y=v(4), **{"z": v(5)}))
print(order)
order.clear()

def kw(**k):
    return list(k)
print(kw(b=1, a=2, c=3), kw(**dict(z=1, y=2), x=3))

class O:
    def __init__(self, **kw):
        self.__dict__.update(kw)
o = O(first=1, second=2)
print(list(vars(o)))

def defaults(a=v("default-a"), b=v("default-b")):
    return a, b
print(order)
print(defaults(), defaults(b=1))

def kwonly_defaults(*, x=v("kw-x"), y):
    return x, y
print(kwonly_defaults(y=2), order)
print(kwonly_defaults.__kwdefaults__)

def mutate(d=None, **kw):
    kw["added"] = 1
    return kw
src = {"k": 0}
print(mutate(**src), src)
print(f(**{"a-b": 1, "": 2}))
