# Exception objects: args, str/repr forms, custom __init__, attributes of builtins.
for e in [Exception(), Exception("one"), Exception("a", 2), ValueError(None), KeyError("k"), KeyError("a", "b")]:
    print(repr(e), "|", str(e), "|", e.args)
class Custom(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
c = Custom(404, "not found")
print(repr(c), str(c), c.args, c.code)
class NoSuper(Exception):
    def __init__(self, x):
        self.x = x
n = NoSuper(5)
print(repr(n), n.args)
e = OSError(2, "No such file", "path.txt")
print(e.errno, e.strerror, e.filename, str(e), type(e).__name__)
print(type(OSError(2, "x")).__name__, type(IOError()).__name__ if IOError is OSError else "diff")
print(FileNotFoundError(2, "nf").errno, isinstance(OSError(2, "x"), FileNotFoundError))
u = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
print(str(u), u.start, u.end, u.reason)
s = SyntaxError("msg", ("file.py", 3, 5, "bad line\n", 3, 8))
print(s.msg, s.filename, s.lineno, s.offset, s.text, s.end_lineno, s.end_offset, str(s))
si = StopIteration(1, 2)
print(si.value, si.args)
se = SystemExit(3)
print(se.code, SystemExit().code, SystemExit(1, 2).code)
ki = KeyError()
print(str(ki), repr(ki))
# args assignment converts to tuple
e = Exception()
e.args = [1, 2]
print(e.args, str(e))
# with_traceback returns self
e2 = ValueError("v")
print(e2.with_traceback(None) is e2)
# exceptions are not iterable and not subscriptable
try:
    Exception(1, 2)[0]
except TypeError as err:
    print("TypeError:", err)
# BaseException subclasses
print([c.__name__ for c in (KeyboardInterrupt, SystemExit, GeneratorExit) if not issubclass(c, Exception)])
print(ImportError("m", name="mod", path="/p").name, ModuleNotFoundError.__mro__[1].__name__)
print(NameError("n", name="x").name, AttributeError("a", name="y", obj=3).obj)
try:
    ImportError(bogus=1)
except TypeError as err:
    print("TypeError:", err)
