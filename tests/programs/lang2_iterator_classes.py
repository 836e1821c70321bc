# Iterator classes: resumable vs exhausted, __iter__ returning self, independent iterators.
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self):
        n = self.n
        while n > 0:
            yield n
            n -= 1
cd = Countdown(3)
print(list(cd), list(cd))
class OneShot:
    def __init__(self, n): self.i, self.n = 0, n
    def __iter__(self): return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
o = OneShot(2)
print(list(o), list(o))
class Restarting:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i % 3 == 0:
            raise StopIteration
        return self.i
r = Restarting()
print(list(r), list(r), list(r))
# zip and nested loops share one iterator
it = iter(range(6))
print(list(zip(it, it)))
# unpacking from an iterator consumes exactly what is needed
it = iter([1, 2, 3, 4])
a, b = next(it), next(it)
print(a, b, list(it))
# __next__ returning after StopIteration: for loop stops at first
class Flaky:
    def __init__(self): self.calls = 0
    def __iter__(self): return self
    def __next__(self):
        self.calls += 1
        if self.calls == 2 or self.calls > 4:
            raise StopIteration
        return self.calls
f = Flaky()
print(list(f), list(f))
