# needs: stdlib
# The __import__ builtin.
m = __import__("collections.abc")
print(m.__name__, __import__("collections.abc", fromlist=["Mapping"]).__name__, __import__("math").sqrt(4))
for bad in (lambda: __import__(""), lambda: __import__(5), lambda: __import__("nosuchmod_x")):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
import builtins
print(builtins.__import__ is __import__)
