# Exception attributes: deletion rules, Unicode errors made by __new__ alone,
# reassigned Unicode error fields, ImportError re-init, SyntaxError details,
# AttributeError pickling, sys.setrecursionlimit below the current depth.
import pickle
import sys


def attempt(f, *a):
    try:
        r = f(*a)
    except Exception as ex:
        print("  ", type(ex).__name__, ex)
    else:
        print("   ok", r)


e = IndexError(4)
for name in ("args", "__traceback__", "__cause__", "__context__", "__suppress_context__", "__notes__"):
    attempt(delattr, e, name)
e.add_note("n")
attempt(delattr, e, "__notes__")
print(hasattr(e, "__notes__"))

for klass in (UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError):
    x = klass.__new__(klass)
    print(repr(str(x)), x.args, repr(x), x.object, x.start, x.end, x.reason)
    attempt(klass)

u = UnicodeEncodeError("baz", "xxxxx", 1, 5, "foo")
print(str(u))
u.end = 2
print(str(u))
u.end = 5
u.reason = 0x345345345345345345
print(str(u))
u.encoding = 4000
print(str(u))
u.start = 1000
print(str(u))
u.start = -1
print(str(u))
d = UnicodeDecodeError("baz", b"xxxxx", 1, 5, "foo")
d.end = 2
print(str(d))
d.reason = 7
d.end = 9
print(str(d))
t = UnicodeTranslateError("xxxx", 1, 5, "foo")
t.end = 2
print(str(t))
t.reason = ["r"]
t.end = 4
print(str(t))

exc = ImportError("test", name="name", path="path")
print(exc.args, exc.msg, exc.name, exc.path)
exc.__init__()
print(exc.args, exc.msg, exc.name, exc.path)
exc.__init__("again", path="p2")
print(exc.args, exc.msg, exc.name, exc.path)

for details in (("bad.py", 1, 2), ("bad.py", 1, 2, 4, 5, 6, 7), ("bad.py", 1, 2, "abcdefg", 1), ("bad.py", 1, 2, "abc", 1, 3)):
    attempt(SyntaxError, "bad bad", details)

a = AttributeError("foo", name="nm", obj=1)
print(a.__reduce__())
print(AttributeError("bar").__reduce__())
a2 = pickle.loads(pickle.dumps(a))
print(a2.args, a2.name, a2.obj)
a.name = "other"
a.obj = 5
print(a.name, a.obj)
n = NameError("x", name="q")
n.name = "r"
print(n.name, n.__reduce__())


def depth_floor():
    d = 1
    while True:
        try:
            sys.setrecursionlimit(d)
        except RecursionError:
            d += 1
        else:
            return d


old = sys.getrecursionlimit()
print(depth_floor())
sys.setrecursionlimit(old)
attempt(sys.setrecursionlimit, 1)
print(sys.getrecursionlimit() == old)
