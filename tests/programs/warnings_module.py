# needs: stdlib
import sys
import _warnings
import warnings

def f():
    warnings.warn("from f", UserWarning, stacklevel=2)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    f()
    warnings.warn("plain")
    warnings.warn(DeprecationWarning("as instance"))
    print([(x.category.__name__, str(x.message), x.lineno) for x in w])

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error", RuntimeWarning)
    except RuntimeWarning as e:
        print("raised", e)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("once")
    for i in range(3):
        warnings.warn("once only")
    print(len(w))

with warnings.catch_warnings(record=True) as w:
    warnings.filterwarnings("ignore", message="skip.*")
    warnings.warn("skip me")
    warnings.warn("keep me")
    print([str(x.message) for x in w])

try:
    warnings.warn("x", category=int)
except TypeError as e:
    print(e)
print(warnings.filters is _warnings.filters, warnings.defaultaction)
print([f[0] + ":" + f[2].__name__ for f in _warnings.filters][-4:])


_warnings.warn("shown on stderr", UserWarning)
warnings.warn("a default deprecation in __main__", DeprecationWarning)
