# Generators: lazy evaluation, state, return values, StopIteration.
def count_up(n):
    print("start")
    i = 0
    while i < n:
        yield i
        i += 1
    print("end")
    return "done"

g = count_up(3)
print(type(g).__name__, g.__name__, g.__qualname__)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value)
try:
    next(g)
except StopIteration as e:
    print("exhausted:", e.value)

print(list(count_up(2)))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])

# generator state inspection
def simple():
    yield 1
s = simple()
print(s.gi_suspended, s.gi_running, s.gi_frame is not None)
next(s)
print(s.gi_suspended, s.gi_running, s.gi_frame is not None)
for _ in s: pass
print(s.gi_suspended, s.gi_frame)

# StopIteration raised inside generator becomes RuntimeError
def bad():
    yield 1
    raise StopIteration("inner")
try:
    list(bad())
except RuntimeError as e:
    print("RuntimeError:", e, "|", repr(e.__cause__))

# generator re-entry
def reenter():
    yield next(me)
me = reenter()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)

# yield as expression with no send gives None
def echo():
    got = yield "first"
    print("got", got)
    yield "second"
e = echo()
print(next(e), next(e))

# generators in expressions
print(sum(x * x for x in range(5)), max((c for c in "hello"), default=None))
print(list(zip(count_up(2), "ab")))
