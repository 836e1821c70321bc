# RecursionError from Python recursion, and recovery.
import sys
old = sys.getrecursionlimit()
sys.setrecursionlimit(150)

def f(n):
    return f(n + 1)
try:
    f(0)
except RecursionError as e:
    print(type(e).__name__, e)

class R:
    def __repr__(self):
        return repr(self)
try:
    repr(R())
except RecursionError:
    print("repr recursion")

class A:
    def __getattr__(self, name):
        return getattr(self, name + "x")
try:
    A().foo
except RecursionError:
    print("getattr recursion")

def g(n):
    try:
        return g(n + 1)
    except RecursionError:
        return n
deep = g(0)
print(deep > 50)

lst = []
lst.append(lst)
print(lst)
d = {}
d["self"] = d
print(d)
sys.setrecursionlimit(old)
print(sys.getrecursionlimit() == old)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
