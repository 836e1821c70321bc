# marshal: CPython 3.13's byte format, round trips, CPython-made blobs, errors.
import marshal

print(marshal.version)

def show(label, v, *args, **kw):
    try:
        print(label, marshal.dumps(v, *args, **kw).hex())
    except Exception as e:
        print(label, type(e).__name__, e)

def load(label, b, **kw):
    try:
        v = marshal.loads(b, **kw)
        shown = sorted(v, key=repr) if isinstance(v, (set, frozenset)) else v  # str hashes differ
        print(label, type(v).__name__, repr(shown))
    except Exception as e:
        print(label, type(e).__name__, e)

# Scalars (constants: CPython flags them as shared).
show("None", None)
show("Ellipsis", ...)
show("True", True)
show("False", False)
show("StopIteration", StopIteration)
show("0", 0)
show("5", 5)
show("1000", 1000)
show("-1", -1)
show("2**31-1", 2**31 - 1)
show("2**31", 2**31)
show("-2**31", -2**31)
show("-2**31-1", -2**31 - 1)
show("2**62", 2**62)
show("2**63", 2**63)
show("10**30", 10**30)
show("-10**30", -10**30)
show("2**1000", 2**1000)
show("1.5", 1.5)
show("-0.0", -0.0)
show("inf", float("inf"))
show("1+2j", 1 + 2j)
show("-1.5j", -1.5j)

# Strings: short/long ASCII, interned, unicode.
show("''", '')
show("'a'", 'a')
show("'hello'", 'hello')
show("'hello world'", 'hello world')
show("'é'", 'é')
show("'€uro'", '€uro')
show("emoji", '\U0001F600!')
show("'a b'*100", 'a b' * 100)
show("'é'*100", 'é' * 100)
show("joined", ''.join(['ab', 'c']))

# Bytes-like.
show("b''", b'')
show("b'ab'", b'ab')
show("bytearray", bytearray(b'ab'))
show("memoryview", memoryview(b'xyz'))

# Containers: built at run time (count 1: no flag) or constants.
show("()", ())
show("(1,)", (1,))
show("(1, 2)", (1, 2))
show("(1.5, 'a b')", (1.5, 'a b'))
show("nested const", (1.5, 'hi', 1 + 2j, 'hé', ('a', 'a')))
show("[]", [])
show("[1000]", [1000])
show("[(1.5, 'a b')]", [(1.5, 'a b')])
show("{}", {})
show("{1: 2}", {1: 2})
show("dict", {'a': [1, 2], 'b': (3, 'a')})
show("set()", set())
show("{1}", {1})
show("set sorted", {3, 1, 2, 'b', 'a', 1000})
show("frozenset()", frozenset())
show("frozenset", frozenset({3, 1, 'x'}))
show("fresh float", float('1.5'))
show("[fresh float]", [float('1.5')])
show("set fresh float", {float('1.5'), 'a'})
show("set tuples", {(float('1.5'),), ('a',)})
show("big tuple", tuple(range(300))[:2])
show("long tuple", tuple([None] * 256)[:1])
t256 = tuple([None] * 256)
print("256-tuple", marshal.dumps(t256).hex()[:16], len(marshal.dumps(t256)))

# Shared objects: FLAG_REF and r records.
x = [1]
show("x", x)
show("[x, x]", [x, x])
show("(5, 5)", (5, 5))
show("[b'x', b'x']", [b'x', b'x'])
s = 'some text'
show("(s, s)", (s, s))
d = {}
show("[d, [d]]", [d, [d]])
rec = []
rec.append(rec)
show("recursive list", rec)

# Versions 0..4 (and beyond 4, and negative: no refs).
for ver in range(6):
    show("v%d" % ver, (1.5, 'hi', 1 + 2j, 'hé', ('a', 'a'), 2**40, {3, 1}), ver)
show("v-1", 'ab', -1)
show("v1 floats", [0.1, 1e16, 1e17, 1e-5, -0.0, float('nan'), float('-inf'), 5e-324, 1e300], 1)
show("v0 complex", 1j, 0)

# Round trips.
values = [None, True, False, ..., StopIteration, 0, -1, 2**31, -2**31 - 1, 2**64, -(10**50), 10**400,
          0.5, -0.0, 1e300, 1j, -2.5 + 0.5j, '', 'abc', 'é€😀', 'x' * 1000, b'', b'\x00\xff' * 200,
          (), (1, (2, (3,))), [1, [2, [3]]], {'k': [1, {2: 3}]}, {1, 2, 3}, frozenset({'a', 'b'}),
          [x, x, x], tuple(range(1000))]
for ver in range(5):
    for v in values:
        back = marshal.loads(marshal.dumps(v, ver))
        if back != v or type(back) is not type(v):
            print("round trip failed", ver, repr(v)[:40], repr(back)[:40])
nan = marshal.loads(marshal.dumps(float('nan')))
print("nan", nan != nan)
shared = marshal.loads(marshal.dumps([x, x]))
print("shared identity", shared[0] is shared[1])
r = marshal.loads(marshal.dumps(rec))
print("recursive", r[0] is r)
print("bytearray back", type(marshal.loads(marshal.dumps(bytearray(b'q')))).__name__)
import sys
print("interned back", marshal.loads(b'\xda\x07abc_xyz') is sys.intern(''.join(['abc', '_xyz'])))

