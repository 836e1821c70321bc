class WithCall:
    def __call__(self):
        return 'called'
class NoCall:
    pass
def fn():
    pass
print(callable(fn), callable(WithCall()), callable(NoCall()), callable(NoCall), callable(len), callable(1), callable(None), callable(lambda: 0), callable(str.upper), callable(WithCall.__call__))
class CallNone:
    __call__ = None
print(callable(CallNone()))
try:
    CallNone()()
except TypeError as e:
    print('TypeError:', e)
try:
    NoCall()()
except TypeError as e:
    print('TypeError:', e)
try:
    five = 5
    five()
except TypeError as e:
    print('TypeError:', e)
a = object()
b = object()
print(id(a) == id(a), id(a) != id(b), type(id(a)).__name__, id(a) > 0)
x = [1]
y = x
print(id(x) == id(y), x is y, [] is [])
print(hash('abc') == hash('abc'), hash(b'abc') == hash(b'abc'), hash((1, 'a')) == hash((1, 'a')), hash(fn) == hash(fn))
class Inst:
    pass
i = Inst()
print(hash(i) == hash(i), hash(Inst) == hash(Inst))
import types
print(callable(types), callable(types.FunctionType), callable(iter([])), callable(iter))
