# needs: stdlib
# types.UnionType (int | str): equality and hashing as the set of members,
# type parameters and substitution, pickling and copying.
import copy
import pickle
import typing

T = typing.TypeVar("T")
S = typing.TypeVar("S")

print((int | str) == (str | int), (int | str) != (int | bytes), (int | str) == 3)
print((int | str).__eq__(3), (int | str) == typing.Union[int, str])
print(hash(int | str) == hash(str | int), hash(int | str) == hash(frozenset((int, str))))
print(hash(int | str) == hash(typing.Union[int, str]))

u = int | list[T]
print(u.__parameters__, (int | str).__parameters__, u[str], u[S])
print((list[T] | list[S]).__parameters__, (list[T] | list[S])[int, T], (list[T] | list[S])[int, int])
print((float | list[T])[int] == float | list[int])
print(list[int | list[T]].__parameters__, list[int | list[T]][str])
x = int | T | bytes
print(x[str], x[list[int]], x[typing.List[int]], x[typing.Union[str, list]])
for bad in [lambda: (int | str)[int], lambda: (list[T] | int)[int, str]]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)

for copied in (copy.copy(u), copy.deepcopy(u), pickle.loads(pickle.dumps(u))):
    print(copied == u, copied.__args__ == u.__args__, copied.__parameters__)


class NoHash(type):
    __hash__ = None


class A(metaclass=NoHash):
    pass


class B(metaclass=NoHash):
    pass


print((A | B).__args__ == (A, B), (A | int).__args__ == (A, int))
for un in (A | B, int | B, A | int):
    try:
        hash(un)
    except TypeError as e:
        print("TypeError", e)
try:
    hash(A)
except TypeError as e:
    print("TypeError", e)
try:
    {A}
except TypeError as e:
    print("TypeError", e)


class WithHash(type):
    def __hash__(cls):
        return 42


class C(metaclass=WithHash):
    pass


print(hash(C), hash(int) == hash(int))
