# with-statement exceptions and suppression order.
log = []
class CM:
    def __init__(self, name, suppress=False, raise_in_exit=None):
        self.name, self.suppress, self.rie = name, suppress, raise_in_exit
    def __enter__(self):
        log.append("enter " + self.name)
        return self.name
    def __exit__(self, et, ev, tb):
        log.append(f"exit {self.name} {et.__name__ if et else None}")
        if self.rie:
            raise self.rie
        return self.suppress

with CM("a") as a, CM("b") as b:
    log.append(a + b)
print(log); log.clear()

try:
    with CM("a"), CM("b", suppress=True):
        raise ValueError("x")
    log.append("after")
except ValueError:
    log.append("caught")
print(log); log.clear()

try:
    with CM("a"), CM("b", raise_in_exit=KeyError("exit")):
        raise ValueError("body")
except KeyError as e:
    log.append(f"caught {e!r} ctx={e.__context__!r}")
print(log); log.clear()

# suppression value is truthiness
class Truthy:
    def __enter__(self): return self
    def __exit__(self, *a): return [1]
with Truthy():
    raise RuntimeError
print("suppressed by truthy list")

# enter raising: exit not called
class BadEnter:
    def __enter__(self): raise OSError("enter failed")
    def __exit__(self, *a):
        log.append("should not run")
try:
    with CM("outer"), BadEnter():
        pass
except OSError as e:
    log.append(str(e))
print(log); log.clear()

# missing protocol methods
class NoExit:
    def __enter__(self): return self
try:
    with NoExit():
        pass
except TypeError as e:
    print(e)
class NoEnter:
    def __exit__(self, *a): pass
try:
    with NoEnter():
        pass
except TypeError as e:
    print(e)

# return and break through with
def f():
    with CM("r"):
        return "returned"
print(f(), log); log.clear()
for i in range(3):
    with CM(str(i)):
        if i == 1:
            continue
        if i == 2:
            break
print(log); log.clear()

# exit receives the traceback
class TB:
    def __enter__(self): return self
    def __exit__(self, et, ev, tb):
        print(et.__name__, ev.args, tb is ev.__traceback__, tb.tb_lineno > 0)
        return True
with TB():
    raise ValueError("tb")

# as-target can be any target
d = {}
with CM("x") as d["key"]:
    pass
print(d); log.clear()
with CM("y") as (p):
    pass
print(p)

# parenthesized context managers
with (
    CM("p1") as one,
    CM("p2") as two,
):
    print(one, two)
print(log); log.clear()

# exit called with exception raised by __exit__ of inner
class Inner:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise LookupError("inner exit")
try:
    with CM("out", suppress=True), Inner():
        pass
    print("suppressed inner exit error", log)
except LookupError:
    print("not suppressed")
