# range with huge bounds: len overflow, indexing, slicing, index/count/contains with non-ints, equality and hash
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
big = range(10**20, 10**21, 7)
t(lambda: big[0]); t(lambda: big[-1]); t(lambda: big[10**15]); t(lambda: big[::10**18]); t(lambda: big[5:2:-1]); t(lambda: big.index(10**20 + 14))
t(lambda: len(big)); t(lambda: big.__len__()); t(lambda: len(range(-2**63, 2**63))); t(lambda: len(range(2**63 - 1)))
t(lambda: 10**20 + 7 in big); t(lambda: 10**20 + 8 in big); t(lambda: big.count(10**20)); t(lambda: bool(big)); t(lambda: big[len(range(10**5))])
r = range(0, 20, 3)
t(lambda: r.index(9)); t(lambda: r.index(10)); t(lambda: r.index('x')); t(lambda: r.count(9.0)); t(lambda: 9.0 in r); t(lambda: 9.5 in r)
t(lambda: r[1:-1:2]); t(lambda: r[::-1]); t(lambda: r[-100:100]); t(lambda: r[20]); t(lambda: r['a']); t(lambda: r[1.0]); t(lambda: r[::0])
t(lambda: range(0)); t(lambda: range(1, 2, 0)); t(lambda: range(1.5)); t(lambda: range('1')); t(lambda: range()); t(lambda: range(1, 2, 3, 4)); t(lambda: range(stop=3))
print(range(0) == range(5, 2), range(0, 3) == range(0, 3, 1), range(0, 1, 5) == range(0, 1, 9), range(1, 10, 3) == range(1, 11, 3), range(2) != [0, 1])
print(hash(range(0)) == hash(range(7, 2)), hash(range(0, 1, 5)) == hash(range(0, 1, 9)), hash(range(3)) == hash(range(0, 3)))
rr = range(-5, 5, 2)
print(rr.start, rr.stop, rr.step, list(reversed(rr)), list(rr[::-2]), rr[1:3], repr(range(3)), repr(range(1, 9, 2)), str(range(-1, 1)))
class I:
    def __index__(self): return 4
print(range(I()), range(I())[I() - 1] if False else range(I())[1], 3 in range(I()), range(I()).index(3), list(range(1, I())))
t(lambda: range(I(), 9.0))
t(lambda: range(0, 10)[10**30])
t(lambda: list(range(2**64, 2**64 + 3)))
it = iter(range(2**64, 2**64 + 2)); next(it); print(next(it), type(it).__name__, type(iter(range(3))).__name__)
