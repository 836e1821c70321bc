# Generator, coroutine and async generator objects: types, inspect predicates, ABCs, attributes.
def g():
    yield 1
gen = g()
print(gen.__class__.__name__, type(gen).__module__ if hasattr(type(gen), "__module__") else "", g.__code__.co_flags & 0x20 != 0)
import types, inspect
print(isinstance(gen, types.GeneratorType), inspect.isgenerator(gen), inspect.isgeneratorfunction(g))
async def c(): pass
co = c()
print(isinstance(co, types.CoroutineType), inspect.iscoroutine(co), inspect.isawaitable(co))
co.close()
async def ag():
    yield
a = ag()
print(isinstance(a, types.AsyncGeneratorType), inspect.isasyncgen(a), inspect.isasyncgenfunction(ag))
print(type(a).__name__, type(a.__anext__()).__name__, type(a.asend(None)).__name__, type(a.athrow(ValueError)).__name__, type(a.aclose()).__name__)
print(type(co.__await__()).__name__ if not co.cr_frame else "")
def gen_with_return():
    return 5
    yield
print(list(gen_with_return()))
print(g.__code__.co_flags & inspect.CO_GENERATOR != 0, c.__code__.co_flags & inspect.CO_COROUTINE != 0, ag.__code__.co_flags & inspect.CO_ASYNC_GENERATOR != 0)
import collections.abc as cabc
print(isinstance(gen, cabc.Generator), isinstance(co, cabc.Coroutine), isinstance(a, cabc.AsyncGenerator), isinstance(gen, cabc.Iterator))
print(hasattr(gen, "__next__"), hasattr(co, "__next__"), hasattr(a, "__anext__"), hasattr(co, "__await__"), hasattr(gen, "__await__"))
print(gen.gi_frame.f_code is g.__code__, gen.gi_frame.f_lasti >= -1)
print(sorted(n for n in dir(gen) if not n.startswith("_")))
print(sorted(n for n in dir(co) if not n.startswith("_")))
print(sorted(n for n in dir(a) if not n.startswith("_")))
