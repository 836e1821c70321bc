# needs: stdlib
# The struct module over the native _struct: every format code in native and
# standard modes, sizes and alignment, strings, half floats, the Struct type,
# iter_unpack, pack_into/unpack_from, and CPython's error messages.
import struct
import _struct


def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)


print(struct.error, struct.error.__module__, struct.error.__mro__)
print(struct.error is _struct.error, issubclass(struct.error, Exception))

# Sizes: native alignment against the standard modes.
for fmt in ['b', 'h', 'i', 'l', 'q', 'n', 'P', 'e', 'f', 'd', '?', 'c', 'x',
            'bi', 'bq', '=bi', '<bq', '!hd', '@xq', '@q0i', '@b0q', '3s', '5p',
            'ci', 'ic', '2 i', ' i ', '<', '10x2h', 'hhl', '0s', '0p']:
    t(struct.calcsize, fmt)

# Every integer code at its limits, in every mode.
codes = 'bBhHiIlLqQ'
for prefix in ['@', '<', '>', '=', '!']:
    for c in codes:
        fmt = prefix + c
        size = struct.calcsize(fmt)
        signed = c.islower()
        lo = -(1 << (size * 8 - 1)) if signed else 0
        hi = (1 << (size * 8 - 1)) - 1 if signed else (1 << (size * 8)) - 1
        for v in [lo, hi, 1, 0x12345678 & hi]:
            b = struct.pack(fmt, v)
            assert struct.unpack(fmt, b) == (v,), (fmt, v)
            print(fmt, v, b)
        t(struct.pack, fmt, hi + 1)
        t(struct.pack, fmt, lo - 1)
for c in 'nNP':
    t(struct.pack, c, 12345)
    t(struct.unpack, c, b'\xff' * 8)
t(struct.pack, 'n', 2**63)
t(struct.pack, 'N', -1)
t(struct.pack, 'P', -1)
t(struct.pack, 'P', 2**64)
t(struct.pack, '<n', 1)
t(struct.pack, '>P', 1)

# Floats: double, single, half.
for fmt in ['<d', '>d', 'd', '<f', '>f', 'f', '<e', '>e', 'e']:
    for v in [0.0, -0.0, 1.5, -2.25, 1/3, 1e-5, 65504.0, float('inf'), float('-inf'), 3, True]:
        b = struct.pack(fmt, v)
        print(fmt, v, b, struct.unpack(fmt, b))
    print(fmt, struct.unpack(fmt, struct.pack(fmt, float('nan'))))
for v in [65519.99, 65520.0, 5.960464477539063e-08, 5.960464477539063e-08 / 2,
          5.960464477539063e-08 * 0.51, 6.097555160522461e-05, 1e-10, 2.0**-14, 1000.5, 1001.5]:
    t(struct.pack, '<e', v)
for h in [b'\x00\x7c', b'\x01\x7c', b'\x01\x00', b'\xff\x03', b'\x00\x04', b'\xff\xfb', b'\x00\x80']:
    t(struct.unpack, '<e', h)
t(struct.pack, '<f', 1e300)
t(struct.pack, 'f', 1e300)
t(struct.pack, '<f', 10**30)
t(struct.pack, 'd', 10**400)
t(struct.pack, '<e', 70000)
t(struct.pack, 'e', 1e10)
t(struct.pack, 'f', 'x')


class Idx:
    def __index__(self):
        return 7


class Flt:
    def __float__(self):
        return 2.5


t(struct.pack, 'i', Idx())
t(struct.pack, 'd', Flt())
t(struct.pack, 'd', Idx())
t(struct.pack, 'i', 1.0)
t(struct.pack, 'i', '1')
t(struct.pack, 'Q', 2**70)

