# RecursionError from several kinds of recursion; recovery afterwards.
import sys
sys.setrecursionlimit(200)

def plain(n):
    return plain(n + 1)
try:
    plain(0)
except RecursionError as e:
    print("plain:", e)

class R:
    def __repr__(self):
        return repr(self)
try:
    repr(R())
except RecursionError as e:
    print("repr:", e)

class A:
    def __getattr__(self, name):
        return getattr(self, name + "x")
try:
    A().start
except RecursionError as e:
    print("getattr:", type(e).__name__)

def mutual_a(n): return mutual_b(n)
def mutual_b(n): return mutual_a(n)
try:
    mutual_a(0)
except RecursionError:
    print("mutual recursion caught")

# recursion via __eq__ in containers
l = []
l.append(l)
print(l, l == l)

# deep but within limit works
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(150))

# recursion limit value round trip
print(sys.getrecursionlimit())
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)

# generator recursion
def gen(n):
    yield from gen(n + 1)
try:
    next(gen(0))
except RecursionError:
    print("generator recursion caught")

# after catching, normal calls still work
print(depth(10))
