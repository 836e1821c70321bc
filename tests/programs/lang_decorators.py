# Decorators: on functions, methods and classes; stacking order; arguments.
def trace(fn):
    def wrapper(*a, **k):
        print("call", fn.__name__, a, k)
        return fn(*a, **k)
    wrapper.__name__ = "traced_" + fn.__name__
    return wrapper

@trace
def add(a, b):
    return a + b
print(add(1, b=2), add.__name__)

def tag(label):
    print("making tag", label)
    def deco(fn):
        print("applying tag", label)
        fn.tags = getattr(fn, "tags", []) + [label]
        return fn
    return deco

@tag("outer")
@tag("inner")
def tagged():
    pass
print(tagged.tags)

# arbitrary expressions as decorators (PEP 614)
decos = {"t": trace}
@decos["t"]
def sub(a, b):
    return a - b
print(sub(5, 3))

@(lambda f: f)
def ident():
    return "identity"
print(ident())

class Registry:
    items = []
    @classmethod
    def register(cls, obj):
        cls.items.append(obj.__name__)
        return obj
@Registry.register
class Plugin:
    pass
@Registry.register
def helper():
    pass
print(Registry.items)

def add_method(cls):
    cls.extra = lambda self: "extra!"
    return cls
@add_method
class Thing:
    pass
print(Thing().extra())

# decorator returning something that is not a function
@len
@str
def weird():
    pass
print(type(weird).__name__)

# decorator evaluation order: decorator expressions evaluate before def
def noisy(name):
    print("eval", name)
    return lambda f: (print("apply", name), f)[1]
@noisy("a")
@noisy("b")
def ordered():
    pass

class P:
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, value):
        self._v = value * 2
    @staticmethod
    def s():
        return "static"
p = P()
p.v = 4
print(p.v, P.s(), p.s())

# firstlineno of decorated function is the def line
print(add.__code__.co_firstlineno if False else ordered.__code__.co_firstlineno)
