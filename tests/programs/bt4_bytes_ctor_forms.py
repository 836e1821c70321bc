# bytes() and bytearray() constructors: every argument form, __bytes__, __index__ and the errors
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ':', e)
for f in (bytes, bytearray):
    t(f); t(f, 3); t(f, 0); t(f, -1); t(f, [1, 2, 255]); t(f, [256]); t(f, [-1]); t(f, (x for x in b'gen')); t(f, 'abc'); t(f, 'é', 'utf-8')
    t(f, 'é', 'ascii'); t(f, 'é', 'ascii', 'ignore'); t(f, b'x', 'utf-8'); t(f, 3, 'utf-8'); t(f, None); t(f, 1.5); t(f, [1.5]); t(f, ['a'])
    t(f, memoryview(b'mv')); t(f, bytearray(b'ba')); t(f, range(3)); t(f, source=b'kw'); t(f, 'x', encoding='ascii'); t(f, 'x', errors='strict')
    t(f, {1: 2}); t(f, {3}); t(f, [True, False])
class B:
    def __bytes__(self): return b'from-bytes'
class BadB:
    def __bytes__(self): return 'str'
class I:
    def __index__(self): return 4
class SubB(bytes):
    pass
class RB:
    def __bytes__(self): return SubB(b'sub')
t(bytes, B()); t(bytes, BadB()); t(bytes, I()); t(bytearray, I()); t(bytearray, B()); t(bytes, [I()])
r = bytes(RB())
print(type(r).__name__, r, type(SubB(b'x')).__name__, SubB(b'x') == b'x', type(SubB(3)).__name__)
t(bytes.__new__, str)
t(bytes, 10**20)
t(bytes, -10**20)
