# Destroying a chain deeper than the kernel's destruction nesting limit
# queues the deeper objects; weak references to them (and weak references
# that are themselves queued) must not be revived when their referents go.
from collections import OrderedDict
from weakref import proxy, ref, getweakrefs


class Link:
    __slots__ = ("prev", "next", "key", "__weakref__")


class Node(dict):
    def __init__(self, key, value):
        self.hard = Link()
        self.root = root = proxy(self.hard)
        root.prev = root.next = root
        link = Link()
        self.links = {key: link}
        last = root.prev
        link.prev, link.next, link.key = last, root, key
        last.next = link
        root.prev = proxy(link)
        dict.__setitem__(self, key, value)


for depth in (10, 600, 3000):
    obj = None
    for _ in range(depth):
        obj = Node(None, obj)
    del obj
    od = None
    for _ in range(depth):
        od = OrderedDict([(None, od)])
    n = 0
    while od is not None:
        n += 1
        od = od[None]
    print(depth, n)

# Callbacks of live weak references still run for queued referents.
seen = []


class Box:
    pass


head = None
keep = []
for i in range(2000):
    b = Box()
    b.inner = head
    keep.append(ref(b, lambda r, i=i: seen.append(i)))
    head = b
print(len(getweakrefs(head)))
del head, b
print(len(seen), sorted(seen)[:3], all(r() is None for r in keep))
