# needs: stdlib
# set/frozenset pickling and copying, the set iterator's __length_hint__ and
# __reduce__, remove/discard with a set key, and dict keys not rehashed.
import copy
import pickle


class S(set):
    pass


class F(frozenset):
    pass


class Slotted(set):
    __slots__ = ('x', '__dict__')


for original in [{1, 2, 3}, frozenset('ab'), set(), S([4, 5]), F([6])]:
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        back = pickle.loads(pickle.dumps(original, proto))
        assert back == original and type(back) is type(original), (original, proto)
    print(type(original).__name__, sorted(copy.deepcopy(original), key=repr), type(copy.copy(original)).__name__)

s = S([1])
s.tag = 'kept'
print(s.__reduce__()[0].__name__, s.__reduce__()[1], s.__reduce__()[2])
print(pickle.loads(pickle.dumps(s)).tag)

sl = Slotted([2])
sl.x = 10
sl.y = 20
back = pickle.loads(pickle.dumps(sl, 2))
print(sorted(back), back.x, back.y)

it = iter({10, 20, 30})
print(it.__length_hint__())
next(it)
print(it.__length_hint__(), len(it.__reduce__()[1][0]), it.__reduce__()[0] is iter)
rest = pickle.loads(pickle.dumps(it))
print(type(rest).__name__, len(list(rest)))
list(it)
print(it.__length_hint__(), it.__reduce__()[1])

grow = {1}
it2 = iter(grow)
grow.add(2)
print(it2.__length_hint__())
try:
    next(it2)
except RuntimeError as e:
    print('RuntimeError', e)

outer = {frozenset([1, 2]), 3}
outer.discard({1, 2})
print(sorted(outer, key=repr))
outer.add(frozenset([7]))
outer.remove({7})
print(sorted(outer, key=repr))
try:
    outer.remove({8})
except KeyError as e:
    print('KeyError', e.args[0], type(e.args[0]).__name__)


class Counted:
    hashes = 0

    def __init__(self, v):
        self.v = v

    def __hash__(self):
        Counted.hashes += 1
        return hash(self.v)

    def __eq__(self, other):
        return isinstance(other, Counted) and self.v == other.v


d = dict.fromkeys(Counted(i) for i in range(5))
print(Counted.hashes)
st = set(d)
st.difference(d)
st.symmetric_difference_update(d)
dict.fromkeys(set(d))
dict.fromkeys(frozenset(d), 0)
print(Counted.hashes, len(st))
