# Attribute lookup order: instance dict, class MRO, metaclass, __getattr__.
class Meta(type):
    meta_attr = "from metaclass"
    def meta_method(cls):
        return f"meta_method of {cls.__name__}"
class Base(metaclass=Meta):
    base_attr = "from Base"
    shared = "Base.shared"
class Mid(Base):
    shared = "Mid.shared"
class Leaf(Mid):
    def __getattr__(self, name):
        return f"__getattr__({name})"

obj = Leaf()
obj.inst_attr = "instance"
print(obj.inst_attr, obj.shared, obj.base_attr, obj.whatever)
print(Leaf.meta_attr, Leaf.meta_method())
try:
    obj.meta_attr
    print("instance sees meta attr?", obj.meta_attr)
except AttributeError as e:
    print("AttributeError:", e)
Leaf.shared = "Leaf.shared (set later)"
print(obj.shared)
del Leaf.shared
print(obj.shared)
obj.shared = "instance shadows"
print(obj.shared, Leaf.shared)
print(type(obj).__mro__[1].__name__, vars(obj))
print(hasattr(Leaf, "__getattr__"), "whatever" in dir(obj))

class Counted:
    instances = 0
    def __init__(self):
        type(self).instances += 1
class Sub(Counted):
    pass
Counted(); Sub(); Sub()
print(Counted.instances, Sub.instances)
print(getattr(obj, "missing_with_default", "default?"), getattr(Base(), "nope", "default"))
try:
    getattr(Base(), "nope")
except AttributeError as e:
    print("AttributeError:", e)
