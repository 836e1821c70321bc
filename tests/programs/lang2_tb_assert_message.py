# Uncaught AssertionError with a message and a multi-line condition.
def check(items):
    assert all(
        isinstance(i, int) for i in items
    ), f"non-int in {items!r}"
    return sum(items)

print(check([1, 2]))
check([1, "x"])
