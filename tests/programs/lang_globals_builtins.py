# Shadowing builtins, __builtins__ access, globals() and module attributes.
import builtins
print(len("abc"))
len = lambda x: "shadowed"
print(len("abc"))
del len
print(len("abc"))

def uses_print():
    return print.__name__
print(uses_print())
builtins.my_builtin = "injected"
print(my_builtin)
del builtins.my_builtin
try:
    my_builtin
except NameError as e:
    print("NameError:", e)

g = globals()
g["dynamic"] = 5
print(dynamic, "dynamic" in globals())
print(__name__, type(__builtins__).__name__ in ("module", "dict"))
print(sorted(k for k in globals() if k.startswith("__") and k in ("__name__", "__doc__", "__spec__", "__loader__", "__package__", "__builtins__", "__file__", "__cached__", "__annotations__")))
print(__doc__, __package__, __spec__)

def f():
    return globals() is g
print(f())
original_sum = sum
def sum(x):
    return "custom sum"
print(sum([1]), original_sum([1, 2]))
class B:
    print = staticmethod(lambda *a: "class-level print")
    result = print("x")
print(B.result)
