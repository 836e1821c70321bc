# type attributes: __name__/__qualname__/__module__/__doc__ assignment rules, __dict__ proxy, __subclasses__, mro() override
class A:
    'doc of A'
    class Inner:
        pass
class B(A): pass
class C(A): pass
print(A.__name__, A.__qualname__, A.Inner.__qualname__, A.__module__, A.__doc__, B.__doc__, A.__base__.__name__, B.__bases__)
print(sorted(c.__name__ for c in A.__subclasses__()), type(A.__dict__).__name__, 'x' in A.__dict__, A.__dict__['__doc__'])
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
A.__name__ = 'Renamed'; print(A.__name__, A.__qualname__, repr(A)[:30])
A.__qualname__ = 'Q.R'; print(A.__qualname__, repr(A)[-12:])
t(lambda: setattr(A, '__name__', 5)); t(lambda: setattr(A, '__name__', 'a\x00b')); t(lambda: setattr(A, '__qualname__', 1))
t(lambda: setattr(int, '__name__', 'x')); t(lambda: setattr(int, 'x', 1)); t(lambda: delattr(A, '__name__')); t(lambda: setattr(A, '__module__', 'm'))
print(A.__module__)
t(lambda: A.__dict__.__setitem__('y', 1)); t(lambda: setattr(A, '__dict__', {})); t(lambda: setattr(A, '__mro__', ()))
t(lambda: setattr(list, '__doc__', 'x')); t(lambda: setattr(B, '__doc__', 'new') or B.__doc__)
t(lambda: object.__name__); t(lambda: type(A).__name__)
class Meta(type):
    def mro(cls):
        return [cls, object]
class M(A, metaclass=Meta): pass
print([k.__name__ for k in M.__mro__], hasattr(M, 'Inner'), issubclass(M, A))
class BadMeta(type):
    def mro(cls):
        return [1]
t(lambda: BadMeta('X', (), {}))
print(type.__basicsize__ > 0 if hasattr(type, '__basicsize__') else True, A.__flags__ & (1 << 9) != 0 if hasattr(A, '__flags__') else True)
print(sorted(vars(type('E', (), {'a': 1, '__doc__': None})).keys() - {'__dict__', '__weakref__', '__firstlineno__', '__static_attributes__'}))
