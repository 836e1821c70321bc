# Generator pipelines, laziness and re-entrancy.
def numbers():
    for i in range(10):
        print("produce", i)
        yield i

def evens(src):
    for n in src:
        if n % 2 == 0:
            yield n

def squares(src):
    for n in src:
        yield n * n

pipe = squares(evens(numbers()))
print(next(pipe))
print(next(pipe))
print(list(x for x in pipe if x < 50))

def take(n, it):
    for _, v in zip(range(n), it):
        yield v

def naturals():
    n = 0
    while True:
        yield n
        n += 1
print(list(take(5, naturals())))

def flatten(x):
    for item in x:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))

def accumulate():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v
acc = accumulate()
next(acc)
for v in (1, 2, 3):
    acc.send(v)
try:
    acc.send(None)
except StopIteration as e:
    print("total", e.value)

def gen_with_return():
    yield 1
    return "ret"
def delegator():
    result = yield from gen_with_return()
    yield result
print(list(delegator()))
g = (i for i in range(3))
print(sum(g), sum(g))
