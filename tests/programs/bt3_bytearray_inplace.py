# bytearray in-place operators, slice assignment forms and mutation methods
ba = bytearray(b'abc')
alias = ba
ba += b'def'
ba *= 2
print(ba, alias is ba)
ba[1:3] = b''
ba[::2] = b'XYZQ'
print(ba)
try:
    ba[::2] = b'XY'
except ValueError as e:
    print('ValueError:', e)
ba[:0] = range(48, 51)
ba[len(ba):] = [33]
print(ba)
for bad in ['str', [256], [-1], ['a'], 5.0]:
    try:
        ba[0:1] = bad
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
ba[0:1] = 3
print(ba)
ba[2] = 0x41
for bad in (256, -1, 'a', b'a', 1.0):
    try:
        ba[2] = bad
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
del ba[::3]
print(ba)
del ba[-2:]
print(ba)
ba.extend(b'xyz')
ba.extend([1, 2])
ba.extend(iter(range(65, 68)))
print(ba)
for bad in ('s', [300], 5, ['a']):
    try:
        ba.extend(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
print(ba.pop(), ba.pop(0), ba)
ba.insert(0, 90)
ba.insert(-1, 91)
ba.insert(100, 92)
ba.append(93)
print(ba)
ba.remove(90)
for bad in (255, 300, 'x'):
    try:
        ba.remove(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
try:
    bytearray().pop()
except IndexError as e:
    print('IndexError:', e)
try:
    ba.pop(100)
except IndexError as e:
    print('IndexError:', e)
ba.reverse()
print(ba, ba.copy() == ba, ba.copy() is ba)
ba.clear()
print(ba, len(ba))
x = bytearray(b'ab')
x *= 0
print(x)
x = bytearray(b'ab')
x *= -3
print(x)
x = bytearray(b'ab') + memoryview(b'cd')
print(x, type(x).__name__, b'ab' + bytearray(b'c'), type(b'ab' + bytearray(b'c')).__name__)
try:
    x += 'str'
except TypeError as e:
    print('TypeError:', e)
