# Binary operator dispatch: reflected methods, subclass priority, NotImplemented.
log = []
class A:
    def __add__(self, o):
        log.append("A.__add__")
        return NotImplemented
    def __radd__(self, o):
        log.append("A.__radd__")
        return "A.radd"
class B:
    def __add__(self, o):
        log.append("B.__add__")
        return NotImplemented
    def __radd__(self, o):
        log.append("B.__radd__")
        return "B.radd"
print(A() + B(), log); log.clear()
class SubA(A):
    def __radd__(self, o):
        log.append("SubA.__radd__")
        return "SubA.radd"
print(A() + SubA(), log); log.clear()
try:
    B() + 1
except TypeError as e:
    print("TypeError:", e, log); log.clear()

# same type: reflected not tried
class Same:
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return "never"
try:
    Same() + Same()
except TypeError as e:
    print("TypeError:", e)

# all operators with their reflected names
class Rec:
    def __init__(self, n): self.n = n
ops = ["add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "xor", "or"]
for op in ops:
    setattr(Rec, f"__r{op}__", lambda self, o, op=op: f"r{op}({o})")
symbols = ["+", "-", "*", "@", "/", "//", "%", "**", "<<", ">>", "&", "^", "|"]
for s in symbols:
    print(s, eval(f"3 {s} Rec(0)"))

# unary operators
class U:
    def __neg__(self): return "neg"
    def __pos__(self): return "pos"
    def __invert__(self): return "inv"
    def __abs__(self): return "abs"
print(-U(), +U(), ~U(), abs(U()))
for expr in ["-'s'", "~1.5", "+[]"]:
    try:
        eval(expr)
    except TypeError as e:
        print("TypeError:", e)

# divmod and pow with three args
class D:
    def __divmod__(self, o): return ("divmod", o)
    def __rdivmod__(self, o): return ("rdivmod", o)
    def __pow__(self, o, m=None): return ("pow", o, m)
    def __rpow__(self, o, m=None): return ("rpow", o, m)
print(divmod(D(), 2), divmod(2, D()), pow(D(), 2, 5), 2 ** D(), pow(2, D()))
try:
    pow(2, D(), 5)
except TypeError as e:
    print("TypeError:", e)

# error messages name both operand types
for expr in ["[] + 1", "1 - 'a'", "{} * 2", "None @ None", "'a' ** 2", "() < 1"]:
    try:
        eval(expr)
    except TypeError as e:
        print("TypeError:", e)
