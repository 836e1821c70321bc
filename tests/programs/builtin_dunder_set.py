# Which dunders the builtin types expose, as CPython's: containers have no
# __bool__ (truth comes from __len__), object has the four orderings.
for t in (str, list, dict, tuple, set, frozenset, bytes, bytearray, range, int, float, type(None), memoryview, type({}.keys())):
    print(t.__name__, [n for n in ('__bool__', '__lt__', '__len__', '__reversed__') if n in dir(t)])
class L(list):
    pass
print(bool(L()), bool(L([1])), bool(''), bool('a'), bool({}), bool(set()))
print('__lt__' in dir(object), object.__lt__(1, 2), type(object.__lt__).__name__)
class A:
    pass
class B:
    def __gt__(self, o):
        return 'gt'
try:
    A() < A()
except TypeError as e:
    print(e)
print(A() < B())
