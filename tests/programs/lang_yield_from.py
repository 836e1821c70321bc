# yield from: delegation of send/throw/close and return values.
def inner():
    x = yield "i1"
    print("inner got", x)
    y = yield "i2"
    print("inner got", y)
    return "inner result"

def outer():
    r = yield from inner()
    print("outer got result", r)
    yield "o1"
    return "outer result"

g = outer()
print(next(g))
print(g.send("A"))
print(g.send("B"))
try:
    g.send("C")
except StopIteration as e:
    print("stop", e.value)

# yield from any iterable
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(2), {"k": 1})))

# throw is forwarded to the delegate
def sub():
    try:
        yield 1
    except KeyError as e:
        print("sub handled", e)
        yield "after"
def deleg():
    yield from sub()
    yield "deleg end"
d = deleg()
next(d)
print(d.throw(KeyError("k")))
print(next(d))

# close is forwarded
def sub2():
    try:
        yield 1
    finally:
        print("sub2 finally")
def deleg2():
    try:
        yield from sub2()
    finally:
        print("deleg2 finally")
d2 = deleg2()
next(d2)
d2.close()

# delegating to an iterator without send
def to_iter():
    r = yield from iter([1, 2])
    return r
t = to_iter()
print(next(t))
try:
    t.send("x")
except AttributeError as e:
    print("AttributeError:", e)

# recursive yield from
def tree(n):
    if n:
        yield from tree(n - 1)
        yield n
        yield from tree(n - 1)
print(list(tree(3)))

# return value of yield from a generator that raises StopIteration manually
def returns_value():
    return (yield from [])
g = returns_value()
try:
    next(g)
except StopIteration as e:
    print("value", e.value)

# yield from with exception propagating out of delegate
def boom():
    yield 1
    raise ValueError("boom")
def wrapper():
    try:
        yield from boom()
    except ValueError as e:
        yield f"caught {e}"
print(list(wrapper()))
