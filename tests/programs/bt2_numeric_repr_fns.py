def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)
for n in (0, 1, -1, 255, -256, 2**64, -(2**64) + 1, True):
    print(bin(n), oct(n), hex(n), format(n, '#b'), format(n, '#o'), format(n, '#x'), format(n, 'X'))
class I:
    def __index__(self): return 10
class II:
    def __index__(self): return 'x'
class J(int): pass
print(bin(I()), oct(I()), hex(I()), hex(J(31)), bin(J(-2)))
t(bin, 1.5)
t(hex, '1')
t(oct, None)
t(hex, II())
t(bin)
t(hex, 1, 2)
print(ascii('é\n\x00\u1234\U0001f600'), ascii(b'\xff'), ascii(['ü', 'x']), ascii(1), ascii({'ß': 'ñ'}), ascii("'"), ascii('"\''))
print(repr('é\n\x00\u1234\U0001f600'), repr("'"), repr('"'), repr('\'"'), repr('\\'), repr('\x7f\x80\xa0\xad'), repr('\u2028\u3000\ufeff'))
print(repr(b'\x00\t\n\r\x7f\x80\'"'), repr(b"'"), repr(b'"\''), repr(bytearray(b'\\')))
print(chr(0), chr(65), chr(0x10FFFF) == '\U0010ffff', ord('é'), ord(b'a'), ord(bytearray(b'\xff')), ord('\U0001f600'))
t(chr, -1)
t(chr, 0x110000)
t(chr, 1.0)
t(chr, '1')
t(chr, 2**100)
t(chr, I())
t(ord, '')
t(ord, 'ab')
t(ord, b'ab')
t(ord, 5)
t(ord, b'')
t(ord, bytearray(b'xy'))
print(format(255, 'c') if False else 'skip', format(65, 'c'), format(1234567, ','), format(-1234567.891, ',.2f'), format(0.5, '%'), format(12, '+#010x'), format(-12, ' o'))
t(format, 1, 's')
t(format, 'x', 'd')
t(format, 1.5, 'x')
t(format, [], 'x')
t(format, [], '')
t(format, 3, 5)
