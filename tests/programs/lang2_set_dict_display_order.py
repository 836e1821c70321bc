# Dict and set displays: duplicate keys, evaluation order, unpacking.
d = {"a": 1, "b": 2, "a": 3}
print(d)
d = {1: "int", 1.0: "float", True: "bool"}
print(d)
log = []
def k(v):
    log.append(v)
    return v
{k("k1"): k("v1"), **{k("k2"): k("v2")}, k("k3"): k("v3")}
print(log); log.clear()
{k(1), k(2), *[k(3)]}
print(log); log.clear()
print({**{"x": 1}, "x": 2}, {"x": 2, **{"x": 1}})
print({*"ab", *"bc"} == {"a", "b", "c"})
print(sorted({1, 1.0, True}), len({0, 0.0, False, -0.0}))
s = {(1, 2), (1, 2)}
print(s)
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
try:
    {{1}}
except TypeError as e:
    print("TypeError:", e)
print(dict(a=1, **{"b": 2}), dict([("c", 3)], d=4), dict({"e": 5}))
print({}.__class__.__name__, set().__class__.__name__, type({*()}).__name__)
