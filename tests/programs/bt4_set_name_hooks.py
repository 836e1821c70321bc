# __set_name__: call order, owner and name arguments, later assignment does not call it, errors get a note
order = []
class Named:
    def __init__(self, tag): self.tag = tag
    def __set_name__(self, owner, name):
        order.append((self.tag, owner.__name__, name))
        self.name = name
class A:
    x = Named('first')
    y = Named('second')
    z = w = Named('shared')
print(order, A.x.name, A.z.name)
A.late = Named('late')
print(len(order), hasattr(A.late, 'name'))
class Bad:
    def __set_name__(self, owner, name):
        raise ValueError('nope ' + name)
try:
    class B:
        attr = Bad()
except ValueError as e:
    print('ValueError:', e, getattr(e, '__notes__', None))
class NotCallable:
    __set_name__ = 5
try:
    class C:
        attr = NotCallable()
except TypeError as e:
    print('TypeError:', e, getattr(e, '__notes__', None))
class OnClass:
    @classmethod
    def __set_name__(cls, owner, name): order.append(('class-level', name))
class D:
    a = OnClass
    b = OnClass()
print(order[-1:])
T = type('T', (), {'v': Named('via-type')})
print(order[-1], T.v.name)
class Meta(type):
    def __new__(m, name, bases, ns):
        order.append(('meta-new-before', name))
        c = super().__new__(m, name, bases, ns)
        order.append(('meta-new-after', name))
        return c
class E(metaclass=Meta):
    q = Named('in-meta')
print(order[-3:])
