# Comprehensions with several for/if clauses and their evaluation order.
print([(x, y) for x in range(3) if x != 1 for y in range(x) if y != x])
print({x + y for x in "ab" for y in "cd"} == {"ac", "ad", "bc", "bd"})
print({k: v for k, v in zip("abc", range(3)) if v})
print([[y for y in range(x)] for x in range(4)])
log = []
def it(name, seq):
    log.append("iter " + name)
    return seq
def cond(name, v):
    log.append(f"cond {name} {v}")
    return v
res = [(a, b) for a in it("outer", [1, 2]) if cond("a", a) for b in it("inner", [3]) if cond("b", b > 2)]
print(res, log)
# comprehension variable does not leak
[leak for leak in range(3)]
try:
    leak
except NameError as e:
    print("NameError:", e)
# comprehension in a function sees locals; nested comprehension sees outer comp vars
def f(n):
    return [[i * j for j in range(n)] for i in range(n)]
print(f(3))
# comprehension over dict views and mutation errors
d = {"a": 1, "b": 2}
print([k for k in d.keys()], [v for v in d.values()], [i for i in d.items()])
try:
    [d.pop(k) for k in d]
except RuntimeError as e:
    print("RuntimeError:", e)
# unpacking in comprehension targets
print([a + b for a, b in [(1, 2), (3, 4)]], [h for h, *t in ["xyz", "ab"]])
# starred expression in comprehension element
print([*range(2)] + [x for x in [*"ab", *"cd"]])
