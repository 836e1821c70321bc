# Starred expressions in every allowed context, and where they are rejected.
a = [1, 2]
b = (3,)
print([*a, *b], (*a, *b), {*a, *b} == {1, 2, 3}, [*a])
print(*a, *b, sep="-")
t = *a, *b
print(t)
def f(*args): return args
print(f(*a, 0, *b, *"xy"))
for x in *a, *b:
    print(x, end=" ")
print()
def g():
    return *a, 9
print(g())
def h():
    yield *a, 8
print(list(h()))
print([*range(3)][::-1], [*{"k": 1}], [*{"k": 1}.items()])
print(f"{[*a]}")
d = {"k": [*a]}
print(d)
for src in ["*a", "print(*)", "x = *a", "[*a] = 1, 2", "del *a", "*a += 1", "(*a)", "f(**a, *b)"]:
    try:
        compile(src, "<s>", "exec")
        print("compiles:", src)
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
x = *a,
print(x)
subscripted = {(1, 2): "tuple key"}
print(subscripted[*a])
