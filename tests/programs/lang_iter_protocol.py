# needs: stdlib
# iter()/next() protocol details: sentinel form, StopIteration, exhausted iterators.
it = iter([1, 2])
print(next(it), next(it), next(it, "default"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)

data = [3, 2, 1, 0, 5]
src = iter(data)
print(list(iter(lambda: next(src), 0)))

class Counter:
    def __init__(self): self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
print(list(iter(Counter(), 4)))

class NotIter:
    def __iter__(self):
        return 5
try:
    iter(NotIter())
except TypeError as e:
    print("TypeError:", e)
try:
    next([])
except TypeError as e:
    print("TypeError:", e)
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)

class Once:
    def __init__(self): self.done = False
    def __iter__(self): return self
    def __next__(self):
        if self.done:
            raise StopIteration
        self.done = True
        return "once"
o = Once()
print(list(o), list(o))

# iterators built into for loops, zip, map, enumerate
print(list(zip("ab", range(5))), list(map(pow, [2, 3], [3, 2])))
print(list(enumerate("xy", start=10)))
e = enumerate(Once())
print(next(e), next(e, None))
print(list(zip()), list(zip([1, 2], strict=True)))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
r = reversed(range(3))
print(type(r).__name__, list(r))
import itertools
print(list(itertools.islice(itertools.count(5, 2), 3)))
