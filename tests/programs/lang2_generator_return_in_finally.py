# Generators mixing return, yield and finally; values seen by the consumer.
def g1():
    try:
        yield 1
        return "from try"
    finally:
        yield "from finally"
it = g1()
print(next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration value:", e.value)

def g2():
    try:
        yield 1
    finally:
        return "finally overrides"
it = g2()
next(it)
try:
    next(it)
except StopIteration as e:
    print(e.value)

def g3():
    for i in range(3):
        try:
            yield i
        finally:
            if i == 1:
                return "stopped at 1"
it = g3()
print(list(it))

def g4():
    try:
        yield 1
    finally:
        print("g4 cleanup")
it = g4()
next(it)
try:
    it.throw(KeyError("x"))
except KeyError as e:
    print("KeyError propagated after finally:", e)

def g5():
    try:
        raise ValueError("inside")
    except ValueError:
        yield "yield in except"
        yield "second"
    yield "after"
print(list(g5()))

def g6():
    x = yield
    while x is not None:
        x = yield x * 2
    return "done"
it = g6()
next(it)
print(it.send(1), it.send(5))
try:
    it.send(None)
except StopIteration as e:
    print(e.value)
