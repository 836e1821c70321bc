# except*: raising inside handlers, re-raising, and how results combine.
def show(eg, indent=0):
    pad = " " * indent
    if isinstance(eg, BaseExceptionGroup):
        print(pad + f"{type(eg).__name__}({eg.message!r}) [{len(eg.exceptions)}]")
        for e in eg.exceptions:
            show(e, indent + 2)
    else:
        print(pad + repr(eg))

# a handler raises a new exception: it joins the result group
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("from handler")
except BaseException as e:
    show(e)
    print("context of KeyError:", repr(e.exceptions[0].__context__))

# bare raise in a handler re-raises the matched part unchanged
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), ValueError(2), OSError(3)])
    except* ValueError:
        raise
except ExceptionGroup as e:
    show(e)

# raise e (the matched subgroup) inside a handler
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), OSError(3)])
    except* ValueError as sub:
        raise sub
except ExceptionGroup as e:
    show(e)

# every part handled: nothing propagates, handlers run in order
order = []
try:
    raise ExceptionGroup("eg", [OSError(1), ValueError(2), OSError(3)])
except* ValueError as g:
    order.append(("value", [str(x) for x in g.exceptions]))
except* OSError as g:
    order.append(("os", [str(x) for x in g.exceptions]))
print(order)

# a naked exception is wrapped in an ExceptionGroup with an empty message
try:
    raise ValueError("naked")
except* ValueError as g:
    print(type(g).__name__, repr(g.message), g.exceptions)

# a naked BaseException wraps into BaseExceptionGroup
try:
    try:
        raise KeyboardInterrupt
    except* KeyboardInterrupt as g:
        print(type(g).__name__)
        raise
except BaseExceptionGroup as e:
    print("re-raised as group:", type(e).__name__, e.exceptions)

# else and finally with except*
def flow(raise_it):
    trail = []
    try:
        if raise_it:
            raise ExceptionGroup("x", [ValueError()])
    except* ValueError:
        trail.append("handled")
    else:
        trail.append("else")
    finally:
        trail.append("finally")
    return trail
print(flow(True), flow(False))

# syntax restrictions
for src in ["try:\n    pass\nexcept* ValueError:\n    break\n",
            "for i in x:\n    try:\n        pass\n    except* ValueError:\n        continue\n",
            "def f():\n    try:\n        pass\n    except* ValueError:\n        return 1\n",
            "try:\n    pass\nexcept*:\n    pass\n",
            "try:\n    pass\nexcept* ValueError:\n    pass\nexcept KeyError:\n    pass\n",
            "try:\n    pass\nexcept* (ValueError, ExceptionGroup):\n    pass\n"]:
    try:
        compile(src, "<star>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)

# matching ExceptionGroup itself with except* is a runtime TypeError
try:
    try:
        raise ExceptionGroup("g", [ValueError()])
    except* ExceptionGroup:
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        raise ExceptionGroup("g", [ValueError()])
    except* (ValueError, BaseExceptionGroup):
        pass
except TypeError as e:
    print("TypeError:", e)

# split keeps tracebacks, __cause__, __context__ and notes on the parts
eg = ExceptionGroup("meta", [ValueError("a"), TypeError("b")])
eg.__cause__ = RuntimeError("cause")
eg.add_note("note on group")
try:
    try:
        raise eg
    except* ValueError:
        pass
except ExceptionGroup as rest:
    print(rest.message, repr(rest.__cause__), rest.__notes__, rest.exceptions)
