"""Module docstring.

    Indented line in module doc.
"""
# Docstrings: 3.13 strips common leading indentation at compile time.
print(repr(__doc__))

def f():
    """Function doc.

    More lines,
        indented more.
    Last.
    """
print(repr(f.__doc__))

def one_line():
    """   Leading spaces kept on first line?   """
print(repr(one_line.__doc__))

class C:
    """Class doc.

        Deeper.
      Shallower.
    """
    def m(self):
        "single quoted doc"
    def n(self):
        x = 1
        "not a docstring"
    async def a(self):
        """async doc"""
print(repr(C.__doc__))
print(repr(C.m.__doc__), C.n.__doc__, repr(C.a.__doc__))

def tabs():
    """Tabbed.
	tab indented
	  more
    """
print(repr(tabs.__doc__))

def fstring_doc():
    f"""not a docstring {1}"""
print(fstring_doc.__doc__)

def bytes_doc():
    b"""bytes are not docstrings"""
print(bytes_doc.__doc__)

def concat_doc():
    "part one " "part two"
print(repr(concat_doc.__doc__))

lam = lambda: "lambda"
print(lam.__doc__)

def blank_lines():
    """

    Starts after blank lines.

    """
print(repr(blank_lines.__doc__))

# compiled from source via compile/exec
ns = {}
exec('def g():\n    """Doc\n        indented\n    """\n', ns)
print(repr(ns["g"].__doc__))

# co_consts no longer hold the docstring for a function without one? check __doc__ writable
f.__doc__ = "changed"
print(f.__doc__)
class NoDoc:
    pass
print(NoDoc.__doc__)
