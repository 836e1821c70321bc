x = lambda: (yield)
y = a if b else lambda: c
z = [lambda: i for i in range(3)]
