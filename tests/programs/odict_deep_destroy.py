# Freeing long chains of native OrderedDicts (nested as values, or through
# their attribute dicts) must not overflow the stack; weak references to
# the links die with them and __del__ of a subclass runs outermost first.
import weakref
from collections import OrderedDict


for depth in (10, 600, 3000, 100000):
    obj = None
    for _ in range(depth):
        obj = OrderedDict([(None, obj)])
    refs = [weakref.ref(obj)]
    inner = obj
    for _ in range(depth // 2):
        inner = inner[None]
    refs.append(weakref.ref(inner))
    del inner
    del obj
    print(depth, [r() for r in refs])

for depth in (600, 50000):
    obj = OrderedDict()
    for _ in range(depth):
        new = OrderedDict()
        new.link = obj
        obj = new
    ref = weakref.ref(obj.link)
    del obj, new
    print(depth, ref())

deleted = []


class Logged(OrderedDict):
    def __del__(self):
        deleted.append(self.i)


obj = None
for i in range(2000):
    obj = Logged([(None, obj)])
    obj.i = i
del obj
print(len(deleted), deleted == list(reversed(range(2000))))
