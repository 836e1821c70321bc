# Speed proof 1 (issue 2): a module-level loop of int arithmetic.
x = 0
for i in range(10_000_000):
    x = x + i * 2
print(x)
