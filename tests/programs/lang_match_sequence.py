# needs: stdlib
# match: sequence patterns with star, nesting; what counts as a sequence.
def m(x):
    match x:
        case []:
            return "empty"
        case [only]:
            return f"one: {only!r}"
        case [first, second]:
            return f"two: {first!r} {second!r}"
        case [first, *_, last] if first == last:
            return "same ends"
        case (1, *rest):
            return f"starts with 1, rest {rest}"
        case [[a, b], *others]:
            return f"nested pair {a},{b} + {len(others)}"
        case [*head, "end"]:
            return f"ends with end after {head}"
        case _:
            return "no match"

for v in ([], [7], (1, 2), [1, 2, 3, 1], [1, 5, 6], [[0, 9], 2, 3], ["a", "b", "end"],
          "ab", b"ab", bytearray(b"ab"), range(2), range(5), {1: 2}, [5, 6, 7]):
    print(repr(v), "->", m(v))

# sequence pattern with tuple/list syntax are equivalent, iterators are not sequences
def it_match(x):
    match x:
        case (a, b):
            return "pair"
    return "not a sequence"
print(it_match(iter([1, 2])), it_match(x for x in (1, 2)), it_match([1, 2]))

# star captures a list
match (1, 2, 3, 4):
    case (a, *mid, z):
        print(type(mid).__name__, mid)
# deque-like sequences
from collections import deque
match deque([1, 2]):
    case [x, y]:
        print("deque", x, y)
