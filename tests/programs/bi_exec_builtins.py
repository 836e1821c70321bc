# exec/eval with unusual globals and __builtins__: dict subclasses and
# other mappings are asked through __getitem__, import statements call the
# frame's builtins' __import__, and iterators' __reduce__ find `iter` in
# the running frame's builtins.
import builtins
import types


class SetOnlyError(Exception):
    pass


class SetOnlyDict(dict):
    def __getitem__(self, key):
        raise SetOnlyError(key)


for ns in (SetOnlyDict({"globalname": 1}), {"__builtins__": SetOnlyDict({"superglobal": 1})}):
    try:
        exec("globalname; superglobal", ns)
    except SetOnlyError as e:
        print("SetOnlyError", e)

try:
    exec("print('x')", {"__builtins__": 123})
except TypeError as e:
    print("TypeError:", e)
try:
    exec("print('x')", {"__builtins__": {}})
except NameError as e:
    print("NameError:", e)
try:
    exec("class A: pass", {"__builtins__": {}})
except NameError as e:
    print("NameError:", e)

print(eval("superglobal", {"__builtins__": types.MappingProxyType({"superglobal": 1})}))
try:
    eval("superglobal", {"__builtins__": types.MappingProxyType({})})
except NameError as e:
    print("NameError:", e)


class CustomDict(dict):
    pass


exec("print(superglobal)", {"__builtins__": CustomDict({"superglobal": 2, "print": print})})

ns = {"__builtins__": types.MappingProxyType({})}
try:
    exec("import foo.bar", ns)
except ImportError as e:
    print("ImportError:", e)
ns = {"__builtins__": types.MappingProxyType({"__import__": lambda *args: args})}
exec("import foo.bar", ns)
print(ns["foo"][0], ns["foo"][1] is ns, ns["foo"][2] is ns, ns["foo"][3:])
try:
    exec("from . import x", ns)
except ImportError as e:
    print("ImportError:", e)
ns = {"__builtins__": types.MappingProxyType({"__import__": lambda *args: types.SimpleNamespace(x=args[3:])})}
exec("from .. import x", ns)
print(ns["x"])

ns = {"__builtins__": types.MappingProxyType({}), "x": iter([1, 2])}
try:
    eval("x.__reduce__()", ns)
except AttributeError as e:
    print("AttributeError:", repr(e))
ns = {"__builtins__": types.MappingProxyType({"iter": iter}), "x": iter([1, 2])}
print(eval("x.__reduce__()", ns))

# A replaced builtins.__import__ sees every import statement.
seen = []
original = builtins.__import__


def tracer(name, globals=None, locals=None, fromlist=(), level=0):
    seen.append((name, fromlist, level, locals is None))
    return original(name, globals, locals, fromlist, level)


builtins.__import__ = tracer
try:
    import sys
    from types import SimpleNamespace

    def inner():
        import types as t
        return t

    inner()
finally:
    builtins.__import__ = original
print(seen)

# exec() fills a missing __builtins__ with the running frame's builtins
# (a dict), eval()/exec() take any buffer as source.
g = {}
exec("", g)
print(type(g["__builtins__"]).__name__, g["__builtins__"] is vars(builtins))
print(eval(bytearray(b"1 + 1")), eval(memoryview(b"2 * 3")))
exec(memoryview(b"print('from memoryview')"))
print(compile(memoryview(b"x = 1"), "name", "exec").co_filename)


# A mapping as locals: dir() lists its keys (sorted), lookups use it.
class M:
    def __getitem__(self, key):
        if key == "a":
            return 12
        raise KeyError(key)

    def keys(self):
        return ["z", "y", "x"]


class D(dict):
    def keys(self):
        return list("cab")


print(eval("a", globals(), M()), eval("dir()", globals(), M()), eval("dir()", globals(), D()))

# compile() refuses an argument given twice.
for args, kwargs in (
    (("pass", "?", "exec"), {"mode": "eval", "source": "0", "filename": "tmp"}),
    (("pass", "?", "exec", 0), {"mode": "eval"}),
    (("pass", "?", "exec", 0, False, -1), {"optimize": 0}),
    (("pass", "?", "exec", 0, False, 0, 5), {}),
):
    try:
        compile(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)

# Relative imports without __package__/__spec__ warn (ImportWarning).
import warnings

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    try:
        __import__("", {"__package__": None, "__spec__": None, "__name__": "__main__"}, {}, ("foo",), 1)
    except ImportError as e:
        print("ImportError:", e)
print([(x.category.__name__, str(x.message)) for x in w])
try:
    __import__("", {"__package__": 5}, {}, ("foo",), 1)
except TypeError as e:
    print("TypeError:", e)
try:
    __import__("string\x00")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError")
