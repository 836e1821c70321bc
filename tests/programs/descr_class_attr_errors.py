# Attribute errors and dunder descriptors on classes: read-only class
# attributes without an instance dict, non-str names for type.__setattr__,
# a comparison dunder whose __get__ fails, a descriptor as __init__.

class B:
    y = 0
    __slots__ = ("z",)

b = B()
for action in ("set", "del"):
    try:
        if action == "set":
            b.y = 1
        else:
            del b.y
    except AttributeError as e:
        print("AttributeError:", e)
try:
    b.x = 1
except AttributeError as e:
    print("AttributeError:", e)
b.z = 5
print(b.z)

class A:
    pass
for name in (b"x", 1, None):
    try:
        type.__setattr__(A, name, None)
    except TypeError as e:
        print("TypeError:", e)
    try:
        setattr(A, name, None)
    except TypeError as e:
        print("TypeError:", e)

def booh(self):
    raise AttributeError("booh")

class E:
    __eq__ = property(booh)
    __lt__ = property(booh)
print(E() == E(), E() != E())
try:
    E() < E()
except TypeError as e:
    print("TypeError:", e)

class I:
    __init__ = property(booh)
try:
    I()
except AttributeError as e:
    print("AttributeError:", e)

class Init:
    def __init__(self, label):
        self.label = label
    def __get__(self, obj, owner):
        def init(*args):
            obj.args = (self.label,) + args
        return init
class J:
    __init__ = Init("via descriptor")
j = J(1, 2)
print(j.args)

class K:
    __init__ = staticmethod(lambda *a: print("static init", len(a)))
K(1, 2)

class Bad:
    __init__ = property(lambda self: lambda *a: 42)
try:
    Bad()
except TypeError as e:
    print("TypeError:", e)
