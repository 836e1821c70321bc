# return/yield inside try/finally in generators and functions; finally overriding outcomes.
def f1():
    try:
        return "try"
    finally:
        print("f1 finally")
def f2():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"
def f3():
    for i in range(3):
        try:
            return i
        finally:
            if i < 2:
                continue
def f4():
    try:
        try:
            raise KeyError("inner")
        finally:
            print("inner finally")
    except KeyError as e:
        return "caught " + str(e)
print(f1(), f2(), f3(), f4())

# a generator whose finally yields during normal exhaustion
def g1():
    try:
        yield 1
    finally:
        yield "from finally"
print(list(g1()))

# return inside a generator's finally replaces the StopIteration value
def g2():
    try:
        yield 1
        return "body"
    finally:
        return "finally"
g = g2()
next(g)
try:
    next(g)
except StopIteration as s:
    print("value:", s.value)

# exception in try, finally returns: exception swallowed in a generator too
def g3():
    try:
        yield 1
        raise RuntimeError("swallowed")
    finally:
        return "cleaned"
g = g3()
next(g)
try:
    next(g)
except StopIteration as s:
    print("value:", s.value)

# finally runs when the generator is thrown into
def g4():
    try:
        yield 1
    finally:
        print("g4 finally ran")
g = g4()
next(g)
try:
    g.throw(TypeError("thrown"))
except TypeError as e:
    print("TypeError:", e)

# nested finally blocks unwind in order with a return
def order():
    out = []
    def inner():
        try:
            try:
                return "value"
            finally:
                out.append("inner finally")
        finally:
            out.append("outer finally")
    return inner(), out
print(order())

# a break in finally inside a generator loop
def g5():
    for i in range(3):
        try:
            yield i
        finally:
            if i == 1:
                break
    yield "after loop"
print(list(g5()))

# exception context when finally raises during exception propagation
def ctx():
    try:
        raise KeyError("first")
    finally:
        raise ValueError("second")
try:
    ctx()
except ValueError as e:
    print(repr(e), repr(e.__context__))

# SyntaxWarning for return in finally does not exist in 3.13 (it is 3.14's); compile quietly
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    compile("def f():\n    try:\n        pass\n    finally:\n        return 1\n", "<w>", "exec")
print(len(w))
