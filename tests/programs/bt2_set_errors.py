def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)
s = {1, 2, 3}
fs = frozenset([3, 4])
print(s | fs, type(s | fs).__name__, type(fs | s).__name__, type(fs & s).__name__, fs - s, fs ^ s, s == frozenset(s), hash(frozenset()) == hash(frozenset()))
t(s.remove, 9)
t(s.remove, [1])
t(s.discard, [1])
print(s.discard(9), s)
t(set().pop)
t(lambda: {[1]})
t(set, 5)
t(set, [1], [2])
t(frozenset, [{}])
t(lambda: s + s)
t(lambda: s * 2)
t(lambda: s[0])
t(lambda: s - [1])
t(lambda: s ^ 'ab')
t(lambda: s <= [1])
t(lambda: s > 5)
t(s.issubset, 5)
t(s.issuperset)
t(s.isdisjoint, 5)
t(s.update, 5)
t(s.intersection_update, 5)
t(s.add)
t(s.add, {})
t(fs.__getattribute__, 'add')
print(s.union(), s.intersection(), s.difference(), s.copy() == s, s.copy() is s, fs.copy() is fs, frozenset(fs) is fs)
print({1, 2} == [1, 2], {1, 2}.__eq__([1, 2]), {1}.__or__([1]), {1}.__lt__(5))
x = {1, 2}
x.intersection_update([2, 3], [2])
print(x)
x.difference_update([2], {5})
print(x)
x.symmetric_difference_update('ab')
print(sorted(x, key=str))
t(x.symmetric_difference_update, [1], [2])
print({frozenset([1]): 'fs'}[frozenset([1])], {1, 2} in {frozenset([1, 2])})
print(set([1]) in [frozenset([1])], frozenset({2}) in {2: 3} if False else 'skip')
t(lambda: {1} in {frozenset({1})})
t(lambda: [1] in {1})
t(lambda: {2} in {frozenset({2}): 0})
print(set('aab') == {'a', 'b'}, len(set(range(100))), min({3, 1, 2}), sum({1, 2, 3}))
class E:
    def __eq__(self, o): return True
    __hash__ = None
t(set, [E()])
class H:
    def __hash__(self): return 1
    def __eq__(self, o): return isinstance(o, H)
    def __repr__(self): return 'H'
print({H(), H()}, len({H(), 1, True}))
print(repr(set()), repr(frozenset()), repr(frozenset({1})), repr({()}))
class SS(set): pass
class FF(frozenset): pass
print(SS([1]), FF([2]), SS(), FF(), type(SS([1]) | {2}).__name__, type(FF([1]) | {2}).__name__)
