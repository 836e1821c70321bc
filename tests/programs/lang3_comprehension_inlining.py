# PEP 709: comprehensions are inlined; the visible consequences.
import sys

def frames_in_comp():
    return [sys._getframe().f_code.co_name for _ in range(1)]
print(frames_in_comp())

def locals_in_comp():
    outer = 1
    return [sorted(locals()) for y in range(1)]
print(locals_in_comp())

# the iteration variable does not leak and does not clobber an outer one
def no_leak():
    x = "outer"
    lst = [x for x in range(3)]
    return x, lst
print(no_leak())

# generator expressions are NOT inlined: they have their own frame
def genexp_frame():
    return list(sys._getframe().f_code.co_name for _ in range(1))
print(genexp_frame())

# a comprehension at module level sees module globals and does not create them
[leaked for leaked in range(2)]
print("leaked" in globals())

# closures inside an inlined comprehension capture the per-iteration cell
def closures():
    return [lambda: i for i in range(3)]
print([f() for f in closures()])

def closure_outer_var():
    fs = [lambda: y for _ in range(2)]
    y = 5
    return [f() for f in fs]
print(closure_outer_var())

# a comprehension variable that is also a cell in the function
def cell_shadow():
    x = "cell"
    def read():
        return x
    vals = [x for x in "ab"]
    return vals, read(), x
print(cell_shadow())

# tracebacks from an error inside a comprehension show no extra frame
def failing():
    return [1 / v for v in (1, 0)]
try:
    failing()
except ZeroDivisionError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)

# class-body comprehension: the class namespace is not visible except the first iterable
class C:
    base = [1, 2]
    ok = [b * 2 for b in base]
    try:
        bad = [b * len(base) for b in base]
    except NameError as e:
        err = str(e)
print(C.ok, C.err)

# comprehensions nested in comprehensions
def nested():
    return [[i * j for j in range(i)] for i in range(4)]
print(nested())

# the walrus in a comprehension binds in the function
def walrus():
    [last := n for n in range(4)]
    return last, "n" in locals()
print(walrus())

# dis shows no separate code object for the inlined listcomp
def only_list():
    return [a for a in range(2)]
print([type(c).__name__ for c in only_list.__code__.co_consts if hasattr(c, "co_code")])
def only_gen():
    return (a for a in range(2))
print([c.co_name for c in only_gen.__code__.co_consts if hasattr(c, "co_code")])

# locals() inside a comprehension at module level
print(sorted(k for k in [*locals()] if k in ("C", "sys")))
