# __slots__: __dict__ and __weakref__ slots, inheritance, conflicts, builtin-base restrictions and the messages
import weakref
def t(f):
    try:
        r = f()
        print(repr(r) if not isinstance(r, type) else 'class ' + r.__name__)
    except Exception as e:
        print(type(e).__name__ + ':', e)
class P:
    __slots__ = ('a', 'b')
p = P(); p.a = 1
t(lambda: p.b); t(lambda: setattr(p, 'c', 3)); t(lambda: p.__dict__); t(lambda: weakref.ref(p)); t(lambda: vars(p))
class PD:
    __slots__ = ('a', '__dict__')
pd = PD(); pd.a = 1; pd.z = 2; print(pd.__dict__, hasattr(pd, '__weakref__'))
class PW:
    __slots__ = ('__weakref__',)
pw = PW(); r = weakref.ref(pw); print(r() is pw, hasattr(pw, '__dict__'))
t(lambda: type('X', (), {'__slots__': ('__dict__', '__dict__')}))
t(lambda: type('X', (PD,), {'__slots__': ('__dict__',)}))
t(lambda: type('X', (PW,), {'__slots__': ('__weakref__',)}))
t(lambda: type('X', (), {'__slots__': ('x',), 'x': 1}))
t(lambda: type('X', (), {'__slots__': ('1x',)}))
t(lambda: type('X', (), {'__slots__': (1,)}))
t(lambda: type('X', (), {'__slots__': 'single'}).__slots__)
t(lambda: type('X', (int,), {'__slots__': ('v',)}))
t(lambda: type('X', (int,), {'__slots__': ()}))
t(lambda: type('X', (bytes,), {'__slots__': ('v',)}))
t(lambda: type('X', (str,), {'__slots__': ('v',)}))
t(lambda: type('X', (list,), {'__slots__': ('v',)}))
t(lambda: type('X', (P, PW), {}))
class Q:
    __slots__ = ('x',)
t(lambda: type('X', (P, Q), {}))
class Child(P):
    pass
c = Child(); c.a = 1; c.anything = 2; print(c.__dict__, hasattr(c, '__weakref__'), weakref.ref(c)() is c)
class Mangled:
    __slots__ = ('__private',)
    def set(self): self.__private = 'hidden'; return self._Mangled__private
print(Mangled().set(), sorted(k for k in Mangled.__dict__ if 'private' in k))
class Dslots:
    __slots__ = {'doc_a': 'docstring for a', 'b': None}
print(type(Dslots.__slots__).__name__, sorted(Dslots.__slots__))
t(lambda: type('X', (), {'__slots__': ['__weakref__', '__weakref__']}))
t(lambda: type('X', (), {'__slots__': ('__class__',)}))
print(P.a, type(P.a).__name__, P.a.__name__)
t(lambda: P.a.__get__(p)); t(lambda: P.b.__delete__(p))
