# except* with exception groups: splitting, re-raising, nesting.
def show(eg, indent=0):
    pad = " " * indent
    if isinstance(eg, BaseExceptionGroup):
        print(f"{pad}{type(eg).__name__}({eg.message!r}) [{len(eg.exceptions)}]")
        for e in eg.exceptions:
            show(e, indent + 2)
    else:
        print(f"{pad}{type(eg).__name__}({eg})")

try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as eg:
    print("caught ValueErrors:")
    show(eg)
except* TypeError as eg:
    print("caught TypeErrors:")
    show(eg)

# unhandled parts propagate
try:
    try:
        raise ExceptionGroup("mix", [KeyError("k"), OSError("o")])
    except* KeyError:
        print("handled KeyError")
except ExceptionGroup as rest:
    print("rest:")
    show(rest)

# a naked exception is wrapped
try:
    raise ValueError("naked")
except* ValueError as eg:
    print("wrapped:")
    show(eg)

# nested groups keep structure
try:
    raise ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [ValueError("b"), KeyError("c")])])
except* ValueError as eg:
    show(eg)
except* KeyError as eg:
    show(eg)

# raising inside except* creates a new group with context
try:
    try:
        raise ExceptionGroup("g", [ValueError("v")])
    except* ValueError:
        raise KeyError("new")
except KeyError as e:
    print("single raised:", repr(e))
    show(e.__context__)

# two handlers raising: combined into a group
try:
    try:
        raise ExceptionGroup("g", [ValueError("v"), TypeError("t")])
    except* ValueError:
        raise KeyError("k1")
    except* TypeError:
        raise KeyError("k2")
except ExceptionGroup as eg:
    show(eg)

# bare raise in except* re-raises the matched part
try:
    try:
        raise ExceptionGroup("g2", [ValueError("x"), TypeError("y")])
    except* ValueError:
        raise
except ExceptionGroup as eg:
    show(eg)

# else and finally with except*
try:
    pass
except* Exception:
    print("no")
else:
    print("else ran")
finally:
    print("finally ran")

# except* with ExceptionGroup type is an error
try:
    exec("try:\n  pass\nexcept* ExceptionGroup:\n  pass\n")
except TypeError as e:
    print("TypeError:", e)
try:
    compile("try:\n  pass\nexcept* (ValueError, ExceptionGroup):\n  pass\n", "s", "exec")
    try:
        raise ExceptionGroup("z", [ValueError()])
    except* (ValueError, ExceptionGroup):
        pass
except TypeError as e:
    print("TypeError:", e)

# break/continue/return are not allowed in except*
for src in ("for i in x:\n try:\n  pass\n except* ValueError:\n  break\n",
            "def f():\n try:\n  pass\n except* ValueError:\n  return 1\n"):
    try:
        compile(src, "s", "exec")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
