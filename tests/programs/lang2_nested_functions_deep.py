# Deeply nested functions with closures at several levels and default args.
def level1(a):
    def level2(b):
        def level3(c):
            def level4(d):
                return a + b + c + d
            return level4
        return level3
    return level2
print(level1(1)(2)(3)(4))
f = level1(10)(20)
print(f.__code__.co_freevars, f.__closure__ is not None, len(f.__closure__))
print(f(30).__code__.co_freevars)

def counter_factory():
    count = 0
    def make_inc(step):
        def inc():
            nonlocal count
            count += step
            return count
        return inc
    def get():
        return count
    return make_inc, get
make_inc, get = counter_factory()
by1, by5 = make_inc(1), make_inc(5)
by1(); by5(); by1()
print(get())

# recursion through closures
def make_fib():
    memo = {}
    def fib(n):
        if n in memo:
            return memo[n]
        r = n if n < 2 else fib(n - 1) + fib(n - 2)
        memo[n] = r
        return r
    return fib
print(make_fib()(60))

# qualnames of nested functions
def outer():
    def middle():
        def inner():
            pass
        return inner
    return middle()
print(outer().__qualname__)
class K:
    def m(self):
        def local():
            return (lambda: 0)
        return local()
print(K().m().__qualname__)

# co_cellvars vs co_freevars
def cells():
    x = 1
    y = 2
    def use():
        return x
    return use
print(cells.__code__.co_cellvars, cells().__code__.co_freevars)
# argument captured by inner function is a cell
def arg_cell(p):
    return lambda: p
print(arg_cell.__code__.co_cellvars, arg_cell(9)())
