"""Module docstring.

    Indented second paragraph.
"""
# Python 3.13 strips common leading indentation from docstrings at compile time.
print(repr(__doc__))

def f():
    """First line.

    Body line one.
        Deeper line.
    Body line two.
    """
print(repr(f.__doc__))

class C:
    """Class doc.
       aligned continuation
    """
    def m(self):
        """	Tab-led docstring.
		tab indented
        """
print(repr(C.__doc__))
print(repr(C.m.__doc__))

# only the first statement string counts; f-strings and bytes are not docstrings
def g():
    f"not a doc {1}"
def h():
    b"bytes"
def k():
    x = 1
    "too late"
def concat():
    "implicitly " "concatenated"
def paren():
    ("parenthesized")
print(g.__doc__, h.__doc__, k.__doc__, repr(concat.__doc__), repr(paren.__doc__))

# the docstring is not in co_consts when the function has none (3.13 behaviour check via __doc__ only)
def nodoc():
    return "value"
print(nodoc.__doc__)

# lambdas never have docstrings
lam = lambda: "not a doc"
print(lam.__doc__)

# async functions, generators and nested classes
async def co():
    """coroutine doc"""
def gen():
    """generator doc"""
    yield
class Outer:
    class Inner:
        """
        Inner doc with leading newline.
          and extra indent
        """
print(repr(co.__doc__), repr(gen.__doc__), repr(Outer.Inner.__doc__))

# docstrings are writable on functions and classes
f.__doc__ = "replaced"
C.__doc__ = None
print(f.__doc__, C.__doc__)

# compile() with optimize=2 removes docstrings
src = 'def d():\n    """gone"""\n    return 1\n'
ns = {}
exec(compile(src, "<o2>", "exec", optimize=2), ns)
print(ns["d"].__doc__)
ns = {}
exec(compile(src, "<o0>", "exec", optimize=0), ns)
print(ns["d"].__doc__)

# a module compiled from a string has __doc__ from its first string
ns = {}
exec('"""string module doc"""\nx = 1', ns)
print(ns.get("__doc__"))

# docstrings with escapes and raw strings
def esc():
    "tab\there\nnewline"
def raw():
    r"raw\n kept"
print(repr(esc.__doc__), repr(raw.__doc__))

# blank-only lines and whitespace handling
def blanks():
    """

    text after blank lines

    """
print(repr(blanks.__doc__))

# inherited docstrings: methods do not inherit, inspect.getdoc does
import inspect
class Base:
    def m(self):
        """base method doc"""
class Sub(Base):
    def m(self):
        pass
print(Sub.m.__doc__, inspect.getdoc(Sub.m))
