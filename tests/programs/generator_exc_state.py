# A generator suspended inside an except block keeps its handled exception (bare raise, sys.exception()) and the caller's is restored around each step.
import sys
def g():
    try:
        1/0
    except ZeroDivisionError:
        yield sys.exception()
        raise
it = g()
try:
    raise TypeError
except TypeError:
    tp = type(next(it))
print(tp, sys.exception())
try:
    next(it)
except ZeroDivisionError as e:
    print('zde', repr(e.__context__))
print('after', sys.exception())
try:
    raise KeyError(1)
except KeyError as k:
    print('ctx', repr(k.__context__))
def g2():
    try:
        yield
    except ZeroDivisionError:
        yield sys.exception()
it = g2(); next(it)
try:
    1/0
except ZeroDivisionError as e:
    print(it.throw(e) is e, sys.exception() is e)
print(sys.exception())
