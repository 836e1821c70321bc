# del on every kind of target and the resulting errors.
x = 1
del x
try:
    x
except NameError as e:
    print("NameError:", e)
try:
    del x
except NameError as e:
    print("NameError:", e)

def local_del():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(local_del())

def del_unbound():
    try:
        del z
    except UnboundLocalError as e:
        return str(e)
    z = 1
print(del_unbound())

d = {"a": 1, "b": 2, "c": 3}
del d["a"], d["b"]
print(d)
try:
    del d["missing"]
except KeyError as e:
    print("KeyError:", e)

l = list(range(10))
del l[0], l[-1]
print(l)
del l[::2]
print(l)
del l[1:3]
print(l)
del l[:]
print(l)

class O: pass
o = O()
o.a = 1
del o.a
try:
    del o.a
except AttributeError as e:
    print("AttributeError:", e)

# tuple/list targets in del
a, b, c = 1, 2, 3
del (a, b), [c]
print([n in globals() for n in "abc"])

# del in a loop target position and nested
data = {"k": [1, 2, 3]}
del data["k"][1]
print(data)

# del of a free variable from inner function (nonlocal)
def outer():
    v = 1
    def inner():
        nonlocal v
        del v
    inner()
    try:
        print(v)
    except NameError as e:
        print(type(e).__name__, e)
outer()

# del global from function
g = 5
def delg():
    global g
    del g
delg()
print("g" in globals())

# __delitem__ / __delattr__ hooks
class Hook:
    def __delitem__(self, k):
        print("delitem", k)
    def __delattr__(self, n):
        print("delattr", n)
h = Hook()
del h[1:2], h["x"], h.attr

# del of immutable container items
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print("TypeError:", e)
s = "str"
try:
    del s[0]
except TypeError as e:
    print("TypeError:", e)

# except-clause name is deleted at the end of the handler
try:
    raise ValueError
except ValueError as err:
    pass
try:
    err
except NameError as e:
    print("NameError:", e)
# ... even if it existed before
err = "before"
try:
    raise KeyError
except KeyError as err:
    pass
print("err" in globals())
