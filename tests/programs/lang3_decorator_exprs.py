# Decorators: PEP 614 arbitrary expressions, evaluation and application order.
log = []
def deco(name):
    log.append("make " + name)
    def apply(fn):
        log.append("apply " + name)
        fn.tags = getattr(fn, "tags", []) + [name]
        return fn
    return apply

@deco("outer")
@deco("inner")
def f():
    pass
print(log, f.tags); log.clear()

# subscript, attribute chains, calls, lambda, walrus, conditional
registry = {"a": deco("from dict")}
class NS:
    class Sub:
        d = staticmethod(deco("attr chain"))
log.clear()
@registry["a"]
@NS.Sub.d
@(lambda fn: (log.append("lambda deco"), fn)[1])
@(chosen := deco("walrus"))
@(deco("yes") if True else deco("no"))
def g():
    pass
print(log, g.tags, chosen.__name__); log.clear()

# a decorator returning something that is not a function
@len
@str
def h():
    pass
print(type(h).__name__, h > 10)

# class decorators and method decorators mix
def add_attr(cls):
    cls.added = True
    return cls
@add_attr
class C:
    @staticmethod
    @deco("inside staticmethod")
    def s():
        return "s"
    @property
    def p(self):
        return "p"
    @p.setter
    def p(self, v):
        log.append(("set", v))
print(C.added, C.s(), C.s.tags, C().p)
c = C(); c.p = 3
print(log); log.clear()

# the decorated name is bound only after all decorators ran
def check_unbound(fn):
    log.append("name bound? " + str("late" in globals()))
    return fn
@check_unbound
def late():
    pass
print(log); log.clear()

# a failing decorator: the name stays unbound
def bad(fn):
    raise ValueError("rejected " + fn.__name__)
try:
    @bad
    def rejected():
        pass
except ValueError as e:
    print("ValueError:", e, "rejected" in globals())

# decorator expression evaluated before the function's defaults
def dflt():
    log.append("default")
    return 1
@deco("order")
def ordered(x=dflt()):
    pass
print(log); log.clear()

# __wrapped__ and functools.wraps through a chain
import functools
def wrap(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        return ("wrapped", fn(*a, **k))
    return wrapper
@wrap
@wrap
def base(x):
    "base doc"
    return x
print(base(1), base.__name__, base.__doc__, base.__wrapped__.__wrapped__(2))

# decorator syntax errors
for src in ["@\ndef f(): pass\n", "@x\n", "@x = 1\ndef f(): pass\n", "@x\nx = 1\n"]:
    try:
        compile(src, "<deco>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
