# needs: stdlib
# Pickling and copying bytes, bytearray and their subclasses, and the
# bytes, bytearray and dict iterators (__reduce__, __setstate__,
# __length_hint__).
import copy
import pickle


class B(bytes):
    pass


class BA(bytearray):
    pass


b = B(b'xyz')
b.note = 1
ba = BA(b'\x00\xff')
ba.note = 2
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for obj in [b'', b'abc', bytearray(), bytearray(b'a\xe9'), b, ba]:
        back = pickle.loads(pickle.dumps(obj, proto))
        assert back == obj and type(back) is type(obj), (obj, proto)
        assert getattr(back, 'note', None) == getattr(obj, 'note', None)
print(bytearray(b'a\xe9').__reduce__(), bytearray().__reduce_ex__(4), bytearray(b'q').__reduce_ex__(3))
print(b'ab'.__getnewargs__(), b.__getnewargs__(), type(b.__bytes__()).__name__, b'k'.__bytes__())
print(copy.copy(b), copy.deepcopy(ba), type(copy.copy(ba)).__name__)

for seq in [b'hello', bytearray(b'hello')]:
    it = iter(seq)
    print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__())
    f, args, *state = it.__reduce__()
    print(f is iter, args, state)
    again = pickle.loads(pickle.dumps(it))
    print(list(again), list(it), it.__reduce__()[1], it.__length_hint__())
    fresh = iter(seq)
    fresh.__setstate__(3)
    print(list(fresh))
    fresh = iter(seq)
    fresh.__setstate__(-5)
    print(next(fresh))

grow = bytearray(b'ab')
it = iter(grow)
next(it)
grow += b'cd'
print(it.__length_hint__(), list(it))

d = {'a': 1, 'b': 2, 'c': 3}
for make in [iter, lambda d: iter(d.values()), lambda d: iter(d.items()), reversed,
             lambda d: reversed(d.items()), lambda d: reversed(d.values())]:
    it = make(d)
    next(it)
    f, args = it.__reduce__()
    print(type(it).__name__, f is iter, args, list(pickle.loads(pickle.dumps(it))), list(copy.copy(it)))
it = iter(d)
d['z'] = 0
try:
    it.__reduce__()
except RuntimeError as e:
    print('RuntimeError', e)
