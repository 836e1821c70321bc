# with statements: several items, exit order, suppression, errors in enter/exit.
log = []
class CM:
    def __init__(self, name, suppress=False, fail_enter=False, fail_exit=False):
        self.name, self.suppress, self.fail_enter, self.fail_exit = name, suppress, fail_enter, fail_exit
    def __enter__(self):
        log.append("enter " + self.name)
        if self.fail_enter:
            raise RuntimeError("enter " + self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        log.append(f"exit {self.name} {et.__name__ if et else None}")
        if self.fail_exit:
            raise KeyError("exit " + self.name)
        return self.suppress

with CM("a") as a, CM("b") as b:
    log.append(a + b)
print(log); log.clear()

# parenthesized multi-item form (3.10+)
with (
    CM("p") as p,
    CM("q"),
):
    log.append(p)
print(log); log.clear()

# an error in the second __enter__ exits only the first
try:
    with CM("a"), CM("b", fail_enter=True), CM("c"):
        log.append("body")
except RuntimeError as e:
    log.append("caught " + str(e))
print(log); log.clear()

# an inner manager suppresses, the outer sees a clean exit
with CM("outer"), CM("inner", suppress=True):
    raise ValueError("hidden")
print(log); log.clear()

# an exit raising replaces the body's exception, with context
try:
    with CM("x", fail_exit=True):
        raise ValueError("body")
except KeyError as e:
    print("KeyError", e, "context:", repr(e.__context__))
print(log); log.clear()

# truthiness of __exit__'s result decides suppression
class Truthy:
    def __bool__(self):
        log.append("bool called")
        return True
class Sup:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return Truthy()
with Sup():
    raise OSError
print(log); log.clear()

# the as-target can be any assignment target
class Holder: pass
h = Holder()
d = {}
with CM("t") as h.attr, CM("u") as d["key"], CM("vw") as (x, y):
    pass
print(h.attr, d, x, y)
log.clear()

# objects lacking the protocol
class NoExit:
    def __enter__(self):
        return 1
class NoEnter:
    def __exit__(self, *a):
        pass
for obj in (NoExit(), NoEnter(), 5):
    try:
        with obj:
            pass
    except TypeError as e:
        print("TypeError:", e)

# __enter__ looked up on the type, not the instance
class Plain: pass
pl = Plain()
pl.__enter__ = lambda: 1
pl.__exit__ = lambda *a: None
try:
    with pl:
        pass
except TypeError as e:
    print("TypeError:", e)

# return from inside with runs __exit__ before the value is returned
def ret():
    with CM("r"):
        return log.copy()
print(ret(), log)
