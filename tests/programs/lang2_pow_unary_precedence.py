# Operator precedence corner cases.
print(-2 ** 2, (-2) ** 2, 2 ** -1, -2 ** -2)
print(2 ** 3 ** 2, (2 ** 3) ** 2)
print(not 1 == 2, not (1 == 2), (not 1) == 2)
print(1 + 2 * 3 - 4 / 2 // 1 % 3)
print(1 | 2 ^ 3 & 4 << 1 >> 1)
print(~1 + 1, -~1, ~-1, --1, +-+1)
print(1 < 2 == 2 > 1, (1 < 2) == (2 > 1))
print(1 if 0 else 2 if 0 else 3)
print([1, 2][0] ** 2, -[1, 2][1])
print(2 * 3 ** 2, (2 * 3) ** 2, 10 - 2 - 3, 2 ** 2 ** 0)
print("a" * 2 + "b", "a" in "abc" == True, ("a" in "abc") == True)
print(lambda: 0 if True else 1)().__class__.__name__ if False else "skip"
x = 5
print(x if x > 3 else -x, -x if x < 3 else x * 2)
print(3 - -3, 3 + +3, 3 * -1 ** 2)
print(True + 1 * 2 & 3, (True + 1) * 2 & 3)
print(1 and 2 or 3 and 4, (1 and 0) or (0 and 4), not 0 and 1)
