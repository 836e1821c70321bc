# recursive and shared containers in repr: lists, dicts, sets via objects, deque/OrderedDict/defaultdict, and custom reprs
L = [1]
L.append(L)
print(L, repr([L, L]))
D = {'k': 1}
D['self'] = D
D['list'] = [D]
print(D)
T = ([],)
T[0].append(T)
print(T)
class Node:
    def __init__(self): self.children = []
    def __repr__(self): return 'Node(%r)' % (self.children,)
n = Node()
n.children.append(n)
try:
    print(n)
except RecursionError as e:
    print('RecursionError')
from collections import deque, OrderedDict, defaultdict, UserList
q = deque([1])
q.append(q)
print(q)
od = OrderedDict(a=1)
od['me'] = od
print(od)
dd = defaultdict(list)
dd['x'].append(dd)
print(repr(dd)[:40])
shared = [1, 2]
print([shared, shared], {'a': shared, 'b': shared})
v = {}
v[1] = v.keys()
print(v)
w = {}
w[1] = w.values()
print(w)
x = {}
x[1] = x.items()
print(x)
ul = UserList([1])
ul.append(ul)
print(ul)
M = [[]]
M[0].append(M[0])
print(M, str(M) == repr(M))
