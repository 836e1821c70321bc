# Calls and methods: recursion, a method call in a loop, attribute access.
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

class Acc:
    def __init__(self):
        self.total = 0
    def add(self, v):
        self.total += v

a = Acc()
for i in range(1_000_000):
    a.add(i)
print(fib(27), a.total)
