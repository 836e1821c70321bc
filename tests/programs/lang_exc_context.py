# __context__, __cause__, __suppress_context__ and raise from.
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during")
except ValueError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)

try:
    try:
        {}["k"]
    except KeyError as ke:
        raise RuntimeError("wrapped") from ke
except RuntimeError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)

try:
    try:
        [][0]
    except IndexError:
        raise TypeError("no context") from None
except TypeError as e:
    print(e.__cause__, repr(e.__context__), e.__suppress_context__)

try:
    raise ValueError("cls cause") from KeyError
except ValueError as e:
    print(repr(e.__cause__))

try:
    raise ValueError from 5
except TypeError as e:
    print("TypeError:", e)

# raise with no active exception
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)

# re-raise keeps the same object
def reraiser():
    try:
        raise KeyError("same")
    except KeyError as e:
        first = e
        try:
            raise
        except KeyError as e2:
            return first is e2
print(reraiser())

# context is set even on exceptions raised in finally
try:
    try:
        raise ValueError("first")
    finally:
        raise KeyError("second")
except KeyError as e:
    print(repr(e.__context__))

# context cycle avoided
try:
    try:
        raise ValueError("a")
    except ValueError as a:
        try:
            raise KeyError("b")
        except KeyError as b:
            raise a
except ValueError as e:
    print(repr(e.__context__), repr(e.__context__.__context__))

# sys.exception() and sys.exc_info()
import sys
print(sys.exception(), sys.exc_info())
try:
    raise OSError("now")
except OSError:
    print(repr(sys.exception()), sys.exc_info()[0].__name__)
    def inner():
        return repr(sys.exception())
    print(inner())
print(sys.exception())
