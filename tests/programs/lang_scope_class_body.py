# Class bodies: names are not visible to methods; comprehensions in class
# bodies see only the iterable's outermost expression.
x = "global x"

class A:
    x = "class x"
    def method(self):
        return x
    y = [x for _ in range(1)]
    z = x

print(A().method())
print(A.y, A.z)

def f():
    x = "local x"
    class B:
        print("in B, x is", x)
        x = "B x"
        print("after assign", x)
        def m(self):
            return x
    return B

B = f()
print(B().m(), B.x)

def g():
    v = "free v"
    class C:
        w = v
        def m(self):
            return v
    return C

C = g()
print(C.w, C().m())

# class body: local names resolved in class dict first, then globals
class D:
    len = lambda self: "shadowed"
    n = len("abc") if False else 3
print(D.n, D().len())

class E:
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]
    pairs = [(i, j) for i in items for j in range(2)]
    try:
        bad = [i + len(items) for i in items]
    except NameError as e:
        bad = str(e)
print(E.doubled, E.pairs, E.bad)
