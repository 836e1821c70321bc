# needs: stdlib
# itertools objects pickle, copy and restore their state as in CPython 3.13
# (with its DeprecationWarning), accept keywords meant for a subclass's own
# __init__, and tolerate re-entrant use of groupby and pairwise.
import copy
import operator
import pickle
import warnings
from itertools import (accumulate, chain, combinations, combinations_with_replacement, compress, count,
                       cycle, dropwhile, filterfalse, groupby, islice, pairwise, permutations, product,
                       repeat, starmap, takewhile, zip_longest)

warnings.simplefilter("ignore", DeprecationWarning)


def take(n, it):
    return list(islice(it, n))


def below3(x):
    return x < 3


def below5(x):
    return x < 5


def roundtrips(label, make, skip=0):
    out = []
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        it = make()
        take(skip, it)
        out.append(list(pickle.loads(pickle.dumps(it, proto))) == list(make())[skip:])
    it = make()
    take(skip, it)
    out.append(list(copy.deepcopy(it)) == list(make())[skip:])
    print(label, all(out))


roundtrips("accumulate", lambda: accumulate(range(6)), 2)
roundtrips("accumulate initial", lambda: accumulate([1, 2, 3], initial=10), 1)
roundtrips("chain", lambda: chain("ab", "", "cde"), 3)
roundtrips("compress", lambda: compress("abcdef", [1, 0, 1, 1, 0, 1]), 1)
roundtrips("dropwhile", lambda: dropwhile(below3, range(8)), 1)
roundtrips("takewhile", lambda: takewhile(below5, range(8)), 2)
roundtrips("filterfalse", lambda: filterfalse(None, [0, 1, 0, 2, 3, 0]), 1)
roundtrips("starmap", lambda: starmap(operator.pow, [(2, 3), (3, 2), (4, 1)]), 1)
roundtrips("islice", lambda: islice(range(20), 2, 15, 3), 2)
roundtrips("zip_longest", lambda: zip_longest("abc", [1], fillvalue="-"), 1)
roundtrips("product", lambda: product("ab", range(3), repeat=2), 5)
roundtrips("permutations", lambda: permutations("abcd", 2), 4)
roundtrips("combinations", lambda: combinations("abcde", 3), 3)
roundtrips("cwr", lambda: combinations_with_replacement("abc", 2), 2)
roundtrips("repeat", lambda: repeat("x", 5), 2)

c = count(3, 2)
next(c)
print(c.__reduce__(), count(5).__reduce__(), count(1.5).__reduce__())
print(repeat(1, 3).__reduce__(), repeat(1).__reduce__()[1])
print(take(5, pickle.loads(pickle.dumps(count(10)))))

cy = cycle("abc")
take(4, cy)
print(take(7, copy.deepcopy(cy)))
cy2 = cycle(iter("abcde"))
take(7, cy2)
print(take(8, pickle.loads(pickle.dumps(cy2))))
cy3 = cycle("xyz")
cy3.__setstate__((["p", "q"], True))
print(take(6, cy3))

acc = accumulate([None, None, None], operator.is_)
next(acc)
print(list(pickle.loads(pickle.dumps(acc))))

g = groupby("aaabbc")
key, grp = next(g)
next(grp)
g2 = pickle.loads(pickle.dumps(g))
print([(k, list(v)) for k, v in g2])
print([(k, list(v)) for k, v in pickle.loads(pickle.dumps(groupby("xxyz")))])

ch = chain()
ch.__setstate__((iter("ab"), iter("cd")))
print(list(ch))
for bad in [(), (1,), [iter("a")]]:
    try:
        chain().__setstate__(bad)
    except TypeError as e:
        print("chain setstate", type(e).__name__, e)
for it, st in [(product("ab"), (1, 2)), (combinations("abc", 2), (0,)), (permutations("abc", 2), ((0, 1, 2), (3,)))]:
    try:
        it.__setstate__(st)
    except ValueError as e:
        print(type(it).__name__, "setstate", e)
p = product("abc", "xy")
p.__setstate__((1, 5))
print(list(p))

with warnings.catch_warnings(record=True) as ws:
    warnings.simplefilter("always")
    count().__reduce__()
    chain().__setstate__((iter(()),))
print([(w.category.__name__, str(w.message)) for w in ws])


# Keywords for a subclass's own __init__.
class Cyc(cycle):
    def __init__(self, it, tag=None):
        self.tag = tag


cc = Cyc("ab", tag=1)
print(type(cc).__name__, cc.tag, take(3, cc))


class Plain(cycle):
    pass


try:
    Plain("ab", tag=1)
except TypeError as e:
    print("Plain", e)
try:
    islice("ab", 1, stop=2)
except TypeError as e:
    print("islice", e)


# Re-entrant use.
def f(n):
    if n == 5:
        list(b)
    return n != 6


groups = []
for k, b in groupby(range(10), f):
    groups.append((k, list(b)))
print(groups)


class I:
    count = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.count += 1
        if self.count == 2:
            return next(pw)
        return [self.count]


pw = pairwise(I())
print(take(3, pw))

# Tees pickled together still share their buffer; a tee of a tee is a copy.
from itertools import tee

a, b = tee(iter(range(6)))
next(a); next(a); next(a); next(b)
a2, b2 = pickle.loads(pickle.dumps((a, b)))
print(list(b2), list(a2), list(a), list(b))
c, d = tee("xyz")
next(c)
print(list(copy.deepcopy(c)), list(copy.deepcopy(d)), list(c), list(d))
t1, t2 = tee("abc")
t3 = type(t1)(t1)
print(list(t1), list(t2), list(t3))

# repeat's length hint.
print(operator.length_hint(repeat(None, 7)), operator.length_hint(repeat(None), -1))
