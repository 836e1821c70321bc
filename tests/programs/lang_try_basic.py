# try/except/else/finally flow, multiple handlers, exception matching.
def run(exc):
    try:
        print(" body")
        if exc:
            raise exc
    except (KeyError, IndexError) as e:
        print(" lookup error:", type(e).__name__, e)
    except ZeroDivisionError:
        print(" div by zero")
    except Exception as e:
        print(" other:", type(e).__name__)
    else:
        print(" else")
    finally:
        print(" finally")

for exc in (None, KeyError("k"), IndexError(3), ZeroDivisionError, OSError("x")):
    print("case", exc if exc is None else type(exc) if isinstance(exc, BaseException) else exc.__name__)
    run(exc)

# the name bound by 'as' is deleted after the handler
try:
    1 / 0
except ZeroDivisionError as err:
    pass
print("err" in dir())

# exception inside else is not caught by the same try's handlers
try:
    try:
        pass
    except ValueError:
        print("no")
    else:
        raise ValueError("from else")
except ValueError as e:
    print("outer caught", e)

# catching by base class
class MyErr(LookupError): pass
try:
    raise MyErr("mine")
except LookupError as e:
    print(type(e).__name__, isinstance(e, MyErr), e.args)

# bare except
try:
    raise SystemError("bare")
except:
    print("bare except got it")

# except with a tuple computed at runtime
handlers = (TypeError, ValueError)
try:
    int("x")
except handlers as e:
    print("runtime tuple:", e)

# except with a non-exception class
try:
    try:
        raise ValueError
    except 42:
        pass
except TypeError as e:
    print("TypeError:", e)

# finally runs on return and its value can override
def fin():
    try:
        return "try"
    finally:
        print("finally runs")
print(fin())
def fin2():
    try:
        raise ValueError
    finally:
        return "swallowed"
print(fin2())
