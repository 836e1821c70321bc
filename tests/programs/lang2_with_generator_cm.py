# contextlib.contextmanager: exceptions into the generator, suppression, re-raising.
from contextlib import contextmanager
log = []
@contextmanager
def managed(name, suppress=False):
    log.append(f"enter {name}")
    try:
        yield name.upper()
    except ValueError as e:
        log.append(f"caught {e} in {name}")
        if not suppress:
            raise
    finally:
        log.append(f"exit {name}")
with managed("a") as v:
    log.append(v)
print(log); log.clear()
with managed("b", suppress=True):
    raise ValueError("boom")
print(log); log.clear()
try:
    with managed("c"):
        raise ValueError("again")
except ValueError as e:
    log.append(f"outer {e}")
print(log); log.clear()
try:
    with managed("d"):
        raise KeyError("k")
except KeyError as e:
    log.append(f"outer {e!r}")
print(log); log.clear()
@contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
@contextmanager
def two_yields():
    yield 1
    yield 2
try:
    with two_yields():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
@contextmanager
def as_decorator():
    log.append("deco enter")
    yield
    log.append("deco exit")
@as_decorator()
def decorated():
    log.append("body")
decorated()
print(log)
