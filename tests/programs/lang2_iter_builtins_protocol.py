# iter(callable, sentinel), next with default, and iterator exhaustion semantics.
vals = iter([1, 2, 3, None, 4])
print(list(iter(lambda: next(vals), None)))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 4)))
it = iter(tick, 100)
print(next(it), next(it))
try:
    iter(5, 1)
except TypeError as e:
    print("TypeError:", e)
print(next(iter([]), "default"))
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration", e.args)
try:
    next([1])
except TypeError as e:
    print("TypeError:", e)
# a callable iterator stops forever once the sentinel is seen
calls = iter([1, 0, 2])
ci = iter(lambda: next(calls), 0)
print(list(ci), list(ci))
# callable raising StopIteration ends the iteration
def stopper():
    raise StopIteration
print(list(iter(stopper, 1)))
# iter() of an iterator returns itself
li = iter([1])
print(iter(li) is li)
# enumerate / zip / map laziness and strictness
print(list(zip([1, 2], "abc")))
try:
    list(zip([1, 2], "abc", strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
print(list(enumerate("ab", start=5)))
# filter with None
print(list(filter(None, [0, 1, "", "x", None, []])))
# sum with start, min/max with key and default
print(sum([[1], [2]], []), min([], default="empty"), max("abc", key=ord))
try:
    min([])
except ValueError as e:
    print("ValueError:", e)
