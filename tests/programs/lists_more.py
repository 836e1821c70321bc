# list and tuple methods, operators and messages (issue 5)
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

l = [3, 1, 2, 1, 3]
print(l.index(1), l.index(1, 2), l.index(3, -2), l.index(1, -10, 10**30), l.count(1), l.count(9))
show(lambda: l.index(9))
show(lambda: l.index(3, 1, 4))
show(lambda: l.index())
show(lambda: l.index(1, 2, 3, 4))
show(lambda: l.index(1, 'a'))
show(lambda: l.count())
l.remove(1)
print(l)
show(lambda: l.remove(9))
show(lambda: l.remove())
show(lambda: [].pop())
show(lambda: [1].pop(5))
show(lambda: [1].pop('a'))
show(lambda: [1].pop(1, 2))
show(lambda: [1][5])
show(lambda: [1][10**20])
key = 'a'
show(lambda: [1][key])
show(lambda: [].insert(1))
show(lambda: [].insert('a', 1))
show(lambda: [].append())
ins = [1, 2]
ins.insert(-100, 0); ins.insert(100, 9); ins.insert(-1, 8)
print(ins)

# repetition and in-place operators keep identity
a = [1, 2]
b = a
a *= 2
print(a, b, a is b)
a *= -1
print(a, b)
a = [1]
a += range(3)
a += 'xy'
a += (7,)
a += {9: 0}
print(a, b is a)
show(lambda: a.__iadd__(5))
print([1, 2] * -3, [1, 2] * 0, 2 * [0], [None] * 3, [1].__imul__(3))
show(lambda: [1] * 'a')
show(lambda: [1] * 10**20)
show(lambda: [1] * 2.0)
show(lambda: [1] * -10**20)

# reversed and comparisons
r = [1, 2, 3]
it = r.__reversed__()
print(type(it).__name__, list(it), list(reversed(r)), list(r.__reversed__()))
it = r.__reversed__()
print(next(it)); r.clear(); print(list(it))
print([1, 2] < [1, 2, 3], [1, 3] > [1, 2, 9], [] == [], [1, [2]] == [1, [2]], [1, 2] <= [1, 2], [2] >= [10])
show(lambda: [1] < ['a'])
show(lambda: [1] < (1,))
print(list((1, 2)), list('ab'), list(range(3)), list({1: 2, 3: 4}), list(x * 2 for x in [1, 2]), list())
show(lambda: list(1))
show(lambda: list([1], [2]))
s = [5, 2, 8]
s.sort(reverse=True)
print(s, sorted(s, key=lambda v: -v))
show(lambda: s.sort(1))
z = [1, 2, 3, 4, 5]
del z[1:3]
print(z)
rec = [1]
rec.append(rec)
print(rec)

# tuples
t = (1, 2, 3, 2)
print(t.index(2), t.index(2, 2), t.count(2), t[1:3], t[::-1], t * 2, 2 * t, t * -1, t * 1 is t)
show(lambda: t.index(9))
show(lambda: t.index())
show(lambda: t.count())
show(lambda: t[10])
show(lambda: t[10**20])
show(lambda: t * 'a')
show(lambda: t + [1])
print((1, 2) < (1, 2, 3), (1, 'a') == (1, 'a'), (2,) > (1, 9), () < (0,), hash((1, 2)) == hash((1, 2)))
show(lambda: (1,) < ('a',))
show(lambda: hash((1, [2])))
