x = 1
y = x + 2 * 3 - 4 / 5 // 6 % 7 ** 8
a = b = c
a, b = b, a
[a, *b] = c
x += 1
x @= y
x: int = 5
(y): str
obj.attr: int
