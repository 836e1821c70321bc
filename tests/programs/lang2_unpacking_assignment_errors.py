# Unpacking errors: messages for too many/few values, non-iterables, and star targets.
def show(src, ns=None):
    try:
        exec(src, ns if ns is not None else {})
        print("ok:", src)
    except (ValueError, TypeError) as e:
        print(f"{type(e).__name__}: {e}")
show("a, b = [1, 2, 3]")
show("a, b, c = [1, 2]")
show("a, = []")
show("a, b = 1")
show("a, b = None")
show("a, *b, c, d = [1, 2]")
show("*a, b = []")
show("(a, b), c = [1, 2], 3")
show("(a, b), c = 1, 2")
show("a, b = 'xyz'")
show("a, b = {1: 2}")
show("[a, b] = range(5)")
show("a, b = (x for x in range(3))")
class Iter:
    def __iter__(self): return iter(range(10))
show("a, b = it", {"it": Iter()})
class Len:
    def __len__(self): return 5
    def __getitem__(self, i):
        if i >= 5: raise IndexError
        return i
show("a, b = it", {"it": Len()})
