# try/except/else/finally corner cases and sys.exception() in handlers, except* and generators.
def f():
    try:
        return 1
    except:
        pass
    else:
        return 2
print(f())
def g():
    try:
        pass
    except:
        pass
    else:
        return "else ran"
print(g())
for i in range(2):
    try:
        continue
    finally:
        print("finally on continue", i)
try:
    try:
        raise ValueError
    except ValueError:
        raise
    finally:
        print("finally before propagate")
except ValueError:
    print("outer got it")
e = "preexisting"
try:
    raise KeyError
except KeyError as e:
    pass
print("e" in dir())
def h():
    x = 0
    try:
        x = 1
        return x
    finally:
        x = 2
print(h())
import sys
try:
    raise ValueError("v")
except ValueError:
    try:
        raise KeyError("k")
    except KeyError:
        print(sys.exception().__context__)
    print(repr(sys.exception()))
print(sys.exception())
try:
    raise ExceptionGroup("g", [ValueError(1)])
except* ValueError as eg:
    print(repr(sys.exception()))
def gen():
    try:
        yield
    except Exception as e:
        print("gen got", repr(e), repr(sys.exception()))
it = gen(); next(it)
try:
    it.throw(RuntimeError("thrown"))
except StopIteration:
    pass
