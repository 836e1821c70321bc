# match: as-patterns, nested group patterns, subject evaluation, soft keywords.
match = 1
case = 2
_ = 3
print(match, case, _)

def f(cmd):
    match cmd.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["pick", "up", *items] if items:
            return f"picking {', '.join(items)}"
        case ["drop", item] | ["put", "down", item]:
            return f"dropping {item}"
        case [("look" | "l")]:
            return "looking"
        case [verb, *_] as whole:
            return f"unknown {verb} ({len(whole)} words)"
        case []:
            return "empty"

for c in ("go north", "go up", "pick up a b", "pick up", "drop x", "put down y", "l", ""):
    print(repr(c), "->", f(c))

# subject evaluated once
calls = 0
def subj():
    global calls
    calls += 1
    return (1, 2)
match subj():
    case (1, 3):
        pass
    case (1, 2):
        print("matched after", calls, "call")

# match on tuple subject without parentheses
match 1, 2:
    case (a, b):
        print("tuple subject", a, b)

# irrefutable pattern must be last
try:
    compile("match x:\n    case y:\n        pass\n    case 1:\n        pass\n", "s", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    compile("match x:\n    case a | b:\n        pass\n", "s", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    compile("match x:\n    case [a, a]:\n        pass\n", "s", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    compile("match x:\n    case (a, b) | (a,):\n        pass\n", "s", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)

# no case matches: nothing happens, names from failed patterns may be bound
match [1, 2]:
    case [x, 9]:
        pass
print("after no match")

# match in a loop with break/continue
for v in range(5):
    match v:
        case 1:
            continue
        case 3:
            break
    print("v", v)

# wildcard in class pattern kwargs and in mapping values
match {"a": [1, 2]}:
    case {"a": [_, *_]}:
        print("nested wildcards")
