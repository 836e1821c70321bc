# deque keeps its order and contents through long runs of operations at both
# ends (front holes, front growth, compaction), maxlen trimming from either
# side, indexing, and iteration that notices changes.
from collections import deque

d = deque()
for i in range(100):
    d.appendleft(i)
    d.append(-i)
print(len(d), d[0], d[-1], d[100], d[99])
for _ in range(150):
    d.popleft()
print(len(d), list(d)[:5], d[0], d[-1])
for i in range(30):
    d.appendleft(('f', i))
print(len(d), d[0], d[29], d[30])
print(d.count(-80), d.index(-80), -80 in d, 7 in d)
d.rotate(3)
print(d[0], d[3], d[-1])
d.remove(('f', 0))
del d[0]
d[1] = 'x'
print(len(d), d[0], d[1], d[2])
while len(d) > 3:
    d.pop()
print(d, d == deque([('f', 29), 'x', ('f', 27)]))
d.clear()
print(d, bool(d), len(d))
try:
    d.popleft()
except IndexError as e:
    print('IndexError', e)

m = deque(range(5), maxlen=5)
m.append(5)
m.appendleft(-1)
print(m)
for i in range(40):
    m.append(i)
print(m, m.maxlen)
m.extendleft('abc')
print(m)

q = deque(range(10))
for k in range(1000):
    q.append(q.popleft() + 10)
print(list(q), q[0], q[9])

it = iter(q)
next(it)
q.popleft()
try:
    next(it)
except RuntimeError as e:
    print('RuntimeError', e)
it = reversed(q)
print(next(it))
q.appendleft(0)
try:
    next(it)
except RuntimeError as e:
    print('RuntimeError', e)

r = deque([1, 2, 3])
r *= 3
print(r, r + deque([0]), 2 * deque('ab'))
r2 = deque(r)
r2.popleft()
print(r2 > r, r2 < deque([9]), r2.copy(), r2.__reduce__()[:3], list(r2.__reduce__()[3]), deque("ab", maxlen=4).__reduce__()[1])
s = deque('xyz')
s.__init__('pq')
print(s)
