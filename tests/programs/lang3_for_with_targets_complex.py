# for/with/comprehension targets that are attributes, subscripts, slices and nested mixes.
class NS:
    pass
ns = NS()
d = {}
lst = [0, 0, 0]
for ns.attr in range(3):
    pass
print(ns.attr)
for d["key"], lst[1] in [(1, 2), (3, 4)]:
    pass
print(d, lst)
for lst[0:2] in [[7, 8], "ab"]:
    pass
print(lst)
for (ns.a, [ns.b, *ns.rest]) in [(1, [2, 3, 4])]:
    pass
print(ns.a, ns.b, ns.rest)

# target evaluation order per iteration
log = []
class Tracker:
    def __setitem__(self, k, v):
        log.append(("set", k, v))
def key(k):
    log.append(("key", k))
    return k
t = Tracker()
for t[key("a")], t[key("b")] in [(1, 2)]:
    pass
print(log); log.clear()

# comprehension targets can only be names/tuples/lists (no attributes)
for src in ["[x for ns.attr in y]", "[x for d['k'] in y]", "[x for (a, b) in y]", "[x for [a, *b] in y]",
            "[x for a.b, c in y]", "for f() in x: pass", "for 1 in x: pass", "for (a, 1) in x: pass",
            "with x as f(): pass", "with x as (a, b.c, d[0]): pass", "for a, in x: pass"]:
    try:
        compile(src, "<t>", "exec")
        print("compiled:", src)
    except SyntaxError as e:
        print(repr(src), "->", e.msg)

# with targets that are attributes and subscripts
import contextlib
@contextlib.contextmanager
def cm(v):
    yield v
with cm(5) as ns.with_attr, cm([1, 2]) as (d["w1"], d["w2"]):
    pass
print(ns.with_attr, d)

# augmented assignment on various targets inside loops
counts = {"a": 0}
class Obj:
    n = 0
o = Obj()
for _ in range(3):
    counts["a"] += 1
    o.n += 2
    lst[-1] -= 1
print(counts, o.n, Obj.n, lst)

# loop variable that is a global/nonlocal
g_loop = None
def set_global():
    global g_loop
    for g_loop in "xyz":
        pass
set_global()
print(g_loop)
def outer():
    v = None
    def inner():
        nonlocal v
        for v in range(4):
            pass
    inner()
    return v
print(outer())

# unpacking errors in for targets report the iteration's value shape
try:
    for a, b in [(1, 2), (3,)]:
        pass
except ValueError as e:
    print("ValueError:", e, a, b)
try:
    for a, b in [1]:
        pass
except TypeError as e:
    print("TypeError:", e)
