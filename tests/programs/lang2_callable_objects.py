# __call__ on instances and classes, callable(), and call errors.
class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *, times=1): return (x + self.n) * times
add5 = Adder(5)
print(add5(1), add5(1, times=3), callable(add5), callable(Adder), callable(5), callable(print))
class NotCallable: pass
try:
    NotCallable()()
except TypeError as e:
    print("TypeError:", e)
class CallIsNone:
    __call__ = None
print(callable(CallIsNone()))
try:
    CallIsNone()()
except TypeError as e:
    print("TypeError:", e)
inst = NotCallable()
inst.__call__ = lambda: "instance attr"
try:
    inst()
except TypeError as e:
    print("instance __call__ ignored:", e)
class Chain:
    def __call__(self): return self
c = Chain()
print(c()()() is c)
class Meta(type):
    def __call__(cls, *a):
        return ("intercepted", cls.__name__, a)
class M(metaclass=Meta): pass
print(M(1, 2))
import functools
p = functools.partial(add5, times=2)
print(p(3), callable(p), p.func is add5, p.keywords)
