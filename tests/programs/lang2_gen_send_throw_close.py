# Generators: send/throw/close semantics and return values.
def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
    except GeneratorExit:
        print("closing with", received)
        raise
    finally:
        print("finally")

g = echo()
print(next(g))
print(g.send("a"), g.send("b"))
g.close()
g.close()  # second close is a no-op
print(g.gi_frame)

# send non-None to a just-started generator
g = echo()
try:
    g.send(1)
except TypeError as e:
    print(e)

# throw into a fresh generator: raises at the start, no body runs
def body():
    print("body ran")
    yield 1
g = body()
try:
    g.throw(ValueError("fresh"))
except ValueError as e:
    print("thrown out:", e)
print(next(g, "exhausted"))

# throw handled, generator yields again
def handler():
    while True:
        try:
            yield "normal"
        except ValueError as e:
            yield f"handled {e}"
g = handler()
next(g)
print(g.throw(ValueError("v")))
print(next(g))

# close when generator yields on GeneratorExit -> RuntimeError
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)

# return value in StopIteration
def returns():
    yield 1
    return "done"
g = returns()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value:", e.value, e.args)

# close returns the return value (3.13)
def ret_on_close():
    try:
        yield
    except GeneratorExit:
        return "closed value"
g = ret_on_close()
next(g)
print("close ->", g.close())

# gi_running, gi_suspended, gi_yieldfrom
def introspect():
    print("running inside:", gen.gi_running)
    yield
gen = introspect()
print(gen.gi_running, gen.gi_suspended)
next(gen)
print(gen.gi_running, gen.gi_suspended)
def reenter():
    next(rg)
    yield
rg = reenter()
try:
    next(rg)
except ValueError as e:
    print("ValueError:", e)

# PEP 479: StopIteration inside generator becomes RuntimeError
def leaky():
    yield 1
    raise StopIteration("leak")
g = leaky()
next(g)
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

def leaky_next():
    it = iter([])
    yield next(it)
try:
    list(leaky_next())
except RuntimeError as e:
    print("RuntimeError:", e)

# throw with a type and value (deprecated signature still works)
def catcher():
    try:
        yield
    except Exception as e:
        yield repr(e)
g = catcher()
next(g)
print(g.throw(KeyError("k")))

# exhausted generator: throw raises the exception directly
g = returns()
list(g)
try:
    g.throw(IndexError("after"))
except IndexError as e:
    print("direct:", e)
print(next(g, "still exhausted"))
