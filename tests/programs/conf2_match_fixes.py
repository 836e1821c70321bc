# match: sequence patterns of wildcards only read no items; repeated
# __match_args__ names; f-string and `(*x)` patterns are syntax errors.
import collections.abc

class Unreadable(collections.abc.Sequence):
    __getitem__ = None
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n

for n in (0, 1, 2, 3):
    match Unreadable(n):
        case []:
            print(n, "empty")
        case [_]:
            print(n, "one")
        case [_, _]:
            print(n, "two")
        case _:
            print(n, "other")

class Twice:
    __match_args__ = ("a", "a")
    a = 1

try:
    match Twice():
        case Twice(x, y):
            print("matched", x, y)
except TypeError as e:
    print("TypeError:", e)

for src in ('match 1:\n    case f"":\n        pass\n',
            'match 1:\n    case f"{x}":\n        pass\n',
            'match 1:\n    case (*x):\n        pass\n',
            'match 1:\n    case (*x,):\n        pass\n'):
    try:
        compile(src, "<case>", "exec")
        print("ok")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno, e.offset, e.end_offset)
