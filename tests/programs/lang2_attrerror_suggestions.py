# AttributeError messages and suggestions.
import traceback
def show(f):
    try:
        f()
    except Exception as e:
        print("".join(traceback.format_exception_only(e)).rstrip())
        if isinstance(e, AttributeError):
            print("  name:", e.name, "obj type:", type(e.obj).__name__)

class Point:
    def __init__(self):
        self.horizontal = 1
        self.vertical = 2
    def distance(self):
        return 0
p = Point()
show(lambda: p.horizontl)
show(lambda: p.distanse())
show(lambda: p.zzz)
show(lambda: [].apend(1))
show(lambda: "".uper())
show(lambda: (1).real_part)
show(lambda: Point.horizontal)
show(lambda: None.foo)
import math
show(lambda: math.sqr(4))
show(lambda: math.nonexistent_function_name)
class Slotted:
    __slots__ = ("alpha",)
show(lambda: Slotted().alpha)
def setattr_on_int():
    (1).x = 2
show(setattr_on_int)
def setattr_on_object():
    object().x = 1
show(setattr_on_object)
def del_missing():
    del p.missing
show(del_missing)
