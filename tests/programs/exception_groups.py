def f():
    raise ExceptionGroup("inner", [ValueError(1), TypeError("t")])
try:
    try:
        f()
    except* ValueError as e:
        print("caught", repr(e))
except ExceptionGroup as rest:
    print("rest", repr(rest))
try:
    raise ExceptionGroup("eg", [KeyError("k"), ValueError(2)])
except* KeyError:
    print("keyerror handled")
except* ValueError as v:
    print("value", v.exceptions)
try:
    raise ValueError("naked")
except* ValueError as g:
    print("wrapped", repr(g), type(g).__name__)
eg = ExceptionGroup("top", [ValueError(1), ExceptionGroup("sub", [TypeError(2), ValueError(3)])])
m, r = eg.split(ValueError)
print(repr(m), repr(r))
print(repr(eg.subgroup(TypeError)), str(eg), BaseExceptionGroup("b", [ValueError()]).__class__.__name__)
print(repr(eg.subgroup(lambda e: isinstance(e, ValueError) and e.args[0] > 1)), eg.message, len(eg.exceptions))
for bad in [("x", [KeyboardInterrupt()]), ("x", []), (1, [ValueError()]), ("x", [1])]:
    try:
        ExceptionGroup(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        raise KeyError("new")
except ExceptionGroup as e2:
    print("raised in handler:", repr(e2))
raise ExceptionGroup("final", [ValueError(1), ExceptionGroup("nested", [TypeError("deep")])])
