# list slice assignment and deletion with steps, negative steps, errors
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)
L = list(range(10))
L[::2] = 'abcde'
print(L)
L[::-3] = [None] * 4
print(L)
show(lambda: L.__setitem__(slice(None, None, 2), [1, 2]))
show(lambda: L.__setitem__(slice(None, None, -1), range(3)))
show(lambda: L.__setitem__(slice(None, None, 0), []))
show(lambda: L.__setitem__(slice(0, 2), 5))
L = list(range(10))
del L[1::3]
print(L)
del L[::-2]
print(L)
L = list(range(10))
del L[8:2:-2]
print(L)
L[2:2] = [99, 98]
L[-1:] = []
L[100:] = ['end']
L[-100:0] = ['start']
print(L)
L[3:1] = ['x']
print(L)
L = [1, 2, 3]
L[:] = L
print(L)
L[1:2] = L
print(L)
L = [1, 2, 3, 4]
L[::2] = L[1::2]
print(L)
L[::-1] = L
print(L)
L = list(range(6))
L[1:5:2] = (x * 10 for x in range(2))
print(L)
del L[::]
print(L)
L = list(range(5))
print(L[::-1], L[-1:-6:-1], L[5:0:-1], L[-100:100:3], L[3:-100:-2], L[::2**70], L[-2**70::])
show(lambda: L[::0])
show(lambda: L['a':])
show(lambda: L[1.0:])
class I:
    def __index__(self): return 2
print(L[I():], L[:I()], L[::I()])
L[I()] = 'i'
print(L)
