# Positional-only, keyword-only, *args, **kwargs and their errors.
def f(a, b, /, c, d=4, *args, e, f=6, **kw):
    return a, b, c, d, args, e, f, kw
print(f(1, 2, 3, e=5))
print(f(1, 2, c=3, e=5))
print(f(1, 2, 3, 4, 5, 6, e=7, g=8))
print(f(1, 2, 3, e=5, a="kw a"))

def errs(*calls):
    for c in calls:
        try:
            c()
        except TypeError as e:
            print("TypeError:", e)

errs(lambda: f(1, 2, 3),
     lambda: f(1, b=2, c=3, e=4),
     lambda: f(1),
     lambda: f(1, 2, 3, e=5, c=9),
     )

def po(x, y, /):
    return x + y
errs(lambda: po(x=1, y=2), lambda: po(1), lambda: po(1, 2, 3))

def ko(*, k1, k2=0):
    return k1, k2
print(ko(k1=1))
errs(lambda: ko(1), lambda: ko(), lambda: ko(k1=1, k3=3))

def star(*args):
    return args
print(star(), star(1), star(*range(3)))
def kwonly(**kw):
    return sorted(kw.items())
print(kwonly(b=2, a=1))
errs(lambda: kwonly(1))

def mixed(a, b=2, /, c=3, *, d=4):
    return a, b, c, d
print(mixed(1), mixed(1, 5, 6, d=7), mixed(1, c=8))

# code object attributes
code = f.__code__
print(code.co_argcount, code.co_posonlyargcount, code.co_kwonlyargcount)
print(code.co_varnames[:9])
print(bool(code.co_flags & 0x04), bool(code.co_flags & 0x08))

# kwargs dict is a fresh dict
def get_kw(**kw):
    kw["added"] = True
    return kw
d = {"x": 1}
print(get_kw(**d), d)

# posonly name can appear in **kwargs
def pk(a, /, **kw):
    return a, kw
print(pk(1, a=2))
