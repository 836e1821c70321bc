# Match binding semantics: partial bindings on failure, irrefutable rules, syntax errors.
v = 0
match 5:
    case v if v > 10:
        print("no")
    case _:
        print("v bound by capture even though guard failed:", v)

# guards see bindings and can have side effects
calls = []
def guard(n):
    calls.append(n)
    return n == 2
for i in range(4):
    match i:
        case n if guard(n):
            print("guard matched", n)
        case _:
            pass
print(calls)

errors = [
    "match x:\n    case a:\n        pass\n    case b:\n        pass\n",
    "match x:\n    case _:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case [a, a]:\n        pass\n",
    "match x:\n    case a | 1:\n        pass\n",
    "match x:\n    case (a, 1) | (b, 2):\n        pass\n",
    "match x:\n    case {'k': a, 'k': b}:\n        pass\n",
    "match x:\n    case [*a, *b]:\n        pass\n",
    "match x:\n    case {**rest, 'k': 1}:\n        pass\n",
    "match x:\n    case 1 + 1:\n        pass\n",
    "match x:\n    case f(a=1, b):\n        pass\n",
    "match x:\n    case {**_}:\n        pass\n",
    "match x:\n    case C(a=1, a=2):\n        pass\n",
]
for src in errors:
    try:
        compile(src, "<m>", "exec")
        print("compiled OK")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, "line", e.lineno)

# match is a soft keyword
match = [1, 2]
print(match[0])
case = 3
print(case)
def match_(match):
    match match:
        case 1:
            return "one"
    return "not one"
print(match_(1), match_(2))

# or-pattern alternatives bind the same names in any order
for s in [(1, 2), [2, 1]]:
    match s:
        case (1, y) | (y, 1):
            print("y =", y)

# value pattern looked up at match time
class K:
    V = 1
match 1:
    case K.V:
        print("K.V matched")
K.V = 2
match 1:
    case K.V:
        print("still")
    case _:
        print("K.V changed")

# match with no case matching does nothing
match 99:
    case 1:
        print("no")
print("fallthrough ok")

# sequence pattern consumes a generator? no: iterators are not sequences
match iter([1, 2]):
    case [a, b]:
        print("iterator matched")
    case _:
        print("iterator is not a sequence")
