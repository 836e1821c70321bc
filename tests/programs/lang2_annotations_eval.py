# Annotations: evaluation time and order, __annotations__ in module/class/function.
log = []
def a(name):
    log.append(name)
    return name
x: a("module x") = 1
y: a("module y")
print(__annotations__, log); log.clear()
class C:
    attr: a("class attr") = 5
    other: a("class other")
    def method(self, p: a("param p"), *args: a("varargs"), kw: a("kwonly") = 1, **kws: a("kwargs")) -> a("return"):
        local: a("local annotation never evaluated") = 3
        return local
print(log); log.clear()
print(C.__annotations__)
print(C.method.__annotations__)
print(C().method(1))
print(log)
# annotations of targets that are not simple names are evaluated but not stored
class D:
    d = {}
    d["k"]: a("subscript ann") = 1
    (paren): a("paren ann") = 2
print(D.__annotations__, log); log.clear()
# function without annotations
def plain(): pass
print(plain.__annotations__)
# annotation with walrus/lambda
def w(p: (q := int)) -> (lambda: 0): pass
print(w.__annotations__["p"], q)
# annotations are stored under mangled names
class M:
    __private: int
print(M.__annotations__)
# annotated assignment in a function makes the name local
g = "global"
def f():
    try:
        print(g)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    g: str = "local"
f()
# annotation-only in function body does not create a local binding value
def h():
    z: int
    try:
        return z
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(h())
