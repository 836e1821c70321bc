# breakpoint() calls sys.breakpointhook; the default hook follows
# $PYTHONBREAKPOINT (os.environ changes reach it through putenv).
import os
import sys
import warnings

print(callable(breakpoint), sys.breakpointhook is sys.__breakpointhook__)

calls = []
sys.breakpointhook = lambda *a, **k: calls.append((a, sorted(k.items()))) or "hooked"
print(breakpoint(1, 2, three=3))
print(calls)


def takes_nothing():
    return None


sys.breakpointhook = takes_nothing
try:
    breakpoint(1)
except TypeError as e:
    print("TypeError:", e)

del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as e:
    print("RuntimeError:", e)
sys.breakpointhook = sys.__breakpointhook__

os.environ["PYTHONBREAKPOINT"] = "int"
print(repr(breakpoint("7")), repr(breakpoint()))
os.environ["PYTHONBREAKPOINT"] = "os.path.join"
print(breakpoint("a", "b"))
os.environ["PYTHONBREAKPOINT"] = "0"
print(breakpoint())

for bad in [".", "..", ".foo", "foo.", ".int", "int.", "..foo.bar", "/./", "nosuchbuiltin", "nosuchmodule.nosuchcallable"]:
    os.environ["PYTHONBREAKPOINT"] = bad
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        r = breakpoint()
    print(repr(bad), r, [(x.category.__name__, str(x.message)) for x in w])

# An error other than ImportError/AttributeError while finding the hook
# propagates.
os.environ["PYTHONBREAKPOINT"] = "bi_breakpoint_helper_missing.x"
sys.modules["bi_breakpoint_helper_missing"] = None
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(breakpoint(), len(w))

# A hook replaced by the program is called even with the variable set.
os.environ["PYTHONBREAKPOINT"] = "sys.exit"
sys.breakpointhook = lambda: "custom"
print(breakpoint())
