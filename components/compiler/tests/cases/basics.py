x = 1 + 2 * 3
y = -5
z = x if y else 'no'
print(x, y, z, sep=', ')
a, *b, c = [1, 2, 3, 4]
for i in range(10):
    if i % 2 == 0:
        continue
    elif i > 7:
        break
    print(i)
else:
    pass
while x < 100:
    x += 1
def f(a, b=2, *args, c, d=4, **kw):
    return a + b
print(f(1, c=3))
l = [i * i for i in range(5) if i]
s = f"{x!r:>{y}} and {z}"
print(0 < x < 10)
