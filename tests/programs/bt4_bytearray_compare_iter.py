# bytearray compared with bytes and memoryview, iteration while growing, in/count with ints and bytes, hash refusal and repr forms
ba = bytearray(b'abc')
print(ba == b'abc', b'abc' == ba, ba < b'abd', ba >= bytearray(b'abc'), ba == memoryview(b'abc'), ba == 'abc', ba != [97, 98, 99])
print(98 in ba, b'bc' in ba, bytearray(b'') in ba, ba.count(97), ba.count(b'c'), ba.find(99), ba.index(b'b'), ba.rfind(ord('a')))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
t(lambda: hash(ba)); t(lambda: 300 in ba); t(lambda: 'a' in ba); t(lambda: ba < 'abc'); t(lambda: ba + 'x'); t(lambda: ba * 1.5)
out = []
g = bytearray(b'ab')
for c in g:
    out.append(c)
    if len(g) < 5:
        g.append(c + 1)
print(out, g)
print(repr(bytearray()), repr(bytearray(b'\x00\'"\\\x7f\x80')), str(bytearray(b'q')), repr(bytearray(b"'")), repr(bytearray(b'"\'')))
class BA(bytearray):
    pass
x = BA(b'sub')
print(repr(x), type(x + b'').__name__, type(x[:1]).__name__, type(x.upper()).__name__, type(x.copy()).__name__, x == b'sub')
print(list(reversed(ba)), ba[::-1], ba[1], ba[-1:], bytes(ba) is not ba, ba.__len__(), sorted(ba, reverse=True))
print(bytearray(b'x') is not bytearray(b'x'), bytearray(b'ab') * 0, bytearray(3) == b'\x00' * 3, bytearray(b'a') + bytearray(b'b'))
