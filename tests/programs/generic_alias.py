print(list[int], dict[str, list[int]], tuple[int, ...], type[int], list[int](("a",)), list[int] == list[int])
print(int | str, int | None, (int | str) == (str | int), isinstance(3, int | str), isinstance(None, int | None), list[int] | None)
print(list[int].__origin__, list[int].__args__, (int | str).__args__)
class G:
    __class_getitem__ = classmethod(lambda cls, x: f"{cls.__name__}[{x}]")
print(G[3])
class Base(object):
    pass
print(Base.__bases__)
try:
    int[3]
except TypeError as e:
    print(e)
