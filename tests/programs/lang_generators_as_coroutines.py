# Generator-based coroutines: priming, pipelines with send, and return values.
def coroutine(fn):
    def start(*a, **k):
        g = fn(*a, **k)
        next(g)
        return g
    return start

@coroutine
def printer(prefix):
    while True:
        item = yield
        print(prefix, item)

@coroutine
def filter_even(target):
    while True:
        item = yield
        if item % 2 == 0:
            target.send(item)

@coroutine
def scaler(factor, target):
    try:
        while True:
            target.send((yield) * factor)
    except GeneratorExit:
        print("scaler closing")
        target.close()

p = printer(">")
pipeline = filter_even(scaler(10, p))
for i in range(5):
    pipeline.send(i)
pipeline.close()

@coroutine
def averager():
    total = n = 0
    while True:
        try:
            v = yield
        except KeyError:
            print("reset")
            total = n = 0
            continue
        if v is None:
            return total / n if n else None
        total += v
        n += 1

a = averager()
for v in (1, 2, 3):
    a.send(v)
a.throw(KeyError)
for v in (10, 20):
    a.send(v)
try:
    a.send(None)
except StopIteration as e:
    print("average", e.value)

def grouper():
    results = {}
    while True:
        key = yield
        if key is None:
            break
        results[key] = yield from collector()
    return results
def collector():
    items = []
    while True:
        v = yield
        if v is None:
            return items
        items.append(v)
g = grouper()
next(g)
for token in ("a", 1, 2, None, "b", 3, None, None):
    try:
        g.send(token)
    except StopIteration as e:
        print(e.value)
