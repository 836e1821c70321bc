# needs: stdlib
# dict(mapping)/update from dicts: a subclass with its own __iter__ (as
# OrderedDict) is read in its own order; mutation of the source during the
# merge is RuntimeError; stored hashes are reused; setdefault hashes and
# compares once.
import collections

od = collections.OrderedDict([('a', 1), ('b', 2), ('c', 3)])
od.move_to_end('a')
print(list(dict(od).items()))
d = {}
d.update(od)
print(list(d))


class Reordered(dict):
    def keys(self):
        return reversed(list(dict.keys(self)))

    __iter__ = keys


class Plain(dict):
    pass


print(list(dict(Reordered([(1, 'x'), (2, 'y')])).items()), list(dict(Plain([(1, 'x'), (2, 'y')])).items()))


class Clears:
    def __hash__(self):
        return 0

    def __eq__(self, other):
        source.clear()
        return False


source = dict((i, 0) for i in range(1, 50))
source[Clears()] = 0
target = {Clears(): 0, 1: 1}
try:
    target.update(source)
except RuntimeError as e:
    print('RuntimeError', e)


class Counted:
    def __init__(self):
        self.hashes = 0
        self.eqs = 0

    def __hash__(self):
        self.hashes += 1
        return 42

    def __eq__(self, other):
        self.eqs += 1
        return self is other


first, second = Counted(), Counted()
table = {first: 5}
print(table.setdefault(second, []), table.setdefault(first, 'unused'))
print(first.hashes, second.hashes, first.eqs + second.eqs)
merged = dict(table)
print(first.hashes, second.hashes, len(merged))