# Blobs written by CPython 3.13.
blobs = [
    'a905e7000000000000f83fda026869f9000000000000f03f0000000000000040f50300000068c3a9a902da01617206000000',
    '28050000006603312e35750200000068697801310132750300000068c3a92802000000750100000061750100000061',
    'a805000000e7000000000000f83ff4020000006869f9000000000000f03f0000000000000040f50300000068c3a9a802000000f401000000617206000000',
    '7bda01615b02000000e901000000e902000000da0162a902e903000000720000000030',
    'ec0700000000000000a937a733044d93652703',
    'ecf9ffffff00000000a937a733044d93652703',
    'bc06000000da0161da0162e901000000e902000000e903000000e9e8030000',
    'db01000000720000000000',
    '6617312e30303030303030303030303030303031652b333030',
    '7801300131',
    'c12c010000' + '78' * 300,
    'e12c010000' + '612062' * 100,
    '5b02000000f301000000787200000000',
    '49ffffffffffffff7f',
]
for b in blobs:
    load("blob", bytes.fromhex(b))
print(repr(marshal.loads(bytes.fromhex(blobs[3]) + b'trailing junk')))

# Malformed data.
for b in [b'', b'i\x01', b'I' + bytes(8), b'0', b'(\x01\x00\x00\x000', b')\x01N', b'[\x01\x00\x00\x00',
          b'[\x01\x00\x00\x000', b'<\x01\x00\x00\x000', b'{N0', b'{NN', b'{N', b'{', b'r\x00\x00\x00\x00',
          b'\xdb\x01\x00\x00\x00r\x00\x00\x00\x00', b'l\x01\x00\x00\x00\x00\x80',
          b'l\x02\x00\x00\x00\x01\x00\x00\x00', b'l\x00\x00\x00\x00', b'l\xff\xff\xff\xff\x05\x00',
          b'l\x02\x00\x00\x00\x01\x00', b's\xff\xff\xff\xff', b'(\xff\xff\xff\xff', b'u\x02\x00\x00\x00\xff\xfe',
          b'z\x02\xe9a', b'?', b':N', b'\x01', b'f\x03abc', b'f\x031e5', b'f\x04 2.5', b'f\x04+2.5', b'f\x02.5', b'f\x08Infinity', b'x\x011\x03nan',
          b'\xbe\x01\x00\x00\x00r\x00\x00\x00\x00', b'\xa8\x02\x00\x00\x00N', b'{[\x00\x00\x00\x00N0',
          b't\x01\x00\x00\x00a', b'g\x00', b'f', b'f\x05ab', b'z', b')', b'x', b'x\x011', b'i',
          b'u\x01\x00\x00\x00', b'r\x05\x00\x00\x00', b'r\xff\xff\xff\xff']:
    load(repr(b)[:24], b)
load("code disallowed", b'\xe3' + bytes(40), allow_code=False)

# Nesting limits.
l = []
for i in range(1999):
    l = [l]
print("1999 deep", len(marshal.dumps(l)))
show("2000 deep", [l])
print("1999 deep load", type(marshal.loads(b'[\x01\x00\x00\x00' * 1999 + b'N')).__name__)
load("2000 deep load", b'[\x01\x00\x00\x00' * 2000 + b'N')
load("very deep load", b')\x01' * 100000 + b'N')
deep = []
for i in range(100000):
    deep = [deep]
show("very deep", deep)

# Unmarshallable values.
class I(int):
    pass
class B(bytes):
    pass
show("object()", object())
show("[1, object()]", [1, object()])
show("int subclass", I(3))
show("bytes subclass", B(b'ab'))
show("slice", slice(1, 2))
show("range", range(3))
show("code disallowed", (lambda: 0).__code__, allow_code=False)

# Arguments.
for call in [lambda: marshal.dumps(), lambda: marshal.dumps(1, 2, 3), lambda: marshal.dumps(1, version=2),
             lambda: marshal.loads(), lambda: marshal.loads('N'), lambda: marshal.loads(b'N', x=1),
             lambda: marshal.dumps(1, 'x'), lambda: marshal.load(), lambda: marshal.dump(1)]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
print(marshal.loads(bytearray(b'i\x07\x00\x00\x00')), marshal.loads(memoryview(b'N')))
print(marshal.dumps(5, allow_code=False).hex(), marshal.loads(b'T', allow_code=False))

# dump/load on a file: several values one after another.
import os
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'marshal_module.tmp')
try:
    with open(path, 'wb') as f:
        print("dump returns", marshal.dump((1, 'a'), f))
        marshal.dump([1.5, b'z'], f, 2)
        marshal.dump(None, f)
        f.write(b'u\x05\x00\x00\x00ab')
    with open(path, 'rb') as f:
        print(marshal.load(f), marshal.load(f), marshal.load(f), f.tell())
        try:
            marshal.load(f)
        except EOFError as e:
            print("EOFError", e)
        try:
            marshal.load(f)
        except EOFError as e:
            print("EOFError", e)
finally:
    os.remove(path)
class NoRead:
    pass
class TextRead:
    def read(self, n):
        return ''
class OnlyRead:
    def read(self, n):
        return b'N'
class ReadInto:
    def read(self, n):
        print("read", n)
        return b''
    def readinto(self, b):
        print("readinto", len(b))
        b[0:1] = b'T'
        return 1
for f in [NoRead(), TextRead(), OnlyRead(), ReadInto()]:
    try:
        print(marshal.load(f))
    except Exception as e:
        print(type(e).__name__, e)
