def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r) if not isinstance(r, type) else r.__name__)
    except Exception as e:
        print(type(e).__name__ + ":", e)
A = type('A', (), {'x': 1, 'f': lambda self: 'f!'})
print(A.__name__, A.__qualname__, A.__module__, A.__bases__, A().x, A().f(), A.__mro__)
B = type('B', (A,), {'__doc__': 'docB'})
print(B.__doc__, B.__bases__[0].__name__, isinstance(B(), A), type(B()).__name__)
t(type, 'C', (1,), {})
t(type, 'C', [], {})
t(type, 'C', (), [])
t(type, 1, (), {})
t(type, 'C', ())
t(type)
t(type, 1, 2)
print(type(5).__name__, type(type).__name__, type(object).__name__, type.__mro__, object.__bases__, type.__bases__)
t(type, 'D', (int, str), {})
t(type, 'E', (bool,), {})
class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        ns['tag'] = kw.get('tag', 'none')
        return super().__new__(mcs, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print('prepare', name, sorted(kw))
        return {'prepared': True}
class M(metaclass=Meta, tag='hello'):
    pass
print(M.tag, M.prepared, type(M).__name__)
class M2(M):
    pass
print(M2.tag, type(M2).__name__)
class OtherMeta(type):
    pass
class O(metaclass=OtherMeta):
    pass
try:
    class Conflict(M, O):
        pass
except TypeError as e:
    print('TypeError:', e)
class BadPrep(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return 5
try:
    class BP(metaclass=BadPrep):
        pass
except TypeError as e:
    print('TypeError:', e)
t(type.__prepare__, 'x', ())
print(type('Z', (), {}).__dict__['__module__'] if '__module__' in type('Z', (), {}).__dict__ else 'no module key')
Z = type('Z', (), {'__qualname__': 'Outer.Z', '__slots__': ('a',)})
print(Z.__qualname__, Z.__slots__, hasattr(Z(), '__dict__'))
t(type, 'Q', (), {'__qualname__': 5})
class WithInitSub:
    def __init_subclass__(cls, **kw):
        print('init_subclass', cls.__name__, kw)
class Child(WithInitSub, flag=1):
    pass
try:
    class Bad(object, flag=1):
        pass
except TypeError as e:
    print('TypeError:', e)
print(type.__call__(int, '5'), type.__instancecheck__(int, 5), type.__subclasscheck__(int, bool))
print(sorted(k for k in vars(A) if not k.startswith('__')), A.__dict__['x'])
A.y = 2
del A.x
print(hasattr(A, 'x'), A.y, A().y)
t(setattr, int, 'z', 1)
t(delattr, int, 'real')
t(setattr, A, '__name__', 5)
A.__name__ = 'Renamed'
print(A.__name__, A.__qualname__, repr(A)[-10:])
t(setattr, A, '__qualname__', None)
