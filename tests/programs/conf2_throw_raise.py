# raise/throw of a class whose constructor returns a non-exception, the
# deprecated 3-argument throw(), and the generator methods' docstrings.
import warnings

class Odd(Exception):
    def __new__(cls, *args):
        return 5

try:
    raise Odd
except TypeError as e:
    print("TypeError:", e.args[0].replace(__name__, "M"))

def gen():
    yield 1
    yield 2

g = gen()
next(g)
try:
    g.throw(Odd)
except TypeError as e:
    print("TypeError:", e.args[0].replace(__name__, "M"))

g = gen()
next(g)
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    try:
        g.throw(ValueError, ValueError("v"), None)
    except ValueError as e:
        print("ValueError:", e)
print([(w.category.__name__, str(w.message)) for w in log])

import types
# (pyk words its docstrings itself: check what they speak of, not their text)
print("into generator" in types.GeneratorType.send.__doc__)
print("inside coroutine" in types.CoroutineType.close.__doc__)
print("await" in types.CoroutineType.__await__.__doc__)
