# Exception chaining: __context__, __cause__, __suppress_context__ in many positions.
def show(e):
    parts = []
    while e is not None:
        parts.append(f"{type(e).__name__}({', '.join(map(str, e.args))}) cause={type(e.__cause__).__name__} sup={e.__suppress_context__}")
        e = e.__cause__ or (None if e.__suppress_context__ else e.__context__)
    return " <- ".join(parts)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("k")
except KeyError as e:
    print(show(e))

try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError("v") from z
except ValueError as e:
    print(show(e))

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("none") from None
except ValueError as e:
    print(show(e), repr(e.__context__))

# context set even in finally
try:
    try:
        raise OSError("a")
    finally:
        raise RuntimeError("b")
except RuntimeError as e:
    print(show(e))

# context not set to itself, no cycles
try:
    e1 = ValueError("loop")
    try:
        raise e1
    except ValueError:
        raise e1
except ValueError as e:
    print(e.__context__ is None)

# cycle broken when re-raising an earlier exception
a = ValueError("A")
b = TypeError("B")
try:
    try:
        raise a
    except ValueError:
        try:
            raise b
        except TypeError:
            raise a
except ValueError as e:
    print(e is a, repr(e.__context__), repr(b.__context__), repr(b.__context__.__context__) if b.__context__ else None)

# from with a class
try:
    raise ValueError("x") from KeyError
except ValueError as e:
    print(repr(e.__cause__))

# from an invalid thing
try:
    raise ValueError from 5
except TypeError as e:
    print("TypeError:", e)

# context inside a generator
def gen():
    try:
        yield
    except GeneratorExit:
        raise
    try:
        1 / 0
    except ZeroDivisionError:
        yield "in except"
g = gen()
next(g)
print(next(g))
try:
    g.throw(KeyError("thrown"))
except KeyError as e:
    print(show(e))

# context while handling in nested function
def inner():
    raise IndexError("inner")
try:
    try:
        raise LookupError("outer")
    except LookupError:
        inner()
except IndexError as e:
    print(show(e))

# explicit assignment of __cause__
e = ValueError("manual")
e.__cause__ = KeyError("c")
print(e.__suppress_context__)
try:
    e.__cause__ = 3
except TypeError as err:
    print(err)
try:
    e.__context__ = "x"
except TypeError as err:
    print(err)
# bare raise after handled exception outside except
try:
    raise
except RuntimeError as err:
    print(err)
