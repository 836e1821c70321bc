# __class_getitem__ and builtin generic aliases
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class G:
    def __class_getitem__(cls, item): return (cls.__name__, item)
t(lambda: G[int])
t(lambda: G[int, str])
t(lambda: G[()])
t(lambda: G()[0])
class NotGeneric: pass
t(lambda: NotGeneric[int])
t(lambda: repr(list[int]))
t(lambda: repr(dict[str, list[int]]))
t(lambda: repr(tuple[int, ...]))
t(lambda: repr(tuple[()]))
t(lambda: list[int]([1, 2]))
t(lambda: list[int].__origin__)
t(lambda: dict[str, int].__args__)
t(lambda: list[int] == list[int])
t(lambda: list[int] == list[str])
t(lambda: type(list[int]).__name__)
t(lambda: isinstance([], list[int]))
t(lambda: repr(type[int]))
t(lambda: repr(list[int][0] if False else list['T']))
t(lambda: int[str])
t(lambda: repr(frozenset[int] | None))
t(lambda: len[int])
