# A generator's handled exception is its own: one it handles survives a
# suspension, the caller's shows through sys.exception() only while the
# generator handles none, and an except block ending inside the generator
# does not restore the caller's exception into it.
import sys


def g():
    try:
        raise ValueError
    except ValueError:
        yield 1
    print("after except:", repr(sys.exception()))
    yield 2


gen = g()
try:
    raise IndexError
except IndexError:
    print(next(gen))
print(next(gen))


def h():
    print("start:", repr(sys.exception()))
    yield
    print("resumed:", repr(sys.exception()))
    try:
        raise KeyError(1)
    except KeyError:
        yield
        print("own again:", repr(sys.exception()))
    yield
    print("end:", repr(sys.exception()))
    yield


x = h()
try:
    raise IndexError(5)
except IndexError:
    next(x)
try:
    raise TypeError(6)
except TypeError:
    next(x)
    print("caller keeps:", repr(sys.exception()))
next(x)
print("outside:", repr(sys.exception()))
try:
    raise OSError(7)
except OSError:
    next(x)


def k():
    try:
        raise KeyError(0)
    except KeyError:
        try:
            yield
        except Exception as e:
            print("thrown:", repr(e), "context:", repr(e.__context__))


y = k()
next(y)
try:
    raise OSError(1)
except OSError:
    try:
        y.throw(ValueError(2))
    except StopIteration:
        print("finished")
