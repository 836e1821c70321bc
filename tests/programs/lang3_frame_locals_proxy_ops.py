# PEP 667: frame.f_locals is a write-through proxy in functions (3.13).
import sys

def proxy_basics():
    a = 1
    b = "two"
    fl = sys._getframe().f_locals
    print(type(fl).__name__, len(fl), sorted(fl), fl["a"], "b" in fl, "zz" in fl)
    fl["a"] = 100
    print("a after write:", a)
    fl["new_name"] = "extra"
    print(sorted(fl), fl["new_name"])
    try:
        del fl["a"]
    except (KeyError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
    try:
        fl["missing"]
    except KeyError as e:
        print("KeyError:", e)
    print(fl.get("b"), fl.get("nope", "dflt"), list(fl.keys())[:2], list(fl.values())[:2])
    print(dict(fl.items())["b"], fl.copy()["a"], type(fl.copy()).__name__)
    return a
print(proxy_basics())

# the proxy sees cells and free variables
def outer():
    cellvar = "cell"
    def inner():
        fl = sys._getframe().f_locals
        fl["cellvar"] = "written via inner proxy"
        return sorted(fl)
    keys = inner()
    return keys, cellvar
print(outer())

# an unbound local is not in the proxy until assigned
def unbound():
    fl = sys._getframe().f_locals
    before = "late" in fl
    late = 1
    return before, "late" in fl
print(unbound())

# writing to a not-yet-bound local through the proxy binds it
def bind_through_proxy():
    sys._getframe().f_locals["target"] = "bound!"
    try:
        return target
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
    target = None
print(bind_through_proxy())

# the proxy of a caller's frame
def callee():
    sys._getframe(1).f_locals["x"] = "changed by callee"
def caller():
    x = "original"
    callee()
    return x
print(caller())

# module and class frames: f_locals is the real dict
print(sys._getframe().f_locals is globals())
class K:
    inside = sys._getframe().f_locals
    inside["injected"] = 42
print(K.injected)

# proxy equality and | merging
def eq():
    p = 1
    fl = sys._getframe().f_locals
    return fl == {"p": 1, "fl": fl} or sorted(fl), (fl | {"q": 2})["q"]
print(eq())

# proxy update(), setdefault() and pop
def mutate():
    v = 0
    fl = sys._getframe().f_locals
    fl.update({"v": 5})
    r = fl.setdefault("v", 99), fl.setdefault("w", 7)
    try:
        fl.pop("v")
    except (ValueError, TypeError, KeyError, AttributeError) as e:
        r += (type(e).__name__,)
    return v, r
print(mutate())
