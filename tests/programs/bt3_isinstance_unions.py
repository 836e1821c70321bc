# isinstance/issubclass with unions, tuples, nested tuples and errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: isinstance(1, int | str))
t(lambda: isinstance('a', int | None))
t(lambda: isinstance(None, int | None))
t(lambda: isinstance(1, (str, (bytes, (int,)))))
t(lambda: isinstance(1, ()))
t(lambda: issubclass(bool, int | str))
t(lambda: issubclass(bool, (str, int)))
t(lambda: isinstance(1, 5))
t(lambda: isinstance(1, (int, 5)))
t(lambda: isinstance(1, (5, int)))
t(lambda: issubclass(1, int))
t(lambda: issubclass(int, 1))
t(lambda: isinstance(1, list[int]))
t(lambda: issubclass(list, list[int]))
t(lambda: isinstance([], list | dict[str, int]))
t(lambda: isinstance(1, int | list[int]))
t(lambda: (int | str).__args__)
t(lambda: int | str == str | int)
t(lambda: repr(int | None | str))
t(lambda: repr(int | int))
t(lambda: type(int | str).__name__)
t(lambda: int | 5)
t(lambda: hash(int | str) == hash(str | int))
import typing
t(lambda: isinstance(1, typing.Union[int, str]))
class Meta(type):
    def __instancecheck__(cls, o): return o == 'magic'
class M(metaclass=Meta): pass
t(lambda: isinstance('magic', M | int))
t(lambda: isinstance('other', (M, int)))
