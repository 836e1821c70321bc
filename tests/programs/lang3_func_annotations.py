# Function annotations: every parameter kind, evaluation order and time.
order = []
def a(tag):
    order.append(tag)
    return tag

def f(p: a("p"), /, q: a("q") = 1, *args: a("args"), k: a("k"), **kw: a("kw")) -> a("ret"):
    pass
print(order)
print(f.__annotations__)
order.clear()

lam_sig = lambda x: x
print(lam_sig.__annotations__)

# string annotations stay strings, no evaluation
def g(x: "undefined_name", y: "List[int]" = None) -> "Nope":
    pass
print(g.__annotations__)

# annotations on methods referencing the class name later
class Node:
    def link(self, other: "Node") -> "Node":
        return other
print(Node.link.__annotations__)

# a name error in an annotation is raised at def time
try:
    def h(x: missing_name):
        pass
except NameError as e:
    print("NameError:", e)

# __annotations__ is writable and deletable
def w(x: int): pass
w.__annotations__ = {"new": str}
print(w.__annotations__)
del w.__annotations__
print(w.__annotations__)
try:
    w.__annotations__ = 5
except TypeError as e:
    print("TypeError:", e)

# annotations of nested functions use enclosing-scope values at def time
def factory(kind):
    def inner(v: kind) -> list[kind]:
        return v
    return inner
print(factory(int).__annotations__, factory(str).__annotations__["return"])

# star-annotated *args (PEP 646 syntax)
def star(*args: *tuple[int, str]):
    pass
print(star.__annotations__)

# annotations of async functions and generators
async def co(x: bytes) -> None:
    pass
def gen(y: float) -> "Iterator":
    yield y
print(co.__annotations__, gen.__annotations__)
co(b"").close()

# class body annotations vs. method annotations
class Data:
    field: int = 0
    def m(self, v: field.__class__):
        return v
print(Data.__annotations__, Data.m.__annotations__)

# the order of keys follows the parameters, return last
def ordered(z: 1, y: 2, *, x: 3) -> 4:
    pass
print(list(ordered.__annotations__))
