def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ":", e)
s = 'héllo wörld €'
for enc in ['utf-8', 'utf8', 'UTF-8', 'latin-1', 'latin1', 'iso-8859-1', 'ascii', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'cp1252', 'U8']:
    t(s.encode, enc)
for err in ['strict', 'ignore', 'replace', 'xmlcharrefreplace', 'backslashreplace', 'namereplace']:
    t(s.encode, 'ascii', err)
    t(s.encode, 'latin-1', errors=err)
t(s.encode, 'ascii', 'bogus')
t(s.encode, 'no-such-codec')
t(s.encode, 5)
t(s.encode, encoding='utf-8', errors='strict')
t('\U0001f600'.encode, 'utf-8')
t('\U0001f600'.encode, 'utf-16-le')
t('\U0001f600'.encode, 'ascii', 'namereplace')
t('\U0001f600'.encode, 'ascii', 'backslashreplace')
t('\x00\x7f\x80'.encode, 'ascii', 'xmlcharrefreplace')
b = 'héllo €'.encode('utf-8')
t(b.decode)
t(b.decode, 'ascii')
t(b.decode, 'ascii', 'ignore')
t(b.decode, 'ascii', 'replace')
t(b.decode, 'ascii', 'backslashreplace')
t(b.decode, 'latin-1')
t(b.decode, 'utf-16')
t(b'\xff\xfeh\x00i\x00'.decode, 'utf-16')
t(b'\xe2\x82'.decode, 'utf-8')
t(b'\xe2\x82'.decode, 'utf-8', 'replace')
t(b'a\xc3(b'.decode, 'utf-8')
t(b'\xf0\x90\x80'.decode, 'utf-8')
t(b'\xed\xa0\x80'.decode, 'utf-8')
t(b'\x80abc'.decode, 'utf-8')
t(b'abc\xff'.decode, 'utf-8', errors='ignore')
t(b'\x81'.decode, 'cp1252')
t(str, b'abc', 'ascii')
t(str, b'ab\xff', 'ascii', 'replace')
t(str, b'abc', errors='strict')
t(str, 'abc', 'ascii')
t(str, bytearray(b'xyz'), 'utf-8')
t(str, memoryview(b'mv'), 'utf-8')
try:
    b'\xff'.decode('utf-8')
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason, e.args)
try:
    'aé€'.encode('ascii')
except UnicodeEncodeError as e:
    print(e.encoding, repr(e.object), e.start, e.end, e.reason)
