# map, filter, zip, enumerate, reversed, iter(callable, sentinel) and the
# __getitem__ iterator may be advanced again from inside a callback that
# runs while they are producing an item (they are not generators).

def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

# map: the function pulls the next item of the same map.
m = None
def pull(x):
    try:
        return (x, next(m))
    except StopIteration:
        return (x, 'end')
m = map(pull, range(5))
show("map", lambda: list(m))

# filter: the predicate pulls once, on the second item.
fl = None
def keep(x):
    if x == 2:
        print("  filter inner:", next(fl))
    return x % 2 == 0
fl = filter(keep, range(8))
show("filter", lambda: list(fl))

# zip: the first iterable pulls from the zip once.
z = None
class Counter:
    def __init__(self, stop):
        self.n, self.stop = 0, stop
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > self.stop:
            raise StopIteration
        if self.n == 2:
            print("  zip inner:", next(z))
        return self.n
z = zip(Counter(6), "abcdefgh")
show("zip", lambda: list(z))

# enumerate counts items in the order they are handed out.
e = None
class Pulls:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 5:
            raise StopIteration
        if self.n == 1:
            print("  enumerate inner:", next(e))
        return self.n * 10
e = enumerate(Pulls(), 100)
show("enumerate", lambda: list(e))

# iter(callable, sentinel)
calls = 0
ci = None
def source():
    global calls
    calls += 1
    if calls == 2:
        print("  callable inner:", next(ci))
    return calls
ci = iter(source, 6)
show("callable_iterator", lambda: list(ci))

# reversed over a sequence whose __getitem__ re-enters once.
rv = None
class Seq:
    entered = False
    def __len__(self):
        return 5
    def __getitem__(self, i):
        if i == 3 and not Seq.entered:
            Seq.entered = True
            print("  reversed inner:", next(rv))
        return i
rv = reversed(Seq())
show("reversed", lambda: list(rv))

# The old __getitem__ protocol.
gi = None
class Old:
    entered = False
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        if i == 1 and not Old.entered:
            Old.entered = True
            print("  getitem inner:", next(gi))
        return i
gi = iter(Old())
show("getitem iterator", lambda: list(gi))

# An exhausted reversed() drops its sequence; the sequence's __del__ may
# use the iterator again.
class Dying:
    def __len__(self):
        return 2
    def __getitem__(self, i):
        if i >= 2:
            raise IndexError(i)
        return i
    def __del__(self):
        print("  __del__ sees", list(rd))
rd = reversed(Dying())
show("reversed then __del__", lambda: list(rd))
