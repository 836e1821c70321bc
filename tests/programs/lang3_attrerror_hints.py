# AttributeError messages and "Did you mean" hints (3.13).
import traceback

def last_line(fn):
    try:
        fn()
    except BaseException as e:
        print(traceback.format_exception_only(e)[-1].rstrip())

class Point:
    __slots__ = ("x", "y")
    def __init__(self):
        self.x = 1
    def distance(self):
        return 0

p = Point()
last_line(lambda: p.z)
last_line(lambda: p.y)
last_line(lambda: p.distanse())
last_line(lambda: setattr(p, "w", 1))
last_line(lambda: Point.distanc)
last_line(lambda: [].apend(1))
last_line(lambda: "s".uper())
last_line(lambda: {}.iteritems())
last_line(lambda: (1).real_)
last_line(lambda: None.value)
last_line(lambda: type.mro_)
import math, os
last_line(lambda: math.sqr)
last_line(lambda: os.pathsep_)
last_line(lambda: math.nothing_close_at_all_here)

# e.name and e.obj
try:
    p.qq
except AttributeError as e:
    print(e.name, e.obj is p)

# __getattr__ raising AttributeError keeps the suggestion machinery
class Dyn:
    known_attribute = 1
    def __getattr__(self, name):
        raise AttributeError(f"no {name}", name=name, obj=self)
last_line(lambda: Dyn().known_atribute)

# a property raising AttributeError inside
class Prop:
    @property
    def broken(self):
        return self.missing_inner
last_line(lambda: Prop().broken)

# module attribute errors, including partially initialized modules
import types
m = types.ModuleType("mymod")
m.some_value = 1
last_line(lambda: m.some_valu)
last_line(lambda: m.__spec__.name)

# delete a missing attribute, read-only attributes
class Plain: pass
last_line(lambda: delattr(Plain(), "nothing"))
last_line(lambda: setattr(1, "real", 2))
last_line(lambda: setattr(object(), "a", 1))
last_line(lambda: delattr(Plain, "nothing"))
last_line(lambda: setattr(len, "x", 1))
f = lambda: 0
last_line(lambda: f.__globals__.__class__.popitemm)
