# Return values and exceptions through with blocks that suppress.
class Suppress:
    def __init__(self, *types): self.types = types
    def __enter__(self): return self
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            self.caught = ev
            return True
        return False

def f():
    with Suppress(KeyError) as s:
        {}["x"]
        return "not reached"
    return f"suppressed {s.caught!r}"
print(f())

def g():
    for i in range(3):
        with Suppress(ValueError):
            if i == 1:
                raise ValueError
            if i == 2:
                break
        print("after with", i)
    return "loop ended"
print(g())

def h():
    with Suppress(ZeroDivisionError):
        with Suppress(KeyError):
            1 / 0
        print("not printed")
    return "outer suppressed"
print(h())

def k():
    try:
        with Suppress(KeyError):
            raise ValueError("not suppressed")
    except ValueError as e:
        return f"propagated {e}"
print(k())
