def work(n):
    x = 0
    for i in range(n):
        x = x + i * 2
    return x
print(work(10_000_000))
