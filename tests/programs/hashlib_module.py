# needs: stdlib
# hashlib over the builtin hash modules (_md5, _sha1, _sha2, _sha3, _blake2),
# as CPython runs it without OpenSSL's _hashlib; hmac; random.seed(str).
import sys

sys.modules['_hashlib'] = None  # both interpreters use the builtin modules
try:
    import re
except ImportError:
    # Until pyk has _sre: `import warnings` (from hmac) compiles its default
    # filter's module name; a literal matcher stands in for re.compile.
    class re:
        I = 2

        class _Pattern:
            def __init__(self, p):
                self.p = p

            def match(self, s):
                return s == self.p

        @staticmethod
        def compile(p, flags=0):
            return re._Pattern(p)
    sys.modules['re'] = re

import hashlib
import hmac
import random
import _md5, _sha1, _sha2, _sha3, _blake2


def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)


print(sorted(hashlib.algorithms_available))
print(hashlib.new('sha256', b'abc').hexdigest(), hashlib.new('MD5').name, hashlib.new('SHA1', b'x').hexdigest())
t(hashlib.new, 'nope')

# Digests of many lengths around the block sizes, whole and fed in pieces.
random.seed(99)
cons = [hashlib.md5, hashlib.sha1, hashlib.sha224, hashlib.sha256, hashlib.sha384, hashlib.sha512,
        hashlib.sha3_224, hashlib.sha3_256, hashlib.sha3_384, hashlib.sha3_512, hashlib.blake2b, hashlib.blake2s]
for n in [0, 1, 3, 55, 56, 57, 63, 64, 65, 111, 112, 113, 127, 128, 129, 135, 136, 137, 143, 144, 145, 167, 168, 169, 1000, 5000]:
    d = bytes(random.getrandbits(8) for _ in range(n))
    for c in cons:
        h = c(d)
        h2 = c()
        for i in range(0, n, 7):
            h2.update(d[i:i + 7])
        cp = h2.copy()
        cp.update(b'x')
        print(h.name, n, h.hexdigest(), h2.digest() == h.digest(), cp.hexdigest()[:16], h.digest_size, h.block_size)
    for s in [hashlib.shake_128, hashlib.shake_256]:
        h = s(d)
        print(h.name, n, h.hexdigest(0), h.hexdigest(10), h.digest(300).hex()[-40:], h.digest_size, h.block_size)

# Types, attributes, argument errors.
for c in [_md5.md5, _sha1.sha1, _sha2.sha224, _sha2.sha512, _sha3.sha3_256, _sha3.shake_128, _blake2.blake2b, _blake2.blake2s]:
    h = c()
    print(type(h).__module__, type(h).__name__, h.name, h.digest_size, h.block_size)
print(_sha2.SHA256Type, _md5.MD5Type, _sha1.SHA1Type, type(_sha2.sha384()) is _sha2.SHA384Type)
h = _sha3.sha3_224()
print(h._capacity_bits, h._rate_bits, h._suffix)
h = _sha3.shake_256()
print(h._capacity_bits, h._rate_bits, h._suffix)
t(_md5.md5, 'abc')
t(_md5.md5, 1)
t(_md5.md5().update, 'x')
t(_md5.md5().update, 1)
t(lambda: _md5.md5(string=b'a').hexdigest())
t(_md5.md5, b'a', string=b'a')
t(_md5.md5, b'a', b'b')
t(lambda: _sha2.sha256(b'a', usedforsecurity=False).hexdigest())
t(lambda: _md5.md5(bytearray(b'xyz')).hexdigest())
t(lambda: _md5.md5(memoryview(b'xyz')).hexdigest())
t(_sha3.sha3_256, b'', b'')
t(_sha3.sha3_256, data=b'x')
t(_sha3.shake_128().digest)
t(_sha3.shake_128().digest, -1)
t(_sha3.shake_128().hexdigest, 5)
t(_sha3.shake_128().digest, length=3)
t(_blake2.blake2b, b'', b'')
t(_blake2.blake2b, 'a')

# BLAKE2 parameters.
for kw in [dict(digest_size=20), dict(key=b'secret'), dict(salt=b'salty'), dict(person=b'me'),
           dict(fanout=3, depth=4, leaf_size=5, node_offset=6, node_depth=7, inner_size=8, last_node=True),
           dict(key=b'k' * 64), dict(digest_size=1), dict(node_offset=2**40, leaf_size=2**32 - 1)]:
    for c, mk in [(hashlib.blake2b, 64), (hashlib.blake2s, 32)]:
        kw2 = dict(kw)
        if 'key' in kw2:
            kw2['key'] = kw2['key'][:mk]
        if 'digest_size' in kw2:
            kw2['digest_size'] = min(kw2['digest_size'], mk)
        for n in [0, 1, 64, 128, 129, 300]:
            h = c(bytes(range(256))[:n], **kw2)
            print(c.__name__, kw2, n, h.hexdigest(), h.digest_size)
for kw in [dict(digest_size=0), dict(digest_size=65), dict(key=b'x' * 65), dict(salt=b'x' * 17), dict(person=b'x' * 17),
           dict(fanout=-1), dict(fanout=256), dict(depth=0), dict(depth=256), dict(leaf_size=-1), dict(leaf_size=2**32),
           dict(node_offset=-1), dict(node_offset=2**64), dict(node_depth=256), dict(inner_size=65), dict(inner_size=-1),
           dict(key='x'), dict(fanout='x'), dict(bogus=1)]:
    t(_blake2.blake2b, **kw)
    t(_blake2.blake2s, **kw)
t(_blake2.blake2s, node_offset=2**48)
t(_blake2.blake2s, key=b'x' * 33)
t(_blake2.blake2s, salt=b'x' * 9)
print(_blake2.BLAKE2B_MAX_DIGEST_SIZE, _blake2.BLAKE2S_MAX_KEY_SIZE, _blake2.BLAKE2B_SALT_SIZE, _blake2.BLAKE2S_PERSON_SIZE)
h = _blake2.blake2s()
print(h.SALT_SIZE, h.PERSON_SIZE, h.MAX_KEY_SIZE, h.MAX_DIGEST_SIZE, _blake2.blake2b().MAX_DIGEST_SIZE)

# hmac (pure Python over the hash objects), file_digest, random's str seeds.
print(hmac.new(b'key', b'msg', 'sha256').hexdigest())
print(hmac.new(b'key', b'msg', hashlib.md5).hexdigest())
print(hmac.digest(b'key', b'msg', 'sha512').hex())
h = hmac.new(b'k' * 200, digestmod='sha3_256')
h.update(b'a')
h2 = h.copy()
h2.update(b'b')
print(h.hexdigest(), h2.hexdigest(), h.name, h.digest_size, h.block_size)
print(hmac.compare_digest(b'abc', b'abc'), hmac.compare_digest('abc', 'abd'))


class Reader:
    def __init__(self, data):
        self.data = data

    def readable(self):
        return True

    def readinto(self, buf):
        n = min(len(buf), len(self.data))
        buf[:n] = self.data[:n]
        self.data = self.data[n:]
        return n


print(hashlib.file_digest(Reader(bytes(range(256)) * 2000), 'sha256').hexdigest())
print(hashlib.file_digest(Reader(b'abc'), hashlib.sha1).hexdigest())
random.seed('some str')
print(random.random(), random.randrange(10**6))
random.seed(b'bytes seed')
print(random.random())
random.seed(bytearray(b'ba'))
print(random.random())
print(hasattr(hashlib, 'pbkdf2_hmac'))
