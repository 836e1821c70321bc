def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)
def sa(l, s, v):
    try:
        l[s] = v
        print(l)
    except Exception as e:
        print(type(e).__name__ + ":", e)
def sd(l, s):
    try:
        del l[s]
        print(l)
    except Exception as e:
        print(type(e).__name__ + ":", e)
sa(list(range(6)), slice(1, 3), 'xyz')
sa(list(range(6)), slice(1, 1), [9, 9])
sa(list(range(6)), slice(4, 1), [7])
sa(list(range(6)), slice(None, None, 2), 'abc')
sa(list(range(6)), slice(None, None, 2), 'ab')
sa(list(range(6)), slice(None, None, -2), [10, 11, 12])
sa(list(range(6)), slice(5, 0, -2), (1, 2, 3))
sa(list(range(6)), slice(1, 1, 3), [])
sa(list(range(6)), slice(1, 2, 1), [])
sa(list(range(6)), slice(0, 6, 2), [])
sa(list(range(6)), slice(None), 5)
sa(list(range(6)), slice(None, None, 0), [])
sa(list(range(6)), slice(-100, 100), [0])
sa(list(range(6)), slice(10, 20), [1, 2])
sa(list(range(6)), slice(None, None, 3), iter([8, 9]))
l = [1, 2, 3]
l[:] = l
print(l)
l[1:2] = l
print(l)
l = [1, 2, 3, 4]
l[::2] = l[1::2]
print(l)
sd(list(range(10)), slice(None, None, 3))
sd(list(range(10)), slice(None, None, -3))
sd(list(range(10)), slice(2, 8, 2))
sd(list(range(10)), slice(8, 2, -2))
sd(list(range(10)), slice(5, 2))
sd(list(range(10)), slice(None, None, 0))
sd(list(range(10)), slice(-3, None))
sd(list(range(3)), 5)
sd(list(range(3)), -4)
sd(list(range(3)), 'x')
t(lambda: [1, 2][5])
t(lambda: [1, 2][-3])
ka, kf = 'a', 1.0
t(lambda: [1, 2][ka])
t(lambda: [1, 2][kf])
t(lambda: [1, 2, 3][::0])
t(lambda: [1, 2, 3][10**30:])
t(lambda: [1, 2, 3][-10**30::10**30])
t(lambda: [1, 2, 3][::-10**30])
l = [0] * 5
l[True] = 'T'
print(l)
class I:
    def __index__(self): return 2
l[I()] = 'I'
print(l, l[I():], l[:I()])
t = (1, 2, 3, 4, 5)
print(t[::2], t[::-1], t[1:-1], t[10:], t[-2::-2])
s = 'abcdef'
print(s[::2], s[::-1], s[1:-1:2], s[100:], s[-100:2], s[5:1:-2])
