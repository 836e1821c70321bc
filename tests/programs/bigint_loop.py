# The speed-proof loop at a small size: tagged ints with overflow into big ints.
x = 0
for i in range(100000):
    x = x + i * 2
print(x)
y = 1
for i in range(200):
    y = y * 3 + i
print(y)
print(y % 1000000007, len(str(y)))
