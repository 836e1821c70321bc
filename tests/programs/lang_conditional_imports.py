# needs: stdlib
# import statement forms: aliases, from-imports, relative failures, __import__.
import math
import os.path
import os.path as osp
from math import pi as PI, floor
from collections import (
    OrderedDict,
    defaultdict as dd,
)
print(math.sqrt(16), os.path.basename("/a/b.txt"), osp is os.path, round(PI, 3), floor(2.7))
print(OrderedDict.__name__, dd.__name__)
try:
    import nonexistent_module_xyz
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from string import nonexistent_name
except ImportError as e:
    print(type(e).__name__, e.msg if hasattr(e, "msg") else e, e.name)
try:
    from . import something
except ImportError as e:
    print(type(e).__name__, e)
def local_import():
    import json
    from json import dumps
    return dumps({"a": 1}), "json" in dir()
print(local_import(), "json" in globals())
m = __import__("os.path")
print(m.__name__)
m2 = __import__("os.path", fromlist=["join"])
print(m2.__name__)
import importlib
print(importlib.import_module("string").ascii_lowercase[:5])
import sys
print("math" in sys.modules, sys.modules["math"] is math)
try:
    exec("from math import *\nprint(sqrt(4))")
except Exception as e:
    print(e)
def star_in_func():
    exec("from os import *")
