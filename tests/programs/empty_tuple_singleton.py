# The empty tuple is one object, as in CPython; tuple subclasses never share it.
e = tuple()
print(e is tuple([]), (1, 2)[5:] is e, tuple(x for x in []) is e, tuple(()) is e)
class T(tuple):
    pass
t = T()
print(type(t).__name__, t == e, t is e, type(e).__name__)
print(T(()) is e, type(T([])).__name__, len(T()))
import copy, pickle
print(copy.copy(e) is e, copy.deepcopy(e) is e, pickle.loads(pickle.dumps(e)) is e)
print(hash(e) == hash(tuple()), repr(e), e + (1,), (1,) * int('0') is e)
