# Errors from star-args and kwargs unpacking.
def show(thunk):
    try:
        thunk()
    except Exception as e:
        print(type(e).__name__ + ":", e)

def f(*a, **k):
    return a, k
class NotIter: pass
show(lambda: f(*NotIter()))
show(lambda: f(*None))
show(lambda: f(**None))
show(lambda: f(**[1]))
show(lambda: f(**{"a": 1}, **{"a": 2}))
show(lambda: f(a=1, **{"a": 2}))
show(lambda: [*5])
show(lambda: {**5})
show(lambda: {*None})
show(lambda: (*1,))
show(lambda: print(*1))
class KeysOnly:
    def keys(self): return ["x"]
    def __getitem__(self, k): return k.upper()
print(f(**KeysOnly()))
print({**KeysOnly()})
class BadKeys:
    def keys(self): return [1]
    def __getitem__(self, k): return k
show(lambda: f(**BadKeys()))
print({**BadKeys()})
class RaisingIter:
    def __iter__(self):
        raise ValueError("iter failed")
show(lambda: f(*RaisingIter()))
class RaisingKeys:
    def keys(self):
        raise KeyError("keys failed")
show(lambda: f(**RaisingKeys()))
def gen():
    yield 1
    raise RuntimeError("gen failed midway")
show(lambda: f(*gen()))
print(f(*"ab", *range(2), **{"z": 0}, y=1))
print(f(*[], **{}))
def g(a, b): return a, b
show(lambda: g(*[1, 2, 3]))
show(lambda: g(*[1]))
show(lambda: g(1, *[2], b=3))
show(lambda: g(**{"a": 1, "b": 2, "c": 3}))
