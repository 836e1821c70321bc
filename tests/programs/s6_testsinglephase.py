# needs: stdlib
# _testsinglephase: the test module for single-phase initialisation. The
# first import initialises its global state once; importing it again after
# removing it from sys.modules makes a new module whose namespace is a copy
# of the first one, without initialising again.
import sys
import importlib
import _testsinglephase as first

stamp = first._module_initialized
print(type(stamp).__name__, stamp > 0, first.state_initialized() == stamp)
print(first.initialized_count(), first.look_up_self() is first)
print(first.int_const, repr(first.str_const), first.__doc__)
print(first.error.__module__, first.error.__name__, first.error.__mro__[1:])
print(isinstance(first.error("boom"), Exception), str(first.error("boom")))
public = sorted(k for k in vars(first) if not k.startswith("__"))
print(public)

# Sums two C longs, wrapping around as the C addition does.
print(first.sum(1, 2), first.sum(-5, 3), first.sum(True, 2))
print(first.sum(2**62, 2**62), first.sum(2**63 - 1, 1))

class Idx:
    def __index__(self):
        return 40

print(first.sum(Idx(), 2))
for args, kwargs in [((1,), {}), ((), {}), ((1, 2, 3), {}), ((1, 2), {"x": 1}),
                     (("a", 1), {}), ((1.5, 1), {}), ((2**63, 0), {}), ((-2**63 - 1, 0), {})]:
    try:
        first.sum(*args, **kwargs)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)

for f in (first.look_up_self, first.state_initialized, first.initialized_count, first._clear_globals):
    print(f.__name__, f.__doc__.splitlines()[0])
    try:
        f(1)
    except TypeError as e:
        print(" ", e)
    try:
        f(x=1)
    except TypeError as e:
        print(" ", e)

# A second import: a new module, the same objects, no new initialisation.
first.added = "not copied"
del sys.modules["_testsinglephase"]
import _testsinglephase as second
print(second is first, hasattr(second, "added"), second.initialized_count())
print(second.sum is first.sum, second.error is first.error, second._module_initialized == stamp)
print(second.look_up_self() is second, first.look_up_self() is second)
print(second.sum.__self__ is first)

# Clearing the global state: nothing initialised, and importing again
# still copies (the kept namespace survives).
print(first._clear_globals())
print(second.state_initialized(), second.initialized_count())
del sys.modules["_testsinglephase"]
import _testsinglephase as third
print(third is second, third.initialized_count(), third.state_initialized())
print(third._module_initialized == stamp, third.look_up_self() is third)

# reload() keeps the module object and does not initialise again.
print(importlib.reload(third) is third, third.initialized_count())

# Variants built into CPython's shared library are not importable by name.
try:
    import _testsinglephase_with_state
except ImportError as e:
    print(type(e).__name__, e)
