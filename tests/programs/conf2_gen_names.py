# Generators, coroutines and async generators take new __name__ and
# __qualname__ strings; other attributes stay read-only.
def gen():
    yield 1

async def coro():
    pass

async def agen():
    yield 1

for obj in (gen(), coro(), agen()):
    kind = type(obj).__name__
    print(kind, obj.__name__, obj.__qualname__)
    obj.__name__ = "renamed"
    obj.__qualname__ = "Outer.renamed"
    print(kind, obj.__name__, obj.__qualname__, repr(obj).split(" at ")[0])
    for attr, value in (("__name__", 5), ("__qualname__", None)):
        try:
            setattr(obj, attr, value)
        except TypeError as e:
            print("TypeError:", e)
    try:
        del obj.__name__
    except TypeError as e:
        print("TypeError:", e)
    try:
        obj.other = 1
    except AttributeError as e:
        print("AttributeError:", e)
    if kind == "coroutine":
        obj.close()

# a generator takes its function's current names
gen.__name__ = "gen_name"
gen.__qualname__ = "gen_qualname"
g = gen()
print(g.__name__, g.__qualname__)
