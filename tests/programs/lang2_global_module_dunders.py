# Module-level dunder names and globals() behaviour.
print(__name__, type(__builtins__).__name__ in ("module", "dict"))
print(__spec__ is None or __spec__.name == "__main__", __package__ is None or __package__ == "")
print("__file__" in globals(), __file__.endswith("lang2_global_module_dunders.py"))
g = globals()
g["dynamic"] = "created via globals()"
print(dynamic)
del g["dynamic"]
try:
    dynamic
except NameError as e:
    print("NameError:", e)
print(globals() is g, locals() is g)
import sys
print(sys.modules["__main__"].__dict__ is g)
# shadowing a builtin at module level and deleting the shadow
len = lambda x: "shadowed"
print(len([1]))
del len
print(len([1]))
# builtins module access
import builtins
print(builtins.len is len, builtins.__name__)
builtins.custom_builtin = "visible everywhere"
print(custom_builtin)
del builtins.custom_builtin
try:
    custom_builtin
except NameError as e:
    print("NameError:", e)
