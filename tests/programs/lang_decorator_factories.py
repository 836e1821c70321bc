# Decorators with state, wrapping preserving metadata by hand, class-based decorators.
def counted(fn):
    def wrapper(*a, **k):
        wrapper.calls += 1
        return fn(*a, **k)
    wrapper.calls = 0
    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    wrapper.__wrapped__ = fn
    return wrapper

@counted
def square(x):
    "Return x squared."
    return x * x
print(square(3), square(4), square.calls, square.__name__, square.__doc__, square.__wrapped__(5))

class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
    def __call__(self, *a):
        if a not in self.cache:
            self.cache[a] = self.fn(*a)
        return self.cache[a]
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return lambda *a: self(obj, *a)

@Memo
def slow_add(a, b):
    print("computing", a, b)
    return a + b
print(slow_add(1, 2), slow_add(1, 2), len(slow_add.cache))

class Calc:
    @Memo
    def double(self, x):
        print("doubling", x)
        return 2 * x
c = Calc()
print(c.double(4), c.double(4))

def retry(times):
    def deco(fn):
        def wrapper(*a):
            for attempt in range(1, times + 1):
                try:
                    return fn(*a, attempt)
                except ValueError as e:
                    print("attempt", attempt, "failed:", e)
            return "gave up"
        return wrapper
    return deco

@retry(3)
def flaky(limit, attempt):
    if attempt < limit:
        raise ValueError(f"too early ({attempt})")
    return f"succeeded on {attempt}"
print(flaky(2))
print(flaky(5))

def method_deco(fn):
    def wrapper(self, *a):
        return f"<{fn(self, *a)}>"
    return wrapper
class T:
    @method_deco
    def show(self, x):
        return f"T {x}"
    @classmethod
    @method_deco
    def cls_show(cls, x):
        return f"{cls.__name__} {x}"
print(T().show(1), T.cls_show(2))
