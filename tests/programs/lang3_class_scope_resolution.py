# Name resolution in class bodies: comprehensions, lambdas, defaults, type aliases and annotation scopes.
import sys
x = "g"
class A:
    x = "a"
    y = [x for _ in range(1)]
    z = (lambda: x)()
    def m(self, d=x): return d
    w = [lambda: x for _ in range(1)][0]()
    type Al = x
    def tp[T](self) -> x: pass
print(A.y, A.z, A().m(), A.w, A.Al.__value__, A.tp.__annotations__)
def f():
    x = "f"
    class B:
        y = [x for _ in range(1)]
        x = "b"
        z = [x for _ in range(1)]
        type Al = x
        def tp[T](self) -> x: pass
    return B.y, B.z, B.Al.__value__, B.tp.__annotations__
print(f())
def g():
    x = "g_local"
    class C:
        nonlocal_read = x
        x = "c"
        after = x
    return C.nonlocal_read, C.after
print(g())
def h():
    class D:
        print(sorted(k for k in locals() if not k.startswith("__")))
        a = 1
        print(sorted(k for k in locals() if not k.startswith("__")))
        del a
        print("a" in locals())
h()
class E:
    __private = 1
    try:
        res = [__private for _ in range(1)]
    except NameError as e:
        res = str(e)
    first = [v for v in [__private]]
print(E.res, E.first)
class F:
    vals = [1, 2]
    res = {v: [w for w in vals] for v in [0]} if False else None
    try:
        res2 = [[w for w in vals] for v in [0]]
    except NameError as e:
        res2 = str(e)
print(F.res2)
def k():
    a = 1
    def inner():
        return [a for _ in range(1)], (a for _ in range(1)), [b for b in [a]]
    r = inner()
    return r[0], list(r[1]), r[2]
print(k())
print(sys._getframe().f_code.co_name)
