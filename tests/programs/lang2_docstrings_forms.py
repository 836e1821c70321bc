# Docstrings: which literals count, on modules, classes, functions, lambdas.
"""Module docstring."""
print(__doc__)

def f():
    "single quoted"
print(f.__doc__)

def g():
    f"not a docstring {1}"
print(g.__doc__)

def h():
    b"bytes are not docstrings"
print(h.__doc__)

def i():
    x = 1
    "after a statement"
print(i.__doc__)

def j():
    """
        Indented
          more
        back
    """
print(repr(j.__doc__))
import inspect
print(repr(inspect.cleandoc(j.__doc__)))

class C:
    """Class doc."""
    def m(self):
        """Method doc."""
print(C.__doc__, C.m.__doc__, C().m.__doc__)

class NoDoc:
    pass
print(NoDoc.__doc__)

lam = lambda: None
print(lam.__doc__)

async def co():
    "coroutine doc"
print(co.__doc__)

def concatenated():
    "part one " "part two"
print(concatenated.__doc__)

def paren():
    ("parenthesized")
print(paren.__doc__)

# docstring is the first constant of co_consts? 3.13: present in co_consts
print(f.__code__.co_consts[0])
# assigning __doc__
f.__doc__ = "changed"
print(f.__doc__)
del f.__doc__
print(f.__doc__)
# class with __doc__ in body explicitly
class D:
    __doc__ = "explicit"
print(D.__doc__)
# docstring and then annotations/future-like statements
def k():
    """doc"""
    return k.__doc__
print(k())
# module docstring compiled via exec
ns = {}
exec('"""exec doc"""\nx = 1', ns)
print(ns.get("__doc__"))
# subclass does not inherit __doc__
class E(C):
    pass
print(E.__doc__)
print(inspect.getdoc(E))
