# needs: stdlib
# operator.itemgetter/attrgetter/methodcaller pickle and copy through __reduce__.
import operator, pickle, copy
for f in (operator.itemgetter(1), operator.itemgetter(0, 2), operator.attrgetter('real'), operator.attrgetter('real', 'imag'),
          operator.methodcaller('upper'), operator.methodcaller('split', ','), operator.methodcaller('split', sep=',', maxsplit=1)):
    for proto in (0, 2, 5):
        g = pickle.loads(pickle.dumps(f, proto))
        print(repr(g) == repr(f), end=' ')
    print(repr(copy.copy(f)) == repr(f), copy.deepcopy(f) is not f)
print(pickle.loads(pickle.dumps(operator.methodcaller('split', sep=',', maxsplit=1)))('a,b,c'))
print(operator.itemgetter(1, 2).__reduce__()[1], operator.methodcaller('m', 1).__reduce__()[1])
