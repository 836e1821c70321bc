# Data model and exception details: __getattribute__/__setattr__/__delattr__, __prepare__, __init_subclass__, super forms, OSError subclasses by errno, Unicode error fields, bool hashing.
print(P := 5) if False else None
import sys
d = {"a": 1, "b": 2}
print(d.keys() & {"a"}, sorted(d.keys() | {"c"}), d.items() - {("a", 1)}, list(reversed(d.items())), d.keys() == {"a", "b"})
try:
    for k in d: d["z"] = 1
except RuntimeError as e: print(e)
l = [3, 1, 2]
try:
    l.sort(key=lambda x: l.append(1) or x)
except ValueError as e: print(e)
print(sorted([(1, "b"), (1, "a"), (0, "c")]), sorted("bca", key=None), [1, 2] < [1, 3], (1, 2) == (1, 2.0))
print(type.__new__(type, "X", (), {}).__name__, type("Y", (int,), {})(5) + 1)
class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases): print("prepare", name); return {"injected": 1}
class W(metaclass=Meta): pass
print(W.injected)
class A:
    def __getattribute__(self, n):
        if n == "magic": return 42
        return object.__getattribute__(self, n)
    def __setattr__(self, n, v): object.__setattr__(self, n, v * 2)
    def __delattr__(self, n): print("delattr", n)
a = A(); a.x = 3; print(a.magic, a.x); del a.x
class B:
    def __init_subclass__(cls, /, tag=None, **kw):
        super().__init_subclass__(**kw); cls.tag = tag
class C(B, tag="t"): pass
print(C.tag)
class Base:
    def f(self): return "base"
class Mid(Base):
    def f(self): return "mid+" + super().f()
class Leaf(Mid):
    def f(self): return "leaf+" + super(Mid, self).f()
print(Leaf().f(), Leaf.__mro__[1].__name__)
class E1(Exception):
    def __init__(self, a, b): super().__init__(a); self.b = b
e = E1(1, 2); print(e.args, e.b, repr(e), str(KeyError("k")), repr(KeyError("k")))
try:
    raise ValueError("x") from KeyError("y")
except ValueError as e: print(repr(e.__cause__), e.__suppress_context__)
e = Exception("m"); e.add_note("n1"); print(e.__notes__)
print(OSError(2, "No such file").__class__.__name__, FileNotFoundError.__mro__[1].__name__)
print(StopIteration(5).value, SyntaxError("m", ("f", 1, 2, "t", 1, 3)).offset)
try:
    b"\xff".decode()
except UnicodeDecodeError as e: print(e.encoding, e.start, e.end, e.reason)
print(isinstance(True, int), True + True, bool.__mro__, int(True), hash(True), ~True)
for args in [(2, "No such file or directory"), (2, "No such file", "f.txt"), (13, "Permission denied", "a", None, "b"), (999, "odd"), ("x",), (), (11, "again"), (32, "pipe")]:
    e = OSError(*args)
    print(type(e).__name__, e.args, e.errno, e.strerror, e.filename, e.filename2, str(e))
print(FileNotFoundError(2, "x").errno, isinstance(FileNotFoundError(), OSError), ConnectionError.__mro__[1].__name__, IOError is OSError, EnvironmentError is OSError)
print(issubclass(BrokenPipeError, ConnectionError), TimeoutError.__bases__, issubclass(ResourceWarning, Warning), EncodingWarning.__mro__[1].__name__)
for f in (lambda: b"\xff".decode(), lambda: b"a\xc3(".decode("utf-8"), lambda: b"\x80".decode("ascii"), lambda: "é".encode("ascii"), lambda: "aéé☃".encode("latin-1"), lambda: "xé".encode("ascii")):
    try:
        f()
    except UnicodeError as e:
        print(type(e).__name__, e.encoding, repr(e.object), e.start, e.end, e.reason, "|", e)
try:
    raise FileExistsError(17, "File exists", "/tmp")
except OSError as e:
    print(repr(e), e)
print(len({1, True}), {1: 0}.get(True), hash(True), hash(False), {True: 1, 1: 2}, {0, False, 0.0})
class B0: pass
try:
    class C0(B0, tag=1): pass
except TypeError as e:
    print(e)
