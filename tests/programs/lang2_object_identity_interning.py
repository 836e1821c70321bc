# Identity semantics that are guaranteed: singletons, small containers, is vs ==.
print(None is None, True is True, ... is Ellipsis, NotImplemented is NotImplemented)
a = []
b = a
print(a is b, [] is [], a == [])
t = ()
print(t == tuple(), frozenset() == frozenset())
print(type(None)() is None, type(...)() is ..., type(NotImplemented)() is NotImplemented, bool(0) is False)
try:
    type(None)(1)
except TypeError as e:
    print("TypeError:", e)
x = object()
print(x is x, x == x, x != object())
print(id(x) == id(x), isinstance(id(x), int))
# is with ints created at runtime is not compared here (implementation detail)
s = "abc"
print(s is s, s == "ab" + "c")
class C: pass
c1, c2 = C(), C()
print(c1 is not c2, c1 != c2, c1 == c1)
def f(): pass
print(f is f, f.__code__ is f.__code__)
print(type(1) is int, type(True) is bool, type(type) is type, type(object) is type)
print(int is not bool, issubclass(bool, int))
