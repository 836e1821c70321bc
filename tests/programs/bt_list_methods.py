def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ":", e)
l = [1, 2, 3, 2, 1]
print(l.index(2), l.index(2, 2), l.index(1, -1), l.count(2), l.count(5))
t(l.index, 5)
t(l.index, 2, 4)
t(l.index, 2, 0, 1)
t(l.index)
t(l.count)
l.append(4); l.extend([5, 6]); l.extend('ab'); l.extend(range(2)); l.insert(0, 0); l.insert(-1, 'x'); l.insert(100, 'end'); l.insert(-100, 'start')
print(l)
print(l.pop(), l.pop(0), l.pop(-3), l)
t(l.pop, 100)
t([].pop)
t(l.pop, 'a')
l.remove('a')
t(l.remove, 'zz')
print(l)
l.reverse()
print(l)
c = l.copy()
l.clear()
print(l, len(c))
t([].insert, 1)
t([].append)
t([].append, 1, 2)
t([].extend, 5)
x = [1, 2, 3]
x.extend(x)
print(x)
x += x
print(len(x))
x *= 0
print(x)
y = [0] * 3
y[1:2] = [7, 8, 9]
print(y)
y[::2] = 'ab' + 'c'
print(y)
t(y.__setitem__, slice(0, 5, 2), [1])
del y[::2]
print(y)
y[5:] = [1]
print(y)
y[-100:1] = ['s']
print(y)
del y[100:]
print(y)
t(y.__getitem__, 10)
t(y.__getitem__, 'a')
t(y.__setitem__, 10, 1)
t(y.__delitem__, 10)
print([1, 2] + [3], [1] * 3, 2 * [0], [1, 2] == [1, 2], [1, 2] < [1, 3], [1] < [1, 0], [] == [], [1, [2]] == [1, [2]])
t(lambda: [1] + (2,))
t(lambda: [1] < 'a')
t(lambda: [1] * 'a')
z = [1]
z += (2, 3)
z += 'ab'
z += {9: 1}
print(z)
print(list(), list('abc'), list({'a': 1}), list(range(3)), list((1, 2)), list(x for x in 'ab'))
t(list, 1)
t(list, [1], [2])
t(list, x=1)
print(list.__len__([1, 2]), list.__contains__([1], 1), [1, 2].__reversed__().__next__(), [3, 4].__iter__().__next__())
print([1, 2, 3][::-1], [1, 2, 3][::2], [1, 2, 3][-2:], [][1:], [1, 2, 3][1:-1])
a = [1, 2]
a.append(a)
print(a, a == a)
