# Attribute lookup order: data descriptors, instance dict, non-data descriptors, class attrs, __getattr__.
log = []
class Meta(type):
    meta_attr = "from metaclass"
    def __getattr__(cls, name):
        return f"Meta.__getattr__({name})"
class Base:
    base_attr = "from base"
class C(Base, metaclass=Meta):
    cls_attr = "from class"
    def __getattr__(self, name):
        log.append(name)
        return f"__getattr__({name})"
c = C()
c.inst = "from instance"
print(c.inst, c.cls_attr, c.base_attr, c.missing)
print(C.meta_attr, C.cls_attr, C.missing_on_class)
try:
    c.meta_attr
except AttributeError:
    print("metaclass attrs not visible on instances")
print(c.meta_attr if False else "skip", log)
# __getattr__ only called after normal lookup fails (AttributeError from property falls through)
class P:
    @property
    def prop(self):
        raise AttributeError("inner failure")
    def __getattr__(self, name):
        return f"fallback for {name}"
print(P().prop)
# __getattribute__ raising AttributeError triggers __getattr__
class G:
    def __getattribute__(self, name):
        if name == "hidden":
            raise AttributeError(name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "getattr " + name
print(G().hidden)
# class attribute shadowed by instance, then deleted
class S:
    v = "class"
s = S()
s.v = "instance"
print(s.v)
del s.v
print(s.v)
# type attribute vs metaclass data descriptor
class DMeta(type):
    @property
    def desc(cls):
        return "meta property"
class T(metaclass=DMeta):
    desc = "class attribute"
print(T.desc, T().desc)
# __dict__ of class is a mappingproxy
print(type(C.__dict__).__name__)
try:
    C.__dict__["x"] = 1
except TypeError as e:
    print("TypeError:", e)
# setting attributes on builtin types fails
try:
    int.custom = 1
except TypeError as e:
    print("TypeError:", e)
try:
    setattr(str, "upper", None)
except TypeError as e:
    print("TypeError:", e)
