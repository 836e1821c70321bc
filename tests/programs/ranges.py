# range: methods, slicing, equality, hash, reversed (issue 5)
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

r = range(0, 20, 3)
print(r, len(r), r.start, r.stop, r.step, r[2], r[-1], r.count(9), r.count(10), r.index(9))
print(r[1:5], r[::2], r[::-1], r[-100:100], r[5:1], r[1::-2], range(10)[2:8:2], range(0, 10, 3)[::-1])
print(list(range(10, 0, -3)[::2]), range(5)[True], range(10)[3:-1:2][1], list(range(10)[7:2:-2]))
show(lambda: range(10)[::0])
show(lambda: range(5)[10])
show(lambda: range(5)[-6])
show(lambda: range(5)[10**20])
key = 'a'
show(lambda: range(3)[key])
show(lambda: range(5).index(7))
show(lambda: range(5).index('a'))
show(lambda: range(3).count())
show(lambda: range(3).index())
print(range(5).index(2.0), range(5).count(2.0), range(3).index(True), 3.0 in range(5), 'a' in range(3))
print(10**20 in range(10), -10**20 in range(10), 4 in range(0, 10, 2), 5 in range(0, 10, 2), 9 in range(10, 0, -1), 0 in range(10, 0, -1))

print(range(3) == range(0, 3, 1), range(0) == range(4, 2), range(1, 2, 5) == range(1, 3, 7), range(3) != range(4), range(3) == [0, 1, 2])
print(hash(range(0)) == hash(range(5, 5)), hash(range(1, 2, 5)) == hash(range(1, 3, 7)), hash(range(1, 10, 2)) == hash((5, 1, 2)))
print({range(3): 'a'}[range(0, 3)])
show(lambda: range(4) < range(5))

print(list(range(1, 10, 3).__reversed__()), list(reversed(range(5))), list(range(0).__reversed__()), list(range(10, 0, -4).__reversed__()))
print(type(iter(range(3))).__name__, type(range(3).__reversed__()).__name__)
print(bool(range(0)), bool(range(1)), list(range(-3)), list(range(2, -2, -1)))
show(lambda: range())
show(lambda: range(1, 2, 0))
show(lambda: range(1, 2, 3, 4))
show(lambda: range(1.5))
