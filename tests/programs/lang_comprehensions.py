# Comprehensions and generator expressions in depth.
print([x * y for x in range(1, 4) for y in range(x)])
print([x for x in range(20) if x % 2 if x % 3])
print({k: v for k, v in enumerate("abc") if k != 1})
print({c.upper() for c in "hello"} == set("HELO"))
print([(i, j) for i in range(3) for j in range(i, 3) if (i + j) % 2 == 0])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row if v > 2])
g = (x ** 2 for x in range(5))
print(next(g), next(g), list(g), list(g))
# the first iterable is evaluated immediately, the rest lazily
def src(tag, n):
    print("evaluating", tag)
    return range(n)
gen = (a + b for a in src("outer", 2) for b in src("inner", 2))
print("created")
print(list(gen))
# generator expression as sole argument
print(sum(x for x in range(10)), sorted((x for x in "cab"), reverse=True))
# nested comprehension referencing outer loop variable in condition
print([[x for x in range(y) if x != y - 1] for y in range(4)])
# dict comprehension with duplicate keys keeps the last
print({x % 3: x for x in range(10)})
# comprehension over unpacked tuples
pairs = [(1, "one"), (2, "two")]
print({name: num for num, name in pairs})
print([a + b for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]])
# comprehension with side effects in order
out = []
[out.append(i) or i for i in range(3)]
print(out)
# async comprehension outside async function is an error
try:
    compile("[x async for x in y]", "s", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
# yield inside comprehension
try:
    compile("def f():\n    [(yield x) for x in y]\n", "s", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
print(type((x for x in [])).__name__, type([x for x in []]).__name__)
# large comprehension
print(len([i for i in range(10000) if i % 7 == 0]))
