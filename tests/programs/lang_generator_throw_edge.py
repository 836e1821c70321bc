# throw()/close() edge cases: in finally, in nested yield from, after exhaustion.
def g():
    try:
        yield 1
    finally:
        yield "from finally"
x = g()
next(x)
print(x.throw(ValueError("v")) if False else "skip")
try:
    print(x.throw(ValueError("v")))
    x.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def done():
    yield 1
d = done()
list(d)
try:
    d.throw(KeyError("after end"))
except KeyError as e:
    print("KeyError raised directly:", e)
print(d.close())

def inner():
    try:
        yield "inner"
    except ValueError:
        yield "inner handled"
        raise
def outer():
    try:
        yield from inner()
    except ValueError as e:
        yield f"outer saw {e!r}"
o = outer()
print(next(o))
print(o.throw(ValueError("x")))
print(o.throw(ValueError("y")))

def catch_exit():
    try:
        yield
    except GeneratorExit:
        print("exit caught, re-raise as different error")
        raise KeyError("during close")
c = catch_exit()
next(c)
try:
    c.close()
except KeyError as e:
    print("KeyError from close:", e)

def stop_in_gen():
    yield 1
    return 99
s = stop_in_gen()
next(s)
try:
    s.throw(StopIteration)
except RuntimeError as e:
    print("RuntimeError:", e)

def running():
    yield gen_ref.send(None)
gen_ref = running()
try:
    next(gen_ref)
except ValueError as e:
    print("ValueError:", e)
