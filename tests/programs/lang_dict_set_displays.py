# dict/set/list/tuple displays: evaluation order, duplicate keys, unpacking.
order = []
def k(v):
    order.append(v)
    return v
d = {k("a"): k(1), k("b"): k(2)}
print(d, order)
order.clear()
d = {k("x"): 1, **{k("y"): 2}, k("x"): 3}
print(d, order)
print({1: "int", 1.0: "float", True: "bool"})
print({True: 1, 1: 2}, {0: "a", False: "b", 0.0: "c"})
print({1, 1.0, True}, {0, False}, len({"a", "a"}))
print([], [1], [1,], (), (1,), (1, 2,), {}, {1}, {1: 2,})
print(type(()).__name__, type((1)).__name__, type((1,)).__name__)
t = 1, 2, 3
print(t, type(t).__name__)
empty = ()
print(empty == (), len(empty))
print([*"ab", *[1]], (*"ab",), {*"aa"}, {**{}})
print([[]] * 3, [[] for _ in range(3)])
a = [[]] * 2
a[0].append(1)
print(a)
print({"k": [1, 2]}["k"][1], [[1, 2], [3]][0][-1])
try:
    {[]: 1}
except TypeError as e:
    print("TypeError:", e)
try:
    {{1}}
except TypeError as e:
    print("TypeError:", e)
