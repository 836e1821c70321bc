# Generator-based context managers built by hand (no contextlib import).
class GCM:
    def __init__(self, gen): self.gen = gen
    def __enter__(self): return next(self.gen)
    def __exit__(self, t, v, tb):
        if t is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("didn't stop")
        try:
            self.gen.throw(v)
        except StopIteration:
            return True
        except BaseException as e:
            if e is v:
                return False
            raise
        raise RuntimeError("didn't stop after throw")

def managed(name):
    print("setup", name)
    try:
        yield name * 2
    except ValueError as e:
        print("handled in gen:", e)
    finally:
        print("teardown", name)

with GCM(managed("ab")) as v:
    print("value", v)

with GCM(managed("cd")):
    raise ValueError("oops")
print("after suppressed")

try:
    with GCM(managed("ef")):
        raise KeyError("passes through")
except KeyError as e:
    print("KeyError", e)

def nested():
    with GCM(managed("1")) as a:
        with GCM(managed("2")) as b:
            return a + b
print(nested())