# Strings, chars, bools, padding.
t(struct.pack, '3s2p?', b'abcdef', b'xyz', 5)
t(struct.pack, '5p', b'abcdefgh')
t(struct.pack, '5s', b'ab')
t(struct.pack, '0p', b'x')
t(struct.pack, 's', bytearray(b'q'))
t(struct.pack, '300p', b'y' * 300)
t(struct.unpack, '5p', b'\x09abcd')
t(struct.unpack, '3c', b'abc')
t(struct.unpack, '?', b'\x05')
t(struct.unpack, '<?', b'\x00')
t(struct.pack, '!?', [])
t(struct.pack, 'xbx', 1)
t(struct.pack, 's', 1)
t(struct.pack, 's', 'x')
t(struct.pack, 'c', b'ab')
t(struct.pack, 'c', 'a')
t(struct.pack, 'c', bytearray(b'a'))
t(struct.pack, 'p', 1)

# Alignment in native mode.
print(struct.pack('@bi', 1, 2), struct.pack('=bi', 1, 2), struct.pack('@bq0h', 1, 2))
print(struct.unpack('@bhiq', struct.pack('@bhiq', -1, -2, -3, -4)))

# Format errors.
for fmt in ['y', '3', 'i<', '<P', '<n', '2 i', 'i\0', '99999999999999999999i', 'i' * 3]:
    t(struct.calcsize, fmt)
t(struct.calcsize, 1)
t(struct.calcsize, b'<ih')

# Item counts and buffers.
t(struct.pack, 'ii', 1)
t(struct.pack, 'i', 1, 2)
t(struct.pack)
t(struct.pack, 'x')
t(struct.unpack, 'i', b'123')
t(struct.unpack, 'ii', b'123')
t(struct.unpack, 'i', 'abcd')
t(struct.unpack, 'i')
t(struct.unpack, 'i', memoryview(b'1234'))
t(struct.unpack, 'i', bytearray(b'1234'))
t(struct.unpack_from, 'i', b'123', 1)
t(struct.unpack_from, 'i', b'123', -10)
t(struct.unpack_from, '<h', b'\x01\x02\x03\x04', -2)
t(struct.unpack_from, '<h', buffer=b'\x01\x02\x03\x04', offset=1)
t(struct.unpack_from, '<h', b'\x01\x02', 1.0)

ba = bytearray(8)
t(struct.pack_into, '<hh', ba, 2, 1, -1)
print(ba)
t(struct.pack_into, '<h', ba, -2, 0x4142)
print(ba)
t(struct.pack_into, 'i', b'1234', 0, 1)
t(struct.pack_into, 'i', bytearray(3), 0, 1)
t(struct.pack_into, 'i', bytearray(8), 6, 1)
t(struct.pack_into, 'i', bytearray(8), -10, 1)
t(struct.pack_into, 'i', bytearray(8), -2, 1)
t(struct.pack_into, 'i', bytearray(8))
t(struct.pack_into, 'i')
t(struct.pack_into, 'i', bytearray(8), 'a', 1)
t(struct.pack_into, 'i', bytearray(8), 0)

# iter_unpack.
it = struct.iter_unpack('<h', b'\x01\x00\x02\x00\x03\x00')
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__(), list(it), list(it))
t(struct.iter_unpack, 'i', b'12345')
t(struct.iter_unpack, '', b'12345')
print(list(struct.iter_unpack('<2h', bytearray(b'\x01\x00\x02\x00' * 3))))

# The Struct type.
s = struct.Struct('<ih')
print(s, repr(s), s.format, s.size)
print(s.pack(1, 2), s.unpack(b'\x01\x00\x00\x00\x02\x00'), s.unpack_from(b'xx\x01\x00\x00\x00\x02\x00', 2))
t(s.pack, 1)
t(s.unpack, b'')
buf = bytearray(10)
s.pack_into(buf, 1, 7, 8)
print(buf, list(s.iter_unpack(bytes(12))))
t(s.pack_into, buf)
b = struct.Struct(b'>q')
print(b.format, b.size, b.pack(-2))
t(struct.Struct)
t(struct.Struct, 'i', 'x')
t(struct.Struct, 1)
t(struct.Struct, 'z')
print(struct.Struct(format='2H').unpack(b'\x01\x00\x02\x00'))
t(struct.pack, struct.Struct('<h'), 5)

struct._clearcache()
print(struct.pack('<3h', 1, 2, 3), struct.calcsize('<3h'))
