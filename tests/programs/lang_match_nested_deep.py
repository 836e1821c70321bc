# match: deeply nested patterns over an AST-like structure (expression evaluator).
class Num:
    __match_args__ = ("v",)
    def __init__(self, v): self.v = v
class BinOp:
    __match_args__ = ("op", "l", "r")
    def __init__(self, op, l, r): self.op, self.l, self.r = op, l, r
class Neg:
    __match_args__ = ("e",)
    def __init__(self, e): self.e = e

def simplify(e):
    match e:
        case BinOp("+", Num(0), x) | BinOp("+", x, Num(0)):
            return simplify(x)
        case BinOp("*", Num(1), x) | BinOp("*", x, Num(1)):
            return simplify(x)
        case BinOp("*", Num(0), _) | BinOp("*", _, Num(0)):
            return Num(0)
        case Neg(Neg(x)):
            return simplify(x)
        case BinOp(op, l, r):
            return BinOp(op, simplify(l), simplify(r))
        case _:
            return e

def show(e):
    match e:
        case Num(v):
            return str(v)
        case Neg(x):
            return f"-{show(x)}"
        case BinOp(op, l, r):
            return f"({show(l)} {op} {show(r)})"

def evaluate(e):
    match e:
        case Num(v):
            return v
        case Neg(x):
            return -evaluate(x)
        case BinOp("+" | "-" as op, l, r):
            a, b = evaluate(l), evaluate(r)
            return a + b if op == "+" else a - b
        case BinOp("*", l, r):
            return evaluate(l) * evaluate(r)
        case BinOp(op, _, _):
            raise ValueError(f"unknown op {op}")

tree = BinOp("+", Num(0), BinOp("*", Num(1), Neg(Neg(BinOp("-", Num(7), Num(2))))))
print(show(tree), "=>", show(simplify(tree)), "=", evaluate(tree))
print(show(simplify(BinOp("*", Num(5), Num(0)))))
try:
    evaluate(BinOp("/", Num(1), Num(2)))
except ValueError as e:
    print("ValueError:", e)

def commands(cmd):
    match cmd:
        case {"action": "move", "to": {"x": int(x), "y": int(y)}}:
            return f"move to {x},{y}"
        case {"action": "say", "text": str(t), **extra} if not extra:
            return f"say {t!r}"
        case {"action": "say", "text": str(t), **extra}:
            return f"say {t!r} with {sorted(extra)}"
        case {"action": str(a)}:
            return f"unknown action {a}"
        case [*cmds] if all(isinstance(c, dict) for c in cmds):
            return [commands(c) for c in cmds]
        case _:
            return "invalid"
print(commands({"action": "move", "to": {"x": 1, "y": 2}}))
print(commands({"action": "move", "to": {"x": "1", "y": 2}}))
print(commands({"action": "say", "text": "hi"}))
print(commands({"action": "say", "text": "hi", "loud": True}))
print(commands([{"action": "jump"}, {"action": "say", "text": "x"}]))
print(commands(42))
