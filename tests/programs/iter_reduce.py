# needs: stdlib
# __reduce__/__setstate__ of range, its iterators and the sequence iterators; pickling builtin functions by name.
import pickle, copy
it = iter(range(2, 20, 3)); next(it); next(it)
print(it.__reduce__(), range(1, 5, 2).__reduce__())
it.__setstate__(2); print(list(it))
it = iter(range(2**70, 2**70+5)); next(it); print(it.__reduce__())
it.__setstate__(3); print(list(it))
l = iter([1, 2, 3]); next(l); print(l.__reduce__()); l.__setstate__(2); print(list(l))
print(iter('ab').__reduce__())
e = iter([]); list(e); print(e.__reduce__())
r = reversed([1, 2, 3]); next(r); r2 = copy.copy(r); print(list(r2), list(r))
for proto in range(5):
    it = iter(range(10)); next(it)
    print(list(pickle.loads(pickle.dumps(it, proto))), pickle.loads(pickle.dumps(range(3, 9, 2), proto)))
t = iter((5, 6, 7)); next(t); print(list(copy.deepcopy(t)))
print(pickle.loads(pickle.dumps(len)) is len, pickle.loads(pickle.dumps([].append)).__name__)
