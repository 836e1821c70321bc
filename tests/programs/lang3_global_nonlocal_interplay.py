# global and nonlocal across nested functions, classes, comprehensions and exec.
x = "global x"
def outer():
    x = "outer x"
    def uses_global():
        global x
        return x
    def uses_nonlocal():
        nonlocal x
        x = "changed by inner"
        return x
    def plain():
        return x
    return uses_global(), uses_nonlocal(), plain(), x
print(outer(), x)

# a global declaration in a nested function does not affect the enclosing one
def enclosing():
    y = "local y"
    def inner():
        global y
        y = "global y set"
    inner()
    return y
print(enclosing(), y)

# nonlocal skips class scopes
def with_class():
    v = "function v"
    class C:
        v = "class v"
        def m(self):
            return v
        def setter(self):
            nonlocal v
            v = "set through method"
    C().setter()
    return C().m(), C.v, v
print(with_class())

# global in a class body
class G:
    global made_in_class
    made_in_class = "from class body"
    local_attr = 1
print(made_in_class, hasattr(G, "made_in_class"))

# global inside a comprehension's function via a nested def
def comp_global():
    global total
    total = 0
    def add(v):
        global total
        total += v
    [add(i) for i in range(5)]
    return total
print(comp_global())

# exec with a global statement writes to the exec globals
ns = {"counter": 1}
exec("def bump():\n    global counter\n    counter += 10\nbump()", ns)
print(ns["counter"])

# nonlocal through several levels, the nearest binding wins
def a():
    n = "a"
    def b():
        n = "b"
        def c():
            nonlocal n
            n += "+c"
        c()
        return n
    return b(), n
print(a())

# global declared but never assigned: reads the module value, or NameError
def read_only():
    global never_set
    try:
        return never_set
    except NameError as e:
        return "NameError: " + str(e)
print(read_only())

# del of a global from a function and re-creation
tmp = 1
def del_global():
    global tmp
    del tmp
def make_global():
    global tmp
    tmp = "recreated"
del_global()
print("tmp" in globals())
make_global()
print(tmp)

# a name that is global in one method and local in another
class K:
    def g(self):
        global shared
        shared = "global shared"
    def l(self):
        shared = "local shared"
        return shared
k = K()
k.g()
print(k.l(), shared)

# globals() identity inside functions and lambdas
print(outer.__globals__ is globals(), (lambda: globals())() is globals())
