# The del statement over every kind of target.
x = 1
del x
try:
    x
except NameError as e:
    print("NameError:", e)

a, b, c = 1, 2, 3
del a, (b, [c])
print([n for n in ("a", "b", "c") if n in globals()])

lst = list(range(10))
del lst[1], lst[::3]
print(lst)
del lst[-1:]
print(lst)
d = {"k": 1, "j": 2}
del d["k"]
try:
    del d["missing"]
except KeyError as e:
    print("KeyError:", e)
print(d)

class O: pass
o = O(); o.p = 1
del o.p
try:
    del o.p
except AttributeError as e:
    print("AttributeError:", e)

# del of a local makes it unbound again
def f():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(f())
def g():
    try:
        del w
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
    w = 1
print(g())

# del of a global from a function
gv = 5
def delg():
    global gv
    del gv
delg()
print("gv" in globals())
def delg_again():
    global gv
    del gv
try:
    delg_again()
except NameError as e:
    print("NameError:", e)

# del of a nonlocal, and of a variable captured by a closure
def outer():
    v = 1
    def inner():
        nonlocal v
        del v
    def read():
        return v
    inner()
    try:
        return read()
    except NameError as e:
        return type(e).__name__ + ": " + str(e)
print(outer())

# del calls __delitem__/__delattr__ with the right arguments
class Tracker:
    def __delitem__(self, k):
        print("delitem", k)
    def __delattr__(self, n):
        print("delattr", n)
t = Tracker()
del t[1:2], t[1, 2], t[...], t.attr

# del of the exception name after an except block happens implicitly
try:
    raise ValueError
except ValueError as exc:
    pass
print("exc" in globals())
def keep():
    exc = "kept"
    try:
        1 / 0
    except ZeroDivisionError as exc:
        pass
    try:
        return exc
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(keep())

# del in a class body
class K:
    tmp = 1
    del tmp
    try:
        del tmp
    except NameError as e:
        err = str(e)
print(hasattr(K, "tmp"), K.err)

# syntax errors
for src in ["del f()", "del 1", "del a + b", "del (a for a in b)", "del [a, f()]", "del a.b.c, (x := 1)"]:
    try:
        compile(src, "<del>", "exec")
        print("compiled:", src)
    except SyntaxError as e:
        print(repr(src), "->", e.msg)

# del of builtins item in a dict namespace
ns = {}
exec("x = 1\ndel x", ns)
print(sorted(k for k in ns if k != "__builtins__"))
