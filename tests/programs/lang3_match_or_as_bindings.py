# match: or-patterns, as-patterns and binding rules.
def classify(v):
    match v:
        case 0 | 1 | 2 as small:
            return f"small {small}"
        case [x, 0] | [0, x]:
            return f"pair with zero, other {x}"
        case {"k": (int() | float()) as num}:
            return f"num {num!r}"
        case (str() as s) | (bytes() as s):
            return f"text {s!r}"
        case [*_, ("a" | "b") as tail]:
            return f"ends with {tail}"
        case _:
            return "other"

for v in [1, [5, 0], [0, 7], {"k": 2.5}, {"k": "no"}, "s", b"b", [1, 2, "b"], [3, "c"]]:
    print(repr(v), "->", classify(v))

# alternatives tried left to right; the first successful one binds
match (1, 2):
    case (a, 3) | (3, a) if False:
        print("unreachable")
    case (1, a) | (a, 1):
        print("a =", a)

# nested as
match [1, [2, 3]]:
    case [_, [_, _] as inner] as whole:
        print(inner, whole, inner is whole[1])

# binding rules enforced at compile time
for src in [
    "match x:\n    case a | b:\n        pass\n",
    "match x:\n    case [a] | [b]:\n        pass\n",
    "match x:\n    case [a, a]:\n        pass\n",
    "match x:\n    case {'k': a, 'j': a}:\n        pass\n",
    "match x:\n    case a as a:\n        pass\n",
    "match x:\n    case _ as _:\n        pass\n",
    "match x:\n    case 1 as y | 2:\n        pass\n",
    "match x:\n    case y:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case _:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case (1 | y) | 2:\n        pass\n",
    "match x:\n    case y | 1:\n        pass\n",
    "match x:\n    case 1 as True:\n        pass\n",
    "match x:\n    case [a, *b, *c]:\n        pass\n",
    "match x:\n    case {**rest, 'k': 1}:\n        pass\n",
    "match x:\n    case {**_}:\n        pass\n",
    "match x:\n    case C(a=1, a=2):\n        pass\n",
    "match x:\n    case C(a=1, 2):\n        pass\n",
    "match x:\n    case {'k': 1, 'k': 2}:\n        pass\n",
]:
    try:
        compile(src, "<match>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)

# capture names in or-patterns of different orders are fine
match (2, 1):
    case (x, 1) | (1, x):
        print("x =", x)

# a guard sees the bindings of the matching alternative
for val in [(1, 5), (5, 1), (9, 9)]:
    match val:
        case (1, n) | (n, 1) if n > 3:
            print(val, "guarded n =", n)
        case _:
            print(val, "no")
