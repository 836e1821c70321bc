# PEP 448 unpacking generalizations: evaluation order, duplicates, and errors in displays and calls.
log = []
def v(x):
    log.append(x)
    return x

print([*v([1]), v(2), *v((3, 4))], log); log.clear()
print({**v({"a": 1}), v("b"): v(2), **v({"a": 3})}, log); log.clear()
print({*v({1}), v(1), *v([2, 1])}, log); log.clear()
print((*v(""), *v("ab")), log); log.clear()

# dict display: later keys win, but the first key object is kept
d = {1: "int", 1.0: "float", True: "bool"}
print(d, type(list(d)[0]).__name__)
d2 = {**{1: "a"}, **{1.0: "b"}}
print(d2, type(list(d2)[0]).__name__)

# errors: non-iterable, non-mapping, unhashable
for src in ["[*1]", "{**1}", "{**[1]}", "{*[[1]]}", "{[1]: 2}", "(*None,)", "{**{}, **None}"]:
    try:
        print(src, "->", eval(src))
    except TypeError as e:
        print(src, "-> TypeError:", e)

# unpacking a mapping subclass and a keys()/__getitem__ object into a dict display
class KG:
    def keys(self):
        return ["k1", "k2"]
    def __getitem__(self, k):
        return k[::-1]
print({**KG()})
class D(dict):
    def keys(self):
        return ["only"]
    def __getitem__(self, k):
        return "overridden"
print({**D(only=1, other=2)}, dict(**D(only=1)), {**D(only=1, other=2)} == dict(D(only=1, other=2)))

# unpacking in subscripts (3.11+) and in return/yield/for
class Idx:
    def __getitem__(self, k):
        return k
rest = (2, 3)
print(Idx()[1, *rest], Idx()[*rest])
def f():
    return *rest, 4
print(f())
for x in *rest, 9:
    print(x, end=" ")
print()

# keyword unpacking with non-string keys in calls
try:
    dict(**{1: 2})
except TypeError as e:
    print("TypeError:", e)
print(dict({1: 2}, **{"s": 3}))

# starred assignment from a dict iterates keys
first, *others = {"x": 1, "y": 2, "z": 3}
print(first, others)
