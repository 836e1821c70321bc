# Exception notes, args, str/repr, __traceback__ manipulation, with_traceback, and BaseException subclasses.
e = ValueError("msg", 2)
print(e.args, str(e), repr(e))
print(str(ValueError()), repr(ValueError()), str(ValueError("one")), repr(KeyError("k")), str(KeyError("k")))

e.add_note("note 1")
e.add_note("note 2")
print(e.__notes__)
try:
    e.add_note(5)
except TypeError as err:
    print("TypeError:", err)

# __notes__ can be replaced; add_note then requires a list
e.__notes__ = ("tuple",)
try:
    e.add_note("x")
except TypeError as err:
    print("TypeError:", err)
del e.__notes__
e.add_note("fresh")
print(e.__notes__)

# args replacement and non-tuple args
e.args = ["list", "args"]
print(e.args, type(e.args).__name__)
e.args = "abc"
print(e.args)

# exception subclasses with custom __init__ and __str__
class AppError(Exception):
    def __init__(self, code, detail="none"):
        super().__init__(code)
        self.code = code
        self.detail = detail
    def __str__(self):
        return f"[{self.code}] {self.detail}"
try:
    raise AppError(404, "not found")
except AppError as a:
    print(str(a), repr(a), a.args, a.code)

# an exception whose __init__ does not call super: args come from __new__
class NoSuper(Exception):
    def __init__(self, x):
        self.x = x
n = NoSuper(7)
print(n.args, str(n), n.x)

# __traceback__ is None until raised, then set; with_traceback chains
t = TypeError("t")
print(t.__traceback__)
try:
    raise t
except TypeError:
    pass
print(type(t.__traceback__).__name__, t.__traceback__.tb_lineno > 0)
t.__traceback__ = None
print(t.__traceback__)
try:
    t.__traceback__ = "bad"
except TypeError as err:
    print("TypeError:", err)
print(t.with_traceback(None) is t)

# OSError special args and subclass mapping
o = OSError(2, "No such file", "path.txt")
print(type(o).__name__, o.errno, o.strerror, o.filename, str(o))
print(type(OSError(13, "denied")).__name__, type(OSError(17, "exists")).__name__)
print(str(OSError("just message")), OSError(1, 2, 3, 4, 5).args)

# SyntaxError attributes
s = SyntaxError("bad", ("file.py", 3, 5, "x = = 1\n", 3, 7))
print(s.msg, s.filename, s.lineno, s.offset, repr(s.text), s.end_lineno, s.end_offset, str(s))

# KeyError str quirk and UnicodeError attributes
print(str(KeyError()), str(KeyError("a", "b")), str(KeyError(("t",))))
u = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
print(u.encoding, u.object, u.start, u.end, u.reason, str(u))

# StopIteration value, SystemExit code, KeyboardInterrupt hierarchy
print(StopIteration(1, 2).value, SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code)
print(issubclass(KeyboardInterrupt, Exception), issubclass(KeyboardInterrupt, BaseException))

# exceptions are not comparable by value
print(ValueError(1) == ValueError(1))

# BaseException subclass caught only by BaseException
class Fatal(BaseException):
    pass
try:
    try:
        raise Fatal("fatal")
    except Exception:
        print("wrong handler")
except BaseException as b:
    print("caught", type(b).__name__, b)
