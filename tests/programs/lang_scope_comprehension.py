# Comprehension scoping (PEP 709 inlining must keep the semantics).
x = "outer"
r = [x for x in range(3)]
print(r, x)

def f():
    y = 10
    lst = [y + i for i in range(3)]
    return lst, [lambda: i for i in range(3)][0]()

print(f())

def g():
    # the iteration variable does not leak
    [z for z in range(2)]
    try:
        return z
    except NameError as e:
        return "NameError: " + str(e)
print(g())

def h():
    # inner comprehension sees outer comprehension var
    return [[(i, j) for j in range(i)] for i in range(3)]
print(h())

def k():
    # locals() inside a comprehension in a function includes enclosing locals
    a = 1
    return [sorted(locals()) for _ in range(1)][0]
print(k())

def walrus():
    data = [1, 5, 2, 8]
    if any((big := v) > 4 for v in data):
        return big
print(walrus())

def walrus_list():
    [last := n for n in range(5)]
    return last
print(walrus_list())

def cell_in_comp():
    fns = [lambda: n for n in range(3)]
    return [fn() for fn in fns]
print(cell_in_comp())

def shadows_param(n):
    return [n for n in range(n)], n
print(shadows_param(3))

gen = (i * i for i in range(4))
print(type(gen).__name__, list(gen))
s = {c for c in "abca"}
print(sorted(s))
d = {k: v for k, v in zip("ab", (1, 2))}
print(d)

# first iterable is evaluated in enclosing scope
class C:
    n = 4
    vals = [i for i in range(n)]
print(C.vals)
