# Exception objects: args, str/repr, with_traceback, attributes of builtins.
e = ValueError("msg", 42)
print(e.args, str(e), repr(e))
print(str(ValueError()), repr(ValueError()), str(ValueError("one")))
print(repr(KeyError("k")), str(KeyError("k")), str(KeyError()))
oe = OSError(2, "No such file", "name.txt")
print(oe.errno, oe.strerror, oe.filename, str(oe), type(oe).__name__)
print(type(OSError(2, "x")).__name__, isinstance(OSError(2, "x"), FileNotFoundError))
se = SyntaxError("bad", ("f.py", 3, 4, "x = = 1\n", 3, 6))
print(se.msg, se.filename, se.lineno, se.offset, repr(se.text), se.end_lineno, se.end_offset)
print(str(se))
u = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
print(u.encoding, u.object, u.start, u.end, u.reason)
print(str(u))
si = StopIteration(5)
print(si.value, StopIteration().value)
ex = SystemExit(3)
print(ex.code, SystemExit().code, SystemExit(1, 2).code)
ki = KeyboardInterrupt()
print(isinstance(ki, Exception), isinstance(ki, BaseException))
try:
    raise TypeError("with tb")
except TypeError as err:
    tb = err.__traceback__
    print(type(tb).__name__, tb.tb_lineno, tb.tb_frame.f_code.co_name)
    e2 = ValueError("x").with_traceback(tb)
    print(e2.__traceback__ is tb)
class MyError(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
m = MyError(7)
print(m.code, m.args, str(m))
class NoInit(Exception):
    pass
print(NoInit(1, 2).args)
e = Exception()
e.args = ("replaced",)
print(str(e))
print(BaseException.__mro__[-1].__name__, ZeroDivisionError.__mro__[1].__name__)
print(issubclass(ModuleNotFoundError, ImportError), issubclass(RecursionError, RuntimeError))
print(NameError(name="n").name, AttributeError(name="a", obj=1).obj)
