# None has no | of its own: unions with None come from the other operand.
import typing
print(None | int, int | None, None | list[int], None | typing.List[int])
for a, b in ((None, None), (None, 1), (None, "str")):
    try:
        print(a | b)
    except TypeError as e:
        print("TypeError:", e)
