# Default values: evaluated once, shared, replaceable through __defaults__.
def append_to(x, acc=[]):
    acc.append(x)
    return acc
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
print(append_to.__defaults__)

# rebinding __defaults__ and __kwdefaults__ at run time
def f(a, b=1, *, c=2):
    return a, b, c
f.__defaults__ = (10,)
f.__kwdefaults__ = {"c": 20}
print(f(0))
f.__defaults__ = (100, 200)
print(f())
f.__defaults__ = None
try:
    f()
except TypeError as e:
    print("TypeError:", e)
f.__kwdefaults__ = None
try:
    f(1)
except TypeError as e:
    print("TypeError:", e)
try:
    f.__defaults__ = [1]
except TypeError as e:
    print("TypeError:", e)
try:
    f.__kwdefaults__ = (1,)
except TypeError as e:
    print("TypeError:", e)

# defaults capture values, closures capture variables
funcs_default = [lambda i=i: i for i in range(3)]
funcs_closure = [lambda: i for i in range(3)]
print([g() for g in funcs_default], [g() for g in funcs_closure])

# default evaluated in the enclosing scope at def time, including class bodies
class C:
    size = 5
    def method(self, n=size):
        return n
    size = 6
print(C().method(), C.size)

# a default that raises prevents the def from happening
def boom():
    raise RuntimeError("default failed")
try:
    def never(x=boom()):
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
print("never" in globals())

# None as sentinel pattern vs. mutable default
def safe(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc
print(safe(1), safe(2))

# keyword-only default dict is shared too
def kwshared(*, seen={}):
    seen[len(seen)] = True
    return len(seen)
print(kwshared(), kwshared(), kwshared(seen={}))

# defaults and positional-only parameters interplay
def po(a=1, b=2, /, c=3):
    return a, b, c
print(po(), po(9), po(c=7), po.__defaults__)

# __defaults__ on a lambda and on a bound method
lam = lambda x=1, y=2: x + y
print(lam.__defaults__, C().method.__defaults__)
try:
    C().method.__defaults__ = (1,)
except AttributeError as e:
    print("AttributeError:", e)
