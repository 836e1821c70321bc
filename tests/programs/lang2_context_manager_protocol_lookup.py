# with looks up __enter__/__exit__ on the type, not the instance.
class C:
    def __enter__(self): return "class enter"
    def __exit__(self, *a): return False
c = C()
c.__enter__ = lambda: "instance enter"
with c as v:
    print(v)
class OnlyInstance:
    pass
o = OnlyInstance()
o.__enter__ = lambda: 1
o.__exit__ = lambda *a: None
try:
    with o:
        pass
except TypeError as e:
    print("TypeError:", e)
# __exit__ looked up before __enter__ is called
log = []
class Order:
    def __getattribute__(self, n):
        log.append(n)
        return object.__getattribute__(self, n)
    def __enter__(self):
        log.append("enter called")
    def __exit__(self, *a):
        log.append("exit called")
with Order():
    log.append("body")
print(log)
# __enter__ is a staticmethod / classmethod
class S:
    @staticmethod
    def __enter__(): return "static enter"
    @classmethod
    def __exit__(cls, *a): print("classmethod exit", cls.__name__)
with S() as v:
    print(v)
# context manager used twice
class Reusable:
    n = 0
    def __enter__(self):
        Reusable.n += 1
        return Reusable.n
    def __exit__(self, *a): pass
r = Reusable()
with r as a, r as b:
    print(a, b)
# contextlib classes
import contextlib
with contextlib.nullcontext("value") as v:
    print(v)
with contextlib.suppress(KeyError, IndexError):
    [][1]
print("suppressed IndexError")
stack_log = []
with contextlib.ExitStack() as stack:
    for i in range(3):
        stack.callback(stack_log.append, i)
print(stack_log)
