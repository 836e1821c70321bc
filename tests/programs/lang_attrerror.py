# needs: stdlib
# AttributeError messages with "Did you mean" suggestions (uncaught at end).
import traceback

class Point:
    def __init__(self):
        self.x_coordinate = 1
        self.y_coordinate = 2
    def distance(self):
        return 0

p = Point()
for expr in ("p.x_coordinat", "p.distanse()", "Point.distanc", "[].apend", "'s'.uper", "p.zzz", "None.foo", "(1).real_part"):
    try:
        eval(expr)
    except AttributeError as e:
        print(traceback.format_exception_only(e)[-1], end="")
        print("  name:", e.name, "| obj is p:", e.obj is p)

class Slotted:
    __slots__ = ("alpha",)
s = Slotted()
try:
    s.alpha
except AttributeError as e:
    print(traceback.format_exception_only(e)[-1], end="")
try:
    s.beta = 1
except AttributeError as e:
    print(traceback.format_exception_only(e)[-1], end="")

import math
try:
    math.sqr
except AttributeError as e:
    print(traceback.format_exception_only(e)[-1], end="")

class Dyn:
    def __getattr__(self, n):
        if n == "magic":
            return 42
        raise AttributeError(f"no {n}")
print(Dyn().magic)
try:
    Dyn().other
except AttributeError as e:
    print(e)

p.distanc()
