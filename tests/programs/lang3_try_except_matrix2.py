# try/except/else/finally: handler matching forms and flow edge cases.
def run(exc):
    trail = []
    try:
        trail.append("try")
        if exc is not None:
            raise exc
    except (KeyError, IndexError) as e:
        trail.append("lookup " + type(e).__name__)
    except ArithmeticError:
        trail.append("arith")
    except Exception as e:
        trail.append("other " + type(e).__name__)
    else:
        trail.append("else")
    finally:
        trail.append("finally")
    return trail

for exc in [None, KeyError("k"), IndexError, ZeroDivisionError(), OverflowError, TypeError]:
    print(run(exc))

# except with a tuple built at run time, and with an empty tuple
handlers = (ValueError,)
try:
    int("x")
except handlers as e:
    print("dynamic tuple:", e)
try:
    try:
        raise ValueError("nope")
    except ():
        print("never")
except ValueError as e:
    print("empty tuple matches nothing:", e)

# except with something that is not an exception class
try:
    try:
        raise ValueError
    except "ValueError":
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        raise ValueError
    except (ValueError, 3):
        print("first element matched before the bad one")
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        raise KeyError
    except (ValueError, 3):
        pass
except TypeError as e:
    print("TypeError:", e)

# exceptions raised in else and finally
def else_raises():
    try:
        pass
    except Exception:
        return "caught in handler"
    else:
        raise RuntimeError("from else")
try:
    else_raises()
except RuntimeError as e:
    print("escaped:", e)

def finally_replaces():
    try:
        raise KeyError("original")
    finally:
        raise ValueError("replacement")
try:
    finally_replaces()
except ValueError as e:
    print("replaced:", e, "| context:", repr(e.__context__))

# a handler's exception becomes the context of a new one
try:
    try:
        {}["a"]
    except KeyError:
        raise IndexError("second")
except IndexError as e:
    print(repr(e.__context__), e.__suppress_context__)

# sys.exception() inside and after handlers
import sys
try:
    raise OSError(2, "gone")
except OSError:
    print("inside:", repr(sys.exception()))
    try:
        raise TypeError("inner")
    except TypeError:
        print("nested:", repr(sys.exception()))
    print("restored:", repr(sys.exception()))
print("after:", sys.exception())

# bare raise with no active exception
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)

# a return in try is delayed by finally, which sees the value in locals
def delayed():
    x = "try value"
    try:
        return x
    finally:
        x = "changed in finally"
        print("finally ran, x =", x)
print(delayed())

# an exception class hierarchy with multiple inheritance
class Both(KeyError, AttributeError):
    pass
for handler in (KeyError, AttributeError, LookupError):
    try:
        raise Both("b")
    except handler as e:
        print(handler.__name__, "caught", type(e).__name__)
