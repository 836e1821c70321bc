# Context manager edge cases: reentrancy, exceptions in __exit__ args, exit return values, nesting.
import contextlib
log = []

class Reentrant:
    depth = 0
    def __enter__(self):
        self.depth += 1
        log.append(f"enter depth {self.depth}")
        return self.depth
    def __exit__(self, *exc):
        log.append(f"exit depth {self.depth}")
        self.depth -= 1
r = Reentrant()
with r as a:
    with r as b:
        log.append((a, b))
print(log); log.clear()

# __exit__ receives the exception triple; the traceback is the exception's
class Inspect:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        log.append((et.__name__, str(ev), tb is ev.__traceback__, tb.tb_frame.f_code.co_name))
        return True
def body():
    with Inspect():
        raise LookupError("look")
body()
print(log); log.clear()

# __exit__ returning a non-bool truthy/falsy value
for ret in (1, 0, "", "yes", [], [0], None):
    class R:
        def __enter__(self):
            return self
        def __exit__(self, *a, ret=ret):
            return ret
    try:
        with R():
            raise KeyError
        log.append(f"{ret!r} suppressed")
    except KeyError:
        log.append(f"{ret!r} propagated")
print(log); log.clear()

# exceptions raised in __enter__ skip __exit__
class BadEnter:
    def __enter__(self):
        raise OSError("enter failed")
    def __exit__(self, *a):
        log.append("exit should not run")
try:
    with BadEnter():
        pass
except OSError as e:
    print("OSError:", e, log)

# contextlib helpers: suppress, nullcontext, ExitStack callback order, closing
with contextlib.suppress(KeyError, IndexError):
    [][1]
print("suppressed IndexError")
with contextlib.nullcontext("value") as v:
    print(v)
with contextlib.ExitStack() as stack:
    for i in range(3):
        stack.callback(log.append, f"callback {i}")
    stack.enter_context(Reentrant())
print(log); log.clear()

class Closable:
    def close(self):
        log.append("closed")
with contextlib.closing(Closable()):
    pass
print(log); log.clear()

# contextmanager generator: exception thrown in, re-raised, or swallowed
@contextlib.contextmanager
def managed(swallow):
    log.append("setup")
    try:
        yield "resource"
    except ValueError as e:
        log.append(f"saw {e}")
        if not swallow:
            raise
    finally:
        log.append("teardown")
for swallow in (True, False):
    try:
        with managed(swallow) as res:
            raise ValueError(res)
        log.append("continued")
    except ValueError:
        log.append("propagated")
print(log); log.clear()

# a contextmanager that does not yield
@contextlib.contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

# a contextmanager that yields twice
@contextlib.contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

# with statement on the same object used as decorator (ContextDecorator)
class Deco(contextlib.ContextDecorator):
    def __enter__(self):
        log.append("deco enter")
        return self
    def __exit__(self, *a):
        log.append("deco exit")
@Deco()
def decorated():
    log.append("inside")
decorated()
print(log)
