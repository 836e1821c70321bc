# __init_subclass__ chains, __class_getitem__, and __set_name__ combined with inheritance.
log = []
class Root:
    def __init_subclass__(cls, **kw):
        log.append(("Root", cls.__name__, sorted(kw)))
        super().__init_subclass__()
class Mixin:
    def __init_subclass__(cls, tag=None, **kw):
        log.append(("Mixin", cls.__name__, tag))
        super().__init_subclass__(**kw)
class Combined(Mixin, Root, tag="t1", extra=1):
    pass
print(log); log.clear()

class Grand(Combined, tag="t2"):
    pass
print(log); log.clear()

# implicit classmethod: __init_subclass__ receives the new class
class Implicit:
    def __init_subclass__(cls):
        cls.registered = True
class Sub(Implicit):
    pass
print(Sub.registered, "registered" in Implicit.__dict__)

# __class_getitem__ is an implicit classmethod too
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
class SubBox(Box):
    pass
print(Box[int], SubBox["x"], Box[1, 2])
try:
    Box()[0]
except TypeError as e:
    print("TypeError:", e)

# __set_name__ with inheritance: only the defining class's descriptors get it
class Field:
    def __set_name__(self, owner, name):
        log.append((owner.__name__, name))
        self.name = name
    def __get__(self, obj, owner):
        return self if obj is None else f"field {self.name}"
class Model:
    id = Field()
class User(Model):
    name = Field()
print(log, User().id, User().name); log.clear()

# __set_name__ is not called for attributes added after class creation
Model.late = Field()
print(log, hasattr(Model.late, "name"))

# __init_subclass__ errors abort class creation
class Strict:
    def __init_subclass__(cls, **kw):
        if not hasattr(cls, "required"):
            raise TypeError(f"{cls.__name__} lacks 'required'")
try:
    class Missing(Strict):
        pass
except TypeError as e:
    print("TypeError:", e)
class Present(Strict):
    required = 1
print(Present.required)

# object.__init_subclass__ rejects keywords
try:
    class K(object, flag=True):
        pass
except TypeError as e:
    print("TypeError:", e)
