# Closures: counters, accumulators, closures over loop variables and params.
def make_adder(n):
    def add(x):
        return x + n
    return add
add5 = make_adder(5)
print(add5(1), make_adder(-1)(1))

def make_acc():
    total = []
    def acc(v):
        total.append(v)
        return sum(total)
    return acc
acc = make_acc()
print(acc(1), acc(2), acc(3))

def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return composed
print(compose(str, lambda v: v * 2, abs)(-4))

def memo(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper

@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), len(fib.cache))

def deep():
    a = 1
    def l1():
        b = 2
        def l2():
            c = 3
            def l3():
                return a + b + c
            return l3
        return l2
    return l1()()()
print(deep())

# closures capture variables, not values
def capture():
    x = 1
    f = lambda: x
    x = 2
    return f()
print(capture())

# closure over a class attribute is not possible, closure over function in class is
def factory():
    secret = "s3"
    class K:
        def reveal(self):
            return secret
    return K()
print(factory().reveal())

# recursive closure
def outer_rec():
    def countdown(n):
        return [] if n == 0 else [n] + countdown(n - 1)
    return countdown(4)
print(outer_rec())

# generator closure
def gen_closure():
    step = 3
    def gen(n):
        for i in range(n):
            yield i * step
    return list(gen(4))
print(gen_closure())
