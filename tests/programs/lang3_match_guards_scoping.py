# match: guards, capture binding visibility, evaluation order and subject evaluation.
log = []
def subject():
    log.append("subject evaluated")
    return {"kind": "point", "x": 1, "y": 2}

match subject():
    case {"kind": "circle"}:
        pass
    case {"kind": "point", "x": x, "y": y} if log.append(f"guard x={x}") or x > 5:
        print("big point")
    case {"kind": "point", "x": x, "y": y} if log.append(f"guard2 y={y}") is None:
        print("point", x, y)
print(log); log.clear()

# captures from a case whose guard failed remain bound (names assigned before the guard)
match [10, 20]:
    case [a, b] if a > 100:
        print("no")
    case _:
        print("after failed guard: a =", a, "b =", b)

# captures from a failed sub-pattern: CPython binds only after the whole pattern succeeds
def partial():
    match (1, 2):
        case (p, 3):
            return "matched"
        case _:
            pass
    try:
        return p
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(partial())

# a guard can use the walrus and its binding survives
match 7:
    case n if (doubled := n * 2) > 10:
        print("doubled", doubled)

# guards with side effects run once per candidate case, in order
count = 0
def tick():
    global count
    count += 1
    return False
match 1:
    case 1 if tick():
        pass
    case 1 if tick():
        pass
    case 1:
        print("ticks:", count)

# the subject is evaluated once even if several cases are tried
calls = 0
def subj():
    global calls
    calls += 1
    return [1, 2, 3]
match subj():
    case [1]:
        pass
    case [1, 2]:
        pass
    case [1, 2, 3]:
        print("matched third, subject calls:", calls)

# match inside a function: captures are locals; inside a class body: class attributes
def in_func(v):
    match v:
        case [first, *others]:
            return sorted(k for k in locals() if k != "v")
print(in_func([1, 2]))
class InClass:
    match (3, 4):
        case (cx, cy):
            pass
print(InClass.cx, InClass.cy)

# a guard raising propagates, the match is abandoned
try:
    match 1:
        case 1 if 1 / 0:
            pass
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

# match as a soft keyword: 'match' and 'case' usable as names
match = [1, 2]
case = "c"
print(match, case)
match match:
    case [m, *_]:
        print("m =", m)
def match(x):
    return x
print(match(5))

# tuple subjects without parentheses; star subject
match 1, 2:
    case (1, z):
        print("z =", z)
rest = [3, 4]
match 1, *rest:
    case [1, *tail]:
        print("tail", tail)
