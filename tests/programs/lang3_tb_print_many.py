# Tracebacks printed by the traceback module for many error shapes (CPython 3.13 format).
import traceback, sys

def show(fn):
    try:
        fn()
    except BaseException:
        traceback.print_exc(file=sys.stdout)
    print("-" * 20)

def attr_chain():
    class A: pass
    a = A()
    a.b = A()
    return a.b.c.d

def subscript_nested():
    d = {"x": [1, 2]}
    return d["x"][5]

def binop_multi():
    x = 1
    y = "s"
    return (x +
            y)

def call_in_call():
    def inner(v):
        return 1 / v
    return int(str(inner(0)))

def in_lambda():
    f = lambda v: v.missing
    return f(3)

def unary_and_bool():
    return -None

def compare_op():
    return [] < {}

def in_comprehension():
    return [x.upper() for x in ["a", 1]]

def in_genexp():
    return sum(1 / x for x in [1, 0])

def chained():
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("second") from e

def implicit_context():
    try:
        [][0]
    except IndexError:
        None.attr

def with_notes():
    e = TypeError("noted")
    e.add_note("first note")
    e.add_note("second\nmultiline note")
    raise e

def group():
    raise ExceptionGroup("many", [ValueError("v"), TypeError("t")])

def deep(n):
    if n == 0:
        raise RuntimeError("bottom")
    deep(n - 1)

for fn in [attr_chain, subscript_nested, binop_multi, call_in_call, in_lambda, unary_and_bool,
           compare_op, in_comprehension, in_genexp, chained, implicit_context, with_notes, group,
           lambda: deep(3)]:
    show(fn)

# format_exception_only and format_exc
try:
    int("x")
except ValueError as e:
    print(traceback.format_exception_only(e))
    print(repr(traceback.format_exc().splitlines()[-1]))

# limit argument and walk_tb
try:
    deep(5)
except RuntimeError as e:
    print("".join(traceback.format_exception(e, limit=2)))
    print([f.f_code.co_name for f, _ in traceback.walk_tb(e.__traceback__)])
