# Generator cleanup: close on garbage collection, finally blocks, try/except around yields.
import gc
log = []
def tracked(name):
    try:
        log.append(f"{name} start")
        yield 1
        yield 2
    finally:
        log.append(f"{name} finally")

g = tracked("a")
next(g)
del g
gc.collect()
print(log); log.clear()

# a generator that is never started has no finally to run
g = tracked("b")
del g
print(log); log.clear()

# exhausting runs finally once
print(list(tracked("c")), log); log.clear()

# break out of a for loop over a generator: finally runs when it is collected
for v in tracked("d"):
    break
gc.collect()
print(log); log.clear()

# close() raises if the generator raises a different exception
def raises_on_close():
    try:
        yield
    finally:
        raise ValueError("from finally")
g = raises_on_close()
next(g)
try:
    g.close()
except ValueError as e:
    print("ValueError:", e)

# GeneratorExit caught and swallowed by returning
def swallow():
    try:
        yield 1
    except GeneratorExit:
        log.append("got GeneratorExit")
        return
g = swallow()
next(g)
g.close()
print(log); log.clear()

# generator in a with statement: __exit__ runs on close
class CM:
    def __enter__(self): log.append("enter")
    def __exit__(self, *a):
        log.append(f"exit {a[0].__name__ if a[0] else None}")
def in_with():
    with CM():
        yield 1
        yield 2
g = in_with()
next(g)
g.close()
print(log); log.clear()

# gi_frame.f_lineno tracks the suspended position
def positions():
    yield 1
    yield 2
g = positions()
next(g)
first = g.gi_frame.f_lineno
next(g)
print(g.gi_frame.f_lineno - first)
# generator attributes after close
g.close()
print(g.gi_frame, g.gi_suspended, g.gi_running)
print(g.__name__, g.__qualname__, type(g.gi_code).__name__)
