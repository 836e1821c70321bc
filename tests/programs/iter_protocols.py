# iter(callable, sentinel), the __getitem__ sequence protocol, slice objects.
vals = iter([1, 2, 3, 0, 4])
it = iter(lambda: next(vals), 0)
print(type(it).__name__, list(it), list(it))
def stopper():
    raise StopIteration
print(list(iter(stopper, 1)))
try:
    iter(5, 1)
except TypeError as e:
    print(e)
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
s = iter(Seq())
print(type(s).__name__, list(s), 20 in Seq(), list(enumerate(Seq())), sorted(Seq(), reverse=True))
a, b, c = Seq()
print(a, b, c)
class Broken:
    def __getitem__(self, i):
        raise KeyError(i)
try:
    list(Broken())
except KeyError as e:
    print("KeyError", e)
sl = slice(1, 10, 2)
print(sl.start, sl.stop, sl.step, sl.indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10), slice(5).indices(2))
for bad in (lambda: slice(0, 1, 0).indices(3), lambda: slice(1).indices(-1), lambda: slice("a").indices(3)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
