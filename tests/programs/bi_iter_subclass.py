# enumerate, map, filter, zip and reversed can be subclassed (pickling as the
# subclass); reversed.__length_hint__.
import pickle
class E(enumerate):
    def __next__(self):
        i, v = super().__next__()
        return i * 10, v
e = E("ab", 1)
print(list(e), isinstance(e, enumerate), type(e).__name__)
class M(map):
    pass
m = M(abs, [-1, -2]); m.x = 5
print(list(m), m.x)
class Z(zip):
    def __init__(self, *a, **k): self.tag = "z"
z = Z("ab", "cd", strict=True)
print(list(z), z.tag)
class F(filter): pass
class R(reversed): pass
print(list(F(None, [0, 1, 2])), list(R("abc")))
print(E("xy").__reduce__()[0] is E, pickle.loads(pickle.dumps(M(str, [1, 2]))).__class__.__name__)
import operator
r = reversed("hello")
print(operator.length_hint(r), r.__length_hint__()); next(r); print(r.__length_hint__()); list(r); print(r.__length_hint__())
r = R([1, 2, 3]); r.__setstate__(0); print(r.__length_hint__(), list(r))
class R2(reversed):
    def __init__(self, *a): print("init", type(self).__name__)
print(type(R2([1, 2])).__name__, list(R2("ab")))
