# list index/remove/pop/insert errors, repr recursion, comparisons, misc
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
L = [1, 2, 3, 2]
t(lambda: L.index(2))
t(lambda: L.index(2, 2))
t(lambda: L.index(2, -1))
t(lambda: L.index(2, 0, 1))
t(lambda: L.index(9))
t(lambda: L.index('a'))
t(lambda: L.index(2, 'x'))
t(lambda: L.index(2, 2**70))
t(lambda: L.index(3, -2**70, 2**70))
t(lambda: L.remove(9))
t(lambda: L.pop(10))
t(lambda: [].pop())
t(lambda: L.pop('0'))
t(lambda: L.insert('0', 1))
t(lambda: L.insert(0))
t(lambda: L.count())
t(lambda: L[10])
t(lambda: L[-5])
t(lambda: L['x'])
t(lambda: L.__setitem__(10, 0))
t(lambda: L.__delitem__(-10))
t(lambda: list(1))
t(lambda: list([1], [2]))
t(lambda: list(x=1))
t(lambda: [1] * 'a')
t(lambda: [1] + (2,))
t(lambda: [1] < ['a'])
t(lambda: [1, 2] < [1, 2, 0])
t(lambda: [1, [2]] == [1, [2]])
t(lambda: [1] * -1)
t(lambda: [0] * 2**62)
a = [1]
a.append(a)
b = [a, {'k': a}]
print(a, b, repr([[]]), str([a]))
class R:
    def __repr__(self):
        return 'R' + repr(self.x)
r = R()
r.x = [r]
t(lambda: repr(r))
x = []
x += 'ab'
x += range(2)
x += {'k': 1}
print(x)
t(lambda: x.__iadd__(5))
x *= 2
print(len(x), x.__len__(), x.__sizeof__() > 0, x.copy() == x, x.copy() is x)
y = [1, 2, 3]
y.extend(y)
print(y, [].__class__, list.__name__, list.__qualname__)
print(list.__hash__, [1] == [1.0], [float('nan')] == [float('nan')])
t(lambda: hash([]))
print([*range(3), *'ab'], [i for i in reversed([1, 2, 3])], list(reversed(list())))
