l = [1, 2]
l.append(l)
print(l, repr(l), str(l))
d = {'a': 1}
d['self'] = d
print(d)
t = (l, d)
print(t)
a = []
b = [a]
a.append(b)
print(a, b)
s = {'k': [1]}
s['k'].append(s)
print(s)
class R:
    def __init__(self):
        self.items = [self]
    def __repr__(self):
        return 'R(%r)' % (self.items,)
try:
    print(repr(R()))
except RecursionError as e:
    print('RecursionError')
import reprlib
class X:
    @reprlib.recursive_repr()
    def __repr__(self):
        return '<X %r>' % (self.other,)
x = X()
x.other = [x]
print(repr(x))
from collections import OrderedDict, deque, defaultdict
od = OrderedDict(a=1)
od['me'] = od
print(od)
dq = deque([1])
dq.append(dq)
print(dq)
dd = defaultdict(list)
dd['x'] = dd
print(dd)
l2 = [1]
l2.append([l2, (l2,)])
print(l2)
print(l == l if False else 'skip')
try:
    l == l
    print('eq ok')
except RecursionError:
    print('RecursionError eq')
m = [1]
m.append(m)
n = [1]
n.append(n)
try:
    print(m == n)
except RecursionError as e:
    print('RecursionError:', e)
