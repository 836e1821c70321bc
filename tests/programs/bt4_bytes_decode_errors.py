# bytes.decode with each handler and codec, and UnicodeDecodeError fields and message forms
data = b'a\xc3\xa9\xff\xe2\x82\xed\xa0\x80z'
for enc in ['utf-8', 'ascii', 'latin-1', 'utf-16-le', 'cp1252']:
    for err in ['strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape', 'surrogatepass']:
        try:
            print(enc, err, repr(data.decode(enc, err)))
        except UnicodeDecodeError as e:
            print(enc, err, 'UnicodeDecodeError:', e)
            print('  ', e.encoding, e.object == data, e.start, e.end, e.reason, e.args[2:])
        except Exception as e:
            print(enc, err, type(e).__name__ + ':', e)
for b in [b'\x80', b'\xc3', b'\xe2\x82', b'\xf0\x9f\x98', b'\xc0\x80', b'\xed\xb0\x80', b'\xf4\x90\x80\x80', b'\xf8', b'ok\xfe\xffok']:
    try:
        b.decode()
    except UnicodeDecodeError as e:
        print(b, e.start, e.end, e.reason, '|', e)
try:
    b'\xff\xfe\x00'.decode('utf-16')
except UnicodeDecodeError as e:
    print(e)
print(bytearray(b'\xe4').decode('latin-1'), memoryview(b'x').tobytes().decode(), b'\xef\xbb\xbfa'.decode('utf-8-sig'), b'\xef\xbb\xbfa'.decode())
for f in [lambda: b'a'.decode('nope'), lambda: b'a'.decode('utf-8', 'nope'), lambda: b'\xff'.decode('utf-8', 'nope'), lambda: b'x'.decode('rot13'),
          lambda: str(b'\xff', 'ascii'), lambda: str(b'x', errors='strict'), lambda: str('x', 'utf-8'), lambda: str(5, 'utf-8')]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
