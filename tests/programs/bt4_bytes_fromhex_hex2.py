# bytes/bytearray fromhex (whitespace rules, error positions) and hex() with separators
def t(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__ + ':', e)
for s in ['', '00', 'ff FF', ' 0a 0b ', '0a\n0b', '0a\t0b', '0a\x0b0b', '0a\x0c0b', '0a\r0b', 'a', '0a b', 'zz', '0a0', '0 a', 'éé', '0x10', '1_0', '\u3000ab']:
    t(bytes.fromhex, s)
t(bytearray.fromhex, '01 02')
t(bytes.fromhex, b'00')
t(bytes.fromhex, 5)
class SB(bytes): pass
class SBA(bytearray): pass
print(type(SB.fromhex('41')).__name__, SB.fromhex('41'), type(SBA.fromhex('42')).__name__)
b = bytes(range(250, 256)) + b'\x00\x01'
for a in [(), (':',), ('-', 2), ('-', -2), ('_', 3), ('_', -3), (b'|', 1), ('.', 100), ('.', -100), (' ', 0)]:
    t(b.hex, *a)
t(b.hex, '::')
t(b.hex, 'é')
t(b.hex, 1)
t(b.hex, ':', 'x')
t(b''.hex, ':', 2)
t(bytearray(b'\x01\x02\x03').hex, ':', -1)
t(memoryview(b'\x01\x02\x03').hex, ':', 2)
t(memoryview(b'\x01\x02\x03')[::2].hex)
print(bytes.fromhex(bytes(range(256)).hex()) == bytes(range(256)))
