# except* nested in except*, groups inside groups, and interplay with plain except.
def show(e, indent=0):
    pad = " " * indent
    if isinstance(e, BaseExceptionGroup):
        print(f"{pad}{type(e).__name__}({e.message!r})")
        for x in e.exceptions:
            show(x, indent + 2)
    else:
        print(f"{pad}{e!r}")

# nested except* handling different levels
try:
    try:
        raise ExceptionGroup("top", [ValueError(1), ExceptionGroup("sub", [TypeError(2), ValueError(3)])])
    except* ValueError as vs:
        print("values:", end=" ")
        show(vs)
        try:
            raise ExceptionGroup("inner raised", [KeyError("k")])
        except* KeyError as ks:
            print("inner handled", [repr(k) for k in ks.exceptions])
except* TypeError as ts:
    print("outer types:", end=" ")
    show(ts)

# plain except catching an ExceptionGroup
try:
    raise ExceptionGroup("plain", [OSError("o")])
except ExceptionGroup as eg:
    print("plain except caught", eg.message, eg.exceptions)

# except* with a handler that raises an ExceptionGroup itself
try:
    try:
        raise ExceptionGroup("g", [ValueError("v")])
    except* ValueError:
        raise ExceptionGroup("from handler", [RuntimeError("r")])
except ExceptionGroup as e:
    show(e)

# except* in a loop with continue not allowed, but with a flag
results = []
for i in range(3):
    handled = False
    try:
        if i == 1:
            raise ExceptionGroup("loop", [ValueError(i)])
    except* ValueError:
        handled = True
    results.append((i, handled))
print(results)

# except* catching an exception type subclass and the leaf identity
class MyErr(ValueError):
    pass
leaf = MyErr("leaf")
try:
    raise ExceptionGroup("id", [leaf])
except* ValueError as g:
    print(g.exceptions[0] is leaf)

# empty ExceptionGroup is not allowed; non-exception members neither
for args in [("empty", []), ("bad", [1]), (1, [ValueError()]), ("base", [KeyboardInterrupt()])]:
    try:
        g = ExceptionGroup(*args)
        print("created", type(g).__name__)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(type(BaseExceptionGroup("b", [KeyboardInterrupt()])).__name__, type(BaseExceptionGroup("e", [ValueError()])).__name__)

# derive() is used by split/subgroup for subclasses
class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + "*", excs)
try:
    try:
        raise MyGroup("mine", [ValueError(1), TypeError(2)])
    except* ValueError as v:
        print(type(v).__name__, v.message)
except MyGroup as rest:
    print(type(rest).__name__, rest.message)

# sys.exception() inside except* is the matched group
import sys
try:
    raise ExceptionGroup("cur", [ValueError("x")])
except* ValueError:
    print(type(sys.exception()).__name__, sys.exception().message)
