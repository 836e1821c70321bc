# Annotated assignments: what is stored, what is evaluated, in which scope.
log = []
def ann(tag):
    log.append(tag)
    return tag

x: ann("module simple") = 1
y: ann("module no value")
(z): ann("module parenthesized") = 3
class Obj: pass
o = Obj()
o.attr: ann("module attribute") = 4
d = {}
d["k"]: ann("module subscript") = 5
print(log)
print(__annotations__)
print(x, z, o.attr, d, "y" in globals())
log.clear()

class C:
    a: ann("class a") = 1
    b: ann("class b")
    (c): int = 3
    self_ref: "C"
    log.append(("inside", sorted(__annotations__)))
print(log)
print(C.__annotations__, hasattr(C, "b"), C.c)
log.clear()

def func():
    local: ann("function annotation") = 1
    other: int
    return local, func.__code__.co_varnames
print(func(), log)  # annotations for locals are never evaluated
log.clear()

# a function-level annotated name without value is still local
def shadow():
    print_later: int
    try:
        return print_later
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(shadow())

# annotated assignment with a tuple value needs no parentheses on 3.8+
t: tuple = 1, 2
print(t)

# annotations of targets that are not simple names are not stored
class D:
    (p): int = 1
    q.attr if False else None
print(D.__annotations__)

# a syntax error: only single targets can be annotated
for src in ["a, b: int = 1, 2", "[a]: int", "a: int += 1", "f(): int", "(yield): int"]:
    try:
        compile(src, "<ann>", "exec")
        print("compiled", src)
    except SyntaxError as e:
        print(repr(src), "->", e.msg)

# the module's __annotations__ is an ordinary dict that can be mutated
__annotations__["extra"] = str
print(list(__annotations__))
