# nonlocal from generators and coroutines, and cell state across yields.
def outer():
    state = []
    def gen():
        nonlocal state
        for i in range(3):
            state = state + [i]
            yield len(state)
    return gen, lambda: state
g, get = outer()
it = g()
print(next(it), get())
print(next(it), get())
print(list(it), get())

def coro_counter():
    total = 0
    async def add(n):
        nonlocal total
        total += n
        return total
    return add, lambda: total
add, read = coro_counter()
for n in (1, 2, 3):
    c = add(n)
    try:
        c.send(None)
    except StopIteration as e:
        print("total now", e.value)
print(read())

def gen_closure_late():
    fns = []
    def g():
        for i in range(3):
            fns.append(lambda: i)
            yield
    list(g())
    return [f() for f in fns]
print(gen_closure_late())
