# A class's __hash__ may be any callable (a callable object is called with
# no arguments, as CPython's slot does); a builtin base's hash still answers
# for classes that set nothing.


class CountingHash:
    def __init__(self):
        self.calls = 0

    def __call__(self, *args):
        self.calls += 1
        return 999 if not args else -1


class K:
    pass


counter = CountingHash()
K.__hash__ = counter
k = K()
print(hash(k), counter.calls)
table = {k: 'v'}
print(table[k], counter.calls)


class I(int):
    pass


class Plain:
    pass


p = Plain()
print(hash(I(5)), hash(p) == hash(p), hash(I(-1)))
K.__hash__ = None
try:
    hash(k)
except TypeError as e:
    print('TypeError', e)
