# match binds capture names only when the whole pattern (before the guard) succeeds.
def probe(subject):
    match subject:
        case [a, 1, *rest]:
            outcome = "first"
        case {"k": b, "must": 2}:
            outcome = "second"
        case (c, [_, 99]) as whole:
            outcome = "third"
        case _:
            outcome = "none"
    names = locals()
    bound = sorted(n for n in ("a", "b", "c", "rest", "whole") if n in names)
    return outcome, bound

for subj in [[5, 1, 2], [5, 2, 3], {"k": 1, "must": 2}, {"k": 1, "must": 3}, (7, [0, 99]), (7, [0, 98]), "x"]:
    print(repr(subj), probe(subj))

# inside a function the names stay unbound when their case failed
def local_probe(v):
    match v:
        case (x, 0):
            return "zero", x
        case _:
            pass
    try:
        return "fallthrough", x
    except UnboundLocalError:
        return "fallthrough", "x unbound"
print(local_probe((3, 0)), local_probe((3, 1)))

# an earlier binding of the same name is not clobbered by a failing case
y = "before"
match (1, 2):
    case (y, 3):
        pass
    case _:
        print("y is still", y)

# or-patterns: each alternative's captures, in any order, end up bound correctly
def alt(v):
    match v:
        case (p, q, 0) | (0, q, p) | [q, p]:
            return p, q
    return None
print(alt((1, 2, 0)), alt((0, 2, 1)), alt([5, 6]), alt((9, 9, 9)))

# or-pattern nested in a sequence with captures before and after
def nested(v):
    match v:
        case [first, (1, m) | (m, 1), last]:
            return first, m, last
        case _:
            return "no"
print(nested([1, (1, 5), 3]), nested([1, (6, 1), 3]), nested([1, (2, 2), 3]))

# as-patterns around or-patterns and class patterns
class Pt:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
def cls(v):
    match v:
        case Pt(x=0 | 1 as small, y=yy) as point:
            return "small", small, yy, type(point).__name__
        case Pt(xx, Pt(inner, _)):
            return "nested", xx, inner
        case _:
            return "other"
print(cls(Pt(1, 2)), cls(Pt(5, Pt(6, 7))), cls(Pt(5, 6)))

# mapping rest with captures, and a failing later key
def mp(v):
    match v:
        case {"a": va, "b": 2, **others}:
            return va, others
        case {"a": va2, **others2}:
            return "second", va2, others2
print(mp({"a": 1, "b": 2, "c": 3}), mp({"a": 1, "b": 3}))

# a guard runs after the captures are stored; when it fails they remain bound
match [4, 5]:
    case [g1, g2] if g1 > g2:
        pass
    case _:
        print("guard failed, g1/g2 bound:", g1, g2)

# class body: captures become attributes only on success
class Body:
    match (1, 2):
        case (one, 3):
            pass
        case (uno, dos):
            pass
print(hasattr(Body, "one"), Body.uno, Body.dos, [k for k in Body.__dict__ if k in ("uno", "dos")])
