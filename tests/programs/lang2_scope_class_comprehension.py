# Class-body names are not visible inside comprehensions (except the first iterable).
x = "global"

class A:
    x = "class"
    items = [1, 2, 3]
    # the outermost iterable is evaluated in the class scope
    doubled = [i * 2 for i in items]
    # inner names resolve to globals, not class attributes
    seen = [x for _ in range(2)]
    try:
        bad = [items for _ in range(1)]
    except NameError as e:
        err = str(e)
    nested = [[j for j in range(i)] for i in range(3)]
    gen_first = list(c for c in items)

print(A.doubled)
print(A.seen)
print(A.err)
print(A.nested)
print(A.gen_first)

def f():
    y = 10
    class B:
        y = 20
        vals = [y for _ in range(2)]   # sees f's y (closure), not class y
        direct = y
    return B

B = f()
print(B.vals, B.direct)

def g():
    z = 1
    class C:
        nonlocal_z = [z + k for k in range(3)]
        z = 5
        after = z
    return C
C = g()
print(C.nonlocal_z, C.after)

# lambda in class body also skips the class scope
class D:
    v = 3
    f = lambda: v
try:
    D.f()
except NameError as e:
    print("lambda:", e)

# class-level comprehension with condition on the class iterable
class E:
    data = range(10)
    evens = {n for n in data if n % 2 == 0}
    m = {k: k * k for k in data if k < 4}
print(sorted(E.evens), E.m)
