# RecursionError from different kinds of recursion, and recovery afterwards.
import sys
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())

def plain(n):
    return plain(n + 1)
def mutual_a(n):
    return mutual_b(n)
def mutual_b(n):
    return mutual_a(n)
class ReprLoop:
    def __repr__(self):
        return repr(self)
class GetattrLoop:
    def __getattr__(self, name):
        return self.other
class Eq:
    def __eq__(self, o):
        return self == o
def via_lambda():
    f = lambda: f()
    return f()
def in_generator():
    def g():
        yield from g()
    return next(g())
def in_comprehension():
    def r():
        return [r() for _ in range(1)]
    return r()

for name, fn in [("plain", lambda: plain(0)), ("mutual", lambda: mutual_a(0)),
                 ("repr", lambda: repr(ReprLoop())), ("getattr", lambda: GetattrLoop().x),
                 ("eq", lambda: Eq() == 1), ("lambda", via_lambda), ("generator", in_generator),
                 ("comprehension", in_comprehension)]:
    try:
        fn()
        print(name, "no error")
    except RecursionError as e:
        print(name, "RecursionError:", e)

# nested data structure repr recursion is handled with ...
l = [1]
l.append(l)
d = {}
d["self"] = d
print(l, d)

# recursion error raised inside an except block keeps working afterwards
def depth(n=0):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
d1 = depth()
d2 = depth()
print(d1 > 50, d1 == d2)

# setrecursionlimit validation
for bad in (0, -5):
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    sys.setrecursionlimit("x")
except TypeError as e:
    print("TypeError:", e)

# raising the limit again allows deeper recursion
sys.setrecursionlimit(1000)
def count(n):
    return 0 if n == 0 else 1 + count(n - 1)
print(count(500))

# RecursionError is a RuntimeError
print(issubclass(RecursionError, RuntimeError))
