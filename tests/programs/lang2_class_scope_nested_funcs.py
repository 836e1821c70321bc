# Class scope is skipped by nested functions but visible to class-level code.
x = "module"
class A:
    x = "class"
    def method(self):
        return x
    y = x
    lam = (lambda: x)
    def nested_class_ref(self):
        return A.x
print(A().method(), A.y, A.lam(), A().nested_class_ref())

def f():
    x = "function"
    class B:
        x = "class B"
        def method(self):
            return x
        y = x
    return B
B = f()
print(B().method(), B.y)

def g():
    x = "g local"
    class C:
        # x not assigned in class: reads the enclosing function's x
        y = x
    return C.y
print(g())

def h():
    x = "h local"
    class D:
        print(x)
        x = "D.x"
        print(x)
    return D
h()

# class scope in nested classes
class Outer:
    v = 1
    class Inner:
        try:
            w = v
        except NameError as e:
            err = str(e)
print(Outer.Inner.err)

# global statement in class body
gv = "global"
class E:
    global gv
    gv = "set from class"
print(gv, "gv" in E.__dict__)

# locals() in class body is the namespace
class F:
    a = 1
    snapshot = sorted(locals())
print(F.snapshot)
# del in class body
class G:
    tmp = 1
    del tmp
print(hasattr(G, "tmp"))
# class body return value of exec'd class statement
ns = {}
exec("class H:\n    z = [i for i in range(3)]\n", ns)
print(ns["H"].z)
