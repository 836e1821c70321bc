# Exceptions raised inside generators propagate to the consumer; the generator is finished.
def g():
    yield 1
    raise ValueError("inside")
    yield 2
it = g()
print(next(it))
try:
    next(it)
except ValueError as e:
    print("ValueError:", e)
print(next(it, "exhausted"))

def g2():
    try:
        yield 1
    except ValueError:
        print("g2 caught thrown ValueError")
        yield "recovered"
    yield "after"
it = g2()
next(it)
print(it.throw(ValueError))
print(list(it))

def g3():
    for i in range(3):
        try:
            yield i
        finally:
            print("g3 cleanup", i)
for v in g3():
    if v == 1:
        break
print("loop done")

def in_comprehension():
    try:
        return [1 / x for x in (1, 0)]
    except ZeroDivisionError as e:
        return "ZeroDivisionError: " + str(e)
print(in_comprehension())

def lazy_error():
    return (1 / x for x in (1, 0))
gen = lazy_error()
print(next(gen))
try:
    next(gen)
except ZeroDivisionError:
    print("error at the second item")
