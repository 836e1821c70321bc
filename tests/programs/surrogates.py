# needs: stdlib
# Lone surrogates: chr/ord, escapes, codecs and their error handlers, ordering, file names.
import sys
s = b'-\xff'.decode('utf-8', 'surrogateescape')
print(repr(s), len(s), ord(s[1]), hex(ord(s[1])))
print(s.encode('utf-8', 'surrogateescape'))
print(repr(chr(0xd800)), ascii('\udfff'), '\ud800' < '\ue000', '\U0001F600' > '\udbff')
for enc in ('utf-8', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-be', 'latin-1', 'ascii', 'utf-7'):
    try:
        print(enc, 'a\ud800\udc00b'.encode(enc))
    except UnicodeEncodeError as e:
        print(enc, repr(e), e.start, e.end)
    try:
        b = 'a\ud800\udc00b'.encode(enc, 'surrogatepass')
        print(enc, b, repr(b.decode(enc, 'surrogatepass')))
    except UnicodeError as e:
        print(enc, 'pass', repr(e))
print(b'\xed\xa0\x80'.decode('utf-8', 'surrogatepass') == '\ud800')
print(repr(b'abc\xff\xfe'.decode('ascii', 'surrogateescape')))
print(repr(b'\\ud800'.decode('unicode-escape')))
print('\ud800'.encode('unicode-escape'), '\ud800'.encode('raw-unicode-escape'))
print(sorted(['\ue000', '\ud800', 'a', '\U00010000']))
print('%c' % 0xdc80 == '\udc80', format(0xdc80, 'c') == '\udc80')
print(str.maketrans({'\ud800': 'x'}), 'a\ud800'.translate({0xd800: 'y'}))
print('\udc80'.isprintable(), '\udc80'.isalpha(), '\udc80'.upper() == '\udc80')
try:
    print('\ud800')
except UnicodeEncodeError as e:
    print(repr(e), file=sys.stderr)
print('\udcff', file=sys.stderr)
import os
print(os.fsencode(s), os.fsdecode(b'\xff') == '\udcff')
import json
print(json.dumps('\ud800'), repr(json.loads('"\\ud800"')))
import re
print(re.findall('[\ud800-\udfff]', 'a\udc80b\ud800'))
import tempfile
d = tempfile.mkdtemp()
name = b'f\xffx'.decode('utf-8', 'surrogateescape')
p = os.path.join(d, name)
with open(p, 'w') as f:
    f.write('hi')
print([repr(n) for n in os.listdir(d)], os.listdir(os.fsencode(d)))
print(os.path.exists(p), open(p).read(), open(os.fsencode(p)).read())
os.environ['PYKTEST'] = name
print(repr(os.environ['PYKTEST']), os.environb[b'PYKTEST'])
try:
    open(os.path.join(d, '\ud800'))
except UnicodeEncodeError as e:
    print(e.reason, e.start - len(d))
os.unlink(p); os.rmdir(d)
import marshal, array, unicodedata
print(repr(marshal.loads(marshal.dumps('a\udc80'))), marshal.dumps('\udc80'))
print(array.array('w', 'x\ud800').tolist() == ['x', '\ud800'], unicodedata.category('\ud800'))
print(repr(eval("'\\udabc'")), ascii(compile("'\\ud800'", 's', 'eval').co_consts))
