# needs: stdlib
# binascii (hex, base64, uu, quoted-printable, CRCs, errors) and the pure-Python
# base64 module over it (b64, urlsafe, b32, b16, b85, a85).
import binascii
import random
import sys

try:
    import re
except ImportError:
    # Until pyk has _sre: base64 uses re only for b16decode's
    # re.search(b'[^0-9A-F]', s); this stand-in answers that one question.
    class re:
        @staticmethod
        def search(pattern, s):
            return any(c not in b'0123456789ABCDEF' for c in s)
    sys.modules['re'] = re
import base64


def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)


print(binascii.Error.__mro__, binascii.Incomplete.__mro__, binascii.Error.__module__)

# hex
t(binascii.hexlify, b'\x01\x02\x03\xff')
t(binascii.b2a_hex, b'\x01\x02\x03', '-', 2)
t(binascii.hexlify, b'\x01\x02\x03', b':', -2)
t(binascii.hexlify, b'abcdef', sep='|', bytes_per_sep=4)
t(binascii.hexlify, b'abc', '.', 0)
t(binascii.hexlify, b'\x01\x02\x03', '--')
t(binascii.hexlify, b'', '-')
t(binascii.hexlify, 'ab')
t(binascii.hexlify, b'ab', 1)
t(binascii.unhexlify, '0aFf')
t(binascii.a2b_hex, bytearray(b'A0'))
t(binascii.unhexlify, 'abc')
t(binascii.unhexlify, 'zz')
t(binascii.unhexlify, '\xe90')
t(binascii.unhexlify, 5)
t(binascii.unhexlify)

# base64
for n in range(8):
    data = bytes(range(250, 250 - n, -1))
    enc = binascii.b2a_base64(data)
    print(n, enc, binascii.b2a_base64(data, newline=False), binascii.a2b_base64(enc))
t(binascii.b2a_base64, 'x')
t(binascii.a2b_base64, 'YQ==')
t(binascii.a2b_base64, b'Y Q\n=!=')
for bad in [b'ab=', b'abcde', b'ab=c', b'=ab', b'ab==c', b'a!b=', b'abc=d=', b'abcd=', b'ab==']:
    t(binascii.a2b_base64, bad)
    t(binascii.a2b_base64, bad, strict_mode=True)
t(binascii.a2b_base64, None)

# uu
t(binascii.b2a_uu, b'')
t(binascii.b2a_uu, b'', backtick=True)
t(binascii.b2a_uu, b'Cat\x00')
t(binascii.b2a_uu, b'Cat\x00', backtick=True)
t(binascii.b2a_uu, b'x' * 46)
t(binascii.a2b_uu, b'')
t(binascii.a2b_uu, b' ')
t(binascii.a2b_uu, b'#86)C\n')
t(binascii.a2b_uu, b'#86)C\nxx')
t(binascii.a2b_uu, b'#8\x016)C')

# quoted-printable
t(binascii.b2a_qp, b'.\n')
t(binascii.b2a_qp, b'a.\n.')
t(binascii.b2a_qp, b'x' * 100)
t(binascii.b2a_qp, b'tab\t \r\nend \t')
t(binascii.b2a_qp, b'a b_c=d\xff', header=True)
t(binascii.b2a_qp, b'a\tb', quotetabs=True)
t(binascii.b2a_qp, b'a\r\nb\n', istext=False)
t(binascii.a2b_qp, b'=41=42=\r\nx=4')
t(binascii.a2b_qp, 'a_b==3d', header=True)

# CRCs
t(binascii.crc32, b'hello')
t(binascii.crc32, b'lo', binascii.crc32(b'hel'))
t(binascii.crc32, b'hello', -1)
t(binascii.crc32, b'hello', 2**40)
t(binascii.crc32, 'x')
t(binascii.crc32)
t(binascii.crc_hqx, b'hello', 0)
t(binascii.crc_hqx, b'hello', -1)
t(binascii.crc_hqx, b'hello')

# Round trips on random data, checked against CPython's output.
random.seed(7)
h = 0
for i in range(300):
    data = bytes(random.getrandbits(8) for _ in range(random.randrange(0, 60)))
    for enc, dec in [(binascii.b2a_base64, binascii.a2b_base64), (binascii.hexlify, binascii.unhexlify),
                     (binascii.b2a_qp, binascii.a2b_qp), (binascii.b2a_uu, binascii.a2b_uu)]:
        e = enc(data[:45])
        assert dec(e) == data[:45], (enc, data)
        h = binascii.crc32(e, h)
    h = binascii.crc_hqx(data, h & 0xffff) ^ h
print('round trips', h)

# base64
s = b'The quick brown fox jumps over the lazy dog\xff\xfe'
for enc, dec in [(base64.b64encode, base64.b64decode), (base64.urlsafe_b64encode, base64.urlsafe_b64decode),
                 (base64.standard_b64encode, base64.standard_b64decode), (base64.b32encode, base64.b32decode),
                 (base64.b32hexencode, base64.b32hexdecode), (base64.b16encode, base64.b16decode),
                 (base64.b85encode, base64.b85decode), (base64.a85encode, base64.a85decode)]:
    e = enc(s)
    print(enc.__name__, e, dec(e) == s)
print(base64.b64encode(b'\xfb\xff', altchars=b'-_'), base64.b64decode('-_8=', altchars='-_'))
print(base64.a85encode(b'hello world', wrapcol=10, adobe=True), base64.z85encode(b'12345678'))
t(base64.b64decode, b'abc')
t(base64.b64decode, b'ab!c', validate=True)
t(base64.b32decode, b'ABC')
t(base64.b16decode, b'abc')
