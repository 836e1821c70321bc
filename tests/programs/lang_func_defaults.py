# Default arguments: evaluated once, mutable defaults, __defaults__.
def f(a, b=2, c=[]):
    c.append(a)
    return a, b, c
print(f(1))
print(f(2, 3))
print(f(3, c=[]))
print(f.__defaults__)

counter = 0
def make_default():
    global counter
    counter += 1
    return counter
def g(x=make_default()):
    return x
print(g(), g(), counter)

def h(a, b=1, *, c, d=4):
    return a, b, c, d
print(h(0, c=3))
print(h.__defaults__, h.__kwdefaults__)
h.__defaults__ = (100,)
h.__kwdefaults__ = {"c": "C", "d": "D"}
print(h(0))

def k(x=None):
    if x is None:
        x = []
    x.append(1)
    return x
print(k(), k())

# defaults referencing earlier names in enclosing scope
def outer():
    val = 5
    def inner(v=val):
        return v
    val = 6
    return inner()
print(outer())

# lambda defaults
lams = [lambda n=n: n * n for n in range(4)]
print([l() for l in lams])

try:
    exec("def bad(a=1, b): pass")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
