# list methods with start/stop arguments, negative indices and their exact error messages
L = [3, 1, 4, 1, 5, 9, 2, 6]
def t(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__ + ':', e)
t(L.index, 1); t(L.index, 1, 2); t(L.index, 1, 2, 3); t(L.index, 1, -5); t(L.index, 9, -100, 100); t(L.index, 7); t(L.index, 1, 'a'); t(L.index)
t(L.index, 1, 2**100); t(L.index, 1, -2**100); t(L.count, 1); t(L.count); t(L.count, 1, 2)
c = L.copy()
t(c.remove, 1); t(c.remove, 10); t(c.remove); print(c)
t(c.pop); t(c.pop, 0); t(c.pop, -1); t(c.pop, 100); t(c.pop, -100); t(c.pop, 1.0); t([].pop); t([].pop, 0); print(c)
t(c.insert, 1); t(c.insert, 'a', 1); t(c.insert, 100, 'end'); t(c.insert, -100, 'start'); t(c.insert, -1, 'pen'); print(c)
t(c.append); t(c.append, 1, 2); t(c.extend, 5); t(c.extend, 'ab'); t(c.extend, {1: 2}); t(c.extend, range(2)); print(c)
t(c.__getitem__, 100); t(c.__getitem__, 'a'); t(c.__setitem__, 100, 1); t(c.__delitem__, -100); t(c.__getitem__, 1.5)
t(c.__setitem__, slice(0, 2), 5); t(c.__setitem__, slice(0, 4, 2), [1]); t(c.__setitem__, slice(0, 4, 2), [7, 8]); print(c)
t(list, 5); t(list, 1, 2); t(list, iterable=[1]); t(c.sort, 1); t(c.reverse, 1); t(c.clear, 1); t(c.copy, 1)
t(lambda: [1] + (2,)); t(lambda: [1] * 'a'); t(lambda: [1] * 2.0); t(lambda: [1, 2] * -1); t(lambda: [0] * (2**62)); t(lambda: [] < 1)
x = [1]; x += (2, 3); x += 'ab'; x *= 2; print(x)
y = [1]
try:
    y += 5
except Exception as e:
    print(type(e).__name__ + ':', e)
