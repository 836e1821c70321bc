# deque (a native type of _collections) has its own __new__: deque.__new__
# and a subclass's __new__ make empty instances, a wrong class is refused with
# CPython's message; OrderedDict keeps dict's __new__, as in CPython.
from collections import deque, OrderedDict
import copy, pickle, types

print(deque.__new__(deque, [1]), '__new__' in deque.__dict__, '__new__' in OrderedDict.__dict__)

class D(deque):
    pass

class O(OrderedDict):
    pass

print(D.__new__(D), type(D.__new__(D)).__name__, O.__new__(O))
print(copy.copy(D([1])), pickle.loads(pickle.dumps(D([1, 2], maxlen=3))), copy.deepcopy(O(a=[1])))
for f in (lambda: deque.__new__(int), lambda: types.SimpleNamespace.__new__(int)):
    try:
        f()
    except TypeError as e:
        print(e)
