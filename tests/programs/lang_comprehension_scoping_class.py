# Comprehensions inside class bodies and methods: what names they can see.
x = "global x"
class A:
    x = "class x"
    y = [x for _ in range(1)]
    z = [x for x in ["iteration x"]]
    w = (lambda: x)()
    items = ["a", "b"]
    upper = [s.upper() for s in items]
    try:
        combos = [(s, t) for s in items for t in items]
    except NameError as e:
        combos = "NameError: " + str(e)
    def method(self):
        return [x for _ in range(1)]
print(A.y, A.z, A.w, A.upper, A.combos, A().method())

class B:
    n = 3
    vals = {i: i * i for i in range(n)}
    try:
        bad = {i: n for i in range(2)}
    except NameError as e:
        bad = "NameError: " + str(e)
    gen = list(i for i in range(n))
print(B.vals, B.bad, B.gen)

def f():
    class C:
        v = 1
        lst = [v for _ in range(1)] if False else None
        def m(self):
            return [t for t in (self.v,)]
    return C().m()
print(f())

class D:
    data = [1, 2, 3]
    total = sum(v for v in data)
    maxed = max([v for v in data])
print(D.total, D.maxed)
