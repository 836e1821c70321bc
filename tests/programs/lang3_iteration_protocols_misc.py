# Iteration corners: the old __getitem__ protocol, iter(callable, sentinel), mutation during iteration.
class Old:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(Old()), 20 in Old(), 99 in Old())
it = iter(Old())
print(type(it).__name__, next(it), list(it))

class StopsWithStopIteration:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
print(list(StopsWithStopIteration()))

# iter(callable, sentinel)
vals = iter([1, 2, 3, 0, 5])
print(list(iter(lambda: next(vals), 0)))
try:
    iter(5, 0)
except TypeError as e:
    print("TypeError:", e)

# __iter__ = None blocks iteration and the fallback
class Blocked:
    __iter__ = None
    def __getitem__(self, i):
        return i
try:
    iter(Blocked())
except TypeError as e:
    print("TypeError:", e)

# __iter__ returning a non-iterator
class BadIter:
    def __iter__(self):
        return [1, 2]
try:
    for _ in BadIter():
        pass
except TypeError as e:
    print("TypeError:", e)

# dict/set changed during iteration
d = {1: 1, 2: 2}
try:
    for k in d:
        d[k + 10] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
s = {1, 2}
try:
    for v in s:
        s.add(v + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
d = {1: 1}
try:
    for k in d:
        del d[k]
        d[k + 1] = 1
except RuntimeError as e:
    print("RuntimeError:", e)

# list mutation during iteration is allowed
l = [1, 2, 3]
seen = []
for v in l:
    seen.append(v)
    if v == 1:
        l.append(4)
print(seen)

# return and yield with unpacking (3.8+)
def ret():
    rest = [2, 3]
    return 1, *rest
def gen():
    rest = (5, 6)
    yield 4, *rest
print(ret(), next(gen()))

# exhausted iterators stay exhausted; reversed() protocol
it = iter([1])
print(list(it), list(it))
class Rev:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return "abc"[i]
print(list(reversed(Rev())))
class NoRev:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return i
try:
    reversed(NoRev())
except TypeError as e:
    print("TypeError:", e)

# enumerate/zip strictness in for loops
try:
    for a, b in zip([1, 2], [1], strict=True):
        pass
except ValueError as e:
    print("ValueError:", e)
for i, (a, b) in enumerate(zip("ab", "cd"), start=1):
    print(i, a, b)
