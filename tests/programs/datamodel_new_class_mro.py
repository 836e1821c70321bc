# tp_new safety checks against the base that provides __new__, the
# __class__ descriptor of object, class/instance dict lookups that compare
# keys of other types, and a metaclass mro() run during class creation.
import collections

def attempt(f):
    try:
        r = f()
        print("ok", type(r).__name__)
    except TypeError as e:
        print("TypeError", e)

OD = collections.OrderedDict
class O(OD):
    pass
class P(O):
    def __new__(cls, *a):
        return super().__new__(cls)
attempt(lambda: OD.__new__(OD))
attempt(lambda: dict.__new__(OD))
attempt(lambda: dict.__new__(O))
attempt(lambda: dict.__new__(P))
attempt(lambda: object.__new__(OD))
attempt(lambda: object.__new__(O))
attempt(lambda: int.__new__(bool))
attempt(lambda: collections.deque.__new__(collections.deque))
attempt(lambda: object.__new__(collections.deque))
attempt(lambda: list.__new__(collections.deque))
attempt(lambda: BaseException.__new__(ValueError))
attempt(lambda: BaseException.__new__(OSError))
class MyOSError(OSError):
    pass
attempt(lambda: BaseException.__new__(MyOSError))
attempt(lambda: P())

# object.__dict__['__class__']
d = object.__dict__['__class__']
print(d, type(d).__name__, d.__get__(1), d.__get__(None, int) is d, d.__objclass__)
print(sorted(k for k in object.__dict__ if k.startswith('__c')))
class A:
    pass
class B:
    pass
a = A()
d.__set__(a, B)
print(type(a).__name__, a.__class__.__name__)
try:
    d.__set__(1, bool)
except TypeError as e:
    print(e)
try:
    d.__delete__(a)
except TypeError as e:
    print(e)
class Masked:
    @property
    def __class__(self):
        return int
print(Masked().__class__, type(Masked()).__name__, isinstance(Masked(), int))
print('__class__' in dir(object()), int.__class__, type.__dict__.get('__class__'))

# Lookups compare keys of other types that share the name's hash.
log = []
class Key:
    def __init__(self, name):
        self.name = name
    def __hash__(self):
        return hash(self.name)
    def __eq__(self, other):
        log.append(('eq', self.name, other))
        return other == self.name
class C:
    pass
setattr(C, 'plain', 1)
C.__dict__  # (the class dict itself is read-only; build one with type())
K = type('K', (), {Key('attr'): 'via key', 'other': 2})
print(K.attr, log)
log.clear()
inst = C()
inst.__dict__[Key('field')] = 'instance value'
print(inst.field, log)
class Evil:
    def __hash__(self):
        return hash('attr')
    def __eq__(self, other):
        try:
            del D.attr
        except AttributeError:
            pass
        return False
class Descr:
    def __get__(self, obj, cls=None):
        return 'descr'
class D:
    attr = Descr()
dd = D()
dd.__dict__[Evil()] = 0
print(dd.attr, hasattr(dd, 'attr'))

# A metaclass's mro() runs while __mro__ is None; its result is the MRO.
seen = []
class M(type):
    def mro(cls):
        seen.append((cls.__name__, cls.__mro__))
        return [cls] + [b for b in type.mro(cls)[1:] if b is not Mixin] + [Mixin]
class Mixin:
    def who(self):
        return 'mixin'
class Base:
    def who(self):
        return 'base'
class X(Mixin, Base, metaclass=M):
    pass
print(seen, [k.__name__ for k in X.__mro__], X().who())
class M2(type):
    def mro(cls):
        if cls.__mro__ is None and cls.__name__ != 'Inner':
            try:
                class Inner(cls):
                    pass
            except TypeError as e:
                print(e)
        return type.mro(cls)
class Y(metaclass=M2):
    pass
print([k.__name__ for k in Y.__mro__])

# enumerate's argument errors: the subclass path words them as CPython's clinic.
class En(enumerate):
    pass
for a, k in [((), {}), ((1, 2, 3), {}), (([],), {'x': 1}), ((), {'iterable': [], 'x': 2}),
             (([],), {'iterable': []}), (([], 1), {'start': 2}), ((), {'start': 1}), (([], 1, 2), {'x': 1})]:
    for f in (En, enumerate):
        try:
            print(list(f(*a, **k)))
        except TypeError as e:
            print(f.__name__, e)
print(list(En('ab', start=3)), list(En(iterable='c')))
