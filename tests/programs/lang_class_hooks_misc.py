# Class hooks: __set_name__ failures get a note, __dir__, module __getattr__, __init_subclass__ errors.
class D:
    def __set_name__(self, owner, name):
        raise ValueError("set_name failed")
try:
    class C:
        d = D()
except ValueError as e:
    print(type(e).__name__, e, e.__notes__)

try:
    class X(foo=1):
        pass
except TypeError as e:
    print("TypeError:", e)

class A:
    def __eq__(self, o): return True
class B(A):
    __hash__ = object.__hash__
print(A.__hash__, B.__hash__ is object.__hash__)

def f():
    x = 1
    class C:
        nonlocal x
        x = 2
    return x
print(f())

import types
m = types.ModuleType("mymod")
m.__getattr__ = lambda name: f"module attr {name}"
print(m.anything)

class Dd:
    def __dir__(self):
        return ["b", "a", "c"]
print(dir(Dd()))
class Gen:
    def __dir__(self):
        return (n for n in ("z", "y"))
print(dir(Gen()))
try:
    format(None, "d")
except TypeError as e:
    print("TypeError:", e)
try:
    raise ValueError
except ValueError as e:
    pass
try:
    e
except NameError as ex:
    print("NameError:", ex)
class I(int):
    pass
print(list(range(I(3))), [0, 1, 2][I(1)], repr(I(5)), f"{I(5)!r}")
print([1, 2, 3][:10**30], [1, 2, 3][-10**30:])
