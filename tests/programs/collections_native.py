# needs: stdlib
# collections.deque, defaultdict and Counter (the _collections module).
from collections import deque, defaultdict, Counter
d = deque([1, 2, 3], maxlen=4)
d.append(4); d.append(5); d.appendleft(0)
print(d, d.maxlen, len(d), d[0], d[-1], list(reversed(d)), 3 in d)
d.rotate(1); print(d); d.rotate(-2); print(d)
print(d.pop(), d.popleft(), d, d.count(3), d.index(3))
e = deque("abc"); e.extendleft("xy"); print(e, e == deque("yxabc"), e + deque("z"), e * 2 if False else "")
try:
    deque().pop()
except IndexError as x:
    print(x)
try:
    e[10]
except IndexError as x:
    print(x)
dd = defaultdict(list)
dd["a"].append(1); dd["b"]
print(dd, dd.default_factory, sorted(dd), dd.get("zz"), isinstance(dd, dict))
try:
    defaultdict(None)["k"]
except KeyError as x:
    print("KeyError", x)
c = Counter("abracadabra")
print(c.most_common(2), c["a"], c["z"])
import collections.abc
print(isinstance(deque(), collections.abc.MutableSequence), isinstance(dd, collections.abc.MutableMapping))
