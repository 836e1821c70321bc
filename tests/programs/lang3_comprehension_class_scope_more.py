# Comprehensions in class bodies (3.13): which names they see and bind.
class A:
    base = [1, 2, 3]
    factor = 10
    doubled = [x * 2 for x in base]
    try:
        scaled = [x * factor for x in base]
    except NameError as e:
        scaled = str(e)
    nested = [[y for y in range(x)] for x in base]
    cond = [x for x in base if x > 1]
    setc = {x % 2 for x in base}
    dictc = {x: x * x for x in base}
    gen_first = list(x for x in base)
print(A.doubled, A.scaled, A.nested, A.cond, A.setc, A.dictc, A.gen_first)

# the iteration variable does not become a class attribute
print(hasattr(A, "x"), [k for k in vars(A) if k in ("x", "y")])

# a name bound in the class and also in an enclosing function: the comprehension sees the function's
def outer():
    shared = "function"
    class B:
        shared = "class"
        seen = [shared for _ in range(1)]
        seen_direct = shared
    return B.seen, B.seen_direct
print(outer())

# lambdas and comprehensions combined in class scope
class C:
    items = ["a", "bb"]
    lengths = list(map(lambda s: len(s), items))
    pairs = [(i, s) for i, s in enumerate(items)]
print(C.lengths, C.pairs)

# comprehension using __class__ or super inside a method in a class
class D(dict):
    def keys_upper(self):
        return [k.upper() for k in super().keys()]
    def cls_name(self):
        return [__class__.__name__ for _ in range(1)]
d = D(a=1, b=2)
print(d.keys_upper(), d.cls_name())

# class-level comprehension with a walrus is a SyntaxError, in a method it is fine
try:
    exec("class E:\n    vals = [(w := i) for i in range(3)]\n")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
class F:
    def m(self):
        [(w := i) for i in range(3)]
        return w
print(F().m())

# type parameter scopes see class names in comprehensions of annotations? (default evaluation)
class G:
    alias_base = int
    def method[T: alias_base](self) -> list[T]:
        return []
print(G.method.__type_params__[0].__bound__, G.method.__annotations__)
