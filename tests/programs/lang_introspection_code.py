# needs: stdlib
# Introspection of functions, code objects, generator frames and builtin descriptors.
import inspect
def h(a, b=2, *c, d, e=3, **f):
    "Doc of h."
    local = a
    return local
co = h.__code__
print(co.co_name, co.co_qualname, co.co_argcount, co.co_kwonlyargcount, co.co_posonlyargcount)
print(co.co_varnames, co.co_nlocals, bool(co.co_flags & 0x04), bool(co.co_flags & 0x08))
print(h.__name__, h.__qualname__, h.__module__, h.__doc__, h.__defaults__, h.__kwdefaults__)
print(inspect.signature(h), inspect.getdoc(h))
print(inspect.getsource(h).splitlines()[0])
print(inspect.isfunction(h), inspect.isgeneratorfunction(h), inspect.iscoroutinefunction(h))

def g():
    a = 1
    yield a
    b = 2
    yield b
it = g()
next(it)
fr = it.gi_frame
print(fr.f_code.co_name, fr.f_lineno - g.__code__.co_firstlineno, sorted(fr.f_locals))
print(inspect.getgeneratorstate(it), inspect.isgenerator(it))
next(it)
print(sorted(it.gi_frame.f_locals))
list(it)
print(inspect.getgeneratorstate(it))

print(int.__add__.__name__, int.__add__.__qualname__, int.__dict__["__add__"].__objclass__)
print(str.join.__name__, str.join.__qualname__, str.__dict__["join"].__objclass__)
print(len.__name__, len.__self__.__name__, [].append.__self__, "abc".upper.__qualname__)
class K:
    def m(self): pass
print(inspect.ismethod(K().m), inspect.isfunction(K.m), K.m.__qualname__)
print([n for n, _ in inspect.getmembers(K, inspect.isfunction)])
