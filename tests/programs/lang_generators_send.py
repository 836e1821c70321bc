# send(), throw(), close() on generators.
def averager():
    total = count = 0
    avg = None
    while True:
        try:
            v = yield avg
        except ValueError as e:
            print("averager got ValueError:", e)
            continue
        if v is None:
            break
        total += v
        count += 1
        avg = total / count
    return count

a = averager()
print(a.send(None))
print(a.send(10), a.send(20))
print(a.throw(ValueError("bad value")))
try:
    a.send(None)
except StopIteration as e:
    print("returned", e.value)

g = averager()
try:
    g.send(5)
except TypeError as e:
    print("TypeError:", e)

def closer():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
c = closer()
next(c)
c.close()
print("closed", c.gi_frame)
c.close()

def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield "won't stop"
i = ignores_exit()
next(i)
try:
    i.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def catches_exit():
    try:
        yield 1
    except GeneratorExit:
        print("saw GeneratorExit")
        raise
ce = catches_exit()
next(ce)
ce.close()

# close returning the return value (3.13)
def ret_on_close():
    try:
        yield
    except GeneratorExit:
        return "closing value"
r = ret_on_close()
next(r)
print(r.close())

# throw into a not-started generator
def ns():
    print("never runs")
    yield
n = ns()
try:
    n.throw(KeyError("early"))
except KeyError as e:
    print("KeyError", e)
print(list(n))

# throw with a type, value form and traceback
def th():
    while True:
        try:
            yield
        except Exception as e:
            print("caught", type(e).__name__, e.args)
t = th()
next(t)
t.throw(IndexError)
t.throw(IndexError("with arg"))
t.close()
