# del of names, attributes, subscripts, slices and tuples of targets.
x = 1
del x
try:
    x
except NameError as e:
    print("NameError:", e)

lst = list(range(10))
del lst[0]
del lst[-1]
print(lst)
del lst[1:3]
print(lst)
del lst[::2]
print(lst)

d = {"a": 1, "b": 2, "c": 3}
del d["a"], d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError:", e)

class O:
    cls_attr = 5
o = O()
o.a = 1
o.b = 2
del o.a
print(vars(o))
try:
    del o.a
except AttributeError as e:
    print("AttributeError:", e)
del O.cls_attr
print(hasattr(O, "cls_attr"))

a, b, c = 1, 2, 3
del (a, b), [c]
print([n in dir() for n in ("a", "b", "c")])

def f():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(f())

class Deleter:
    def __delitem__(self, k):
        print("delitem", k)
    def __delattr__(self, n):
        print("delattr", n)
dd = Deleter()
del dd[1:2, 3]
del dd.something

# del in loops and of loop variables
for i in range(3):
    pass
del i
print("i" in globals())

# del of a global from function
g = 7
def delg():
    global g
    del g
delg()
print("g" in globals())

try:
    del undefined_name
except NameError as e:
    print("NameError:", e)
