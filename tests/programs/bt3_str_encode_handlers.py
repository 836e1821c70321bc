# str.encode / bytes.decode with every error handler and the exception fields
s = 'aé€\U0001f600\udc80z'
for enc in ('ascii', 'latin-1', 'utf-8', 'utf-16-le', 'cp1252'):
    for err in ('strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace', 'surrogateescape', 'surrogatepass'):
        try:
            print(enc, err, s.encode(enc, err))
        except UnicodeEncodeError as e:
            print(enc, err, 'UEE', e.encoding, e.start, e.end, ascii(e.object[e.start:e.end]), e.reason)
        except Exception as e:
            print(enc, err, type(e).__name__, e)
b = b'a\xe9\xff\xc3\x28\xed\xa0\x80\xf0\x9f\x98z'
for enc in ('ascii', 'utf-8', 'latin-1', 'utf-16-le'):
    for err in ('strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape', 'surrogatepass'):
        try:
            print(enc, err, ascii(b.decode(enc, err)))
        except UnicodeDecodeError as e:
            print(enc, err, 'UDE', e.start, e.end, e.reason, str(e))
        except Exception as e:
            print(enc, err, type(e).__name__, e)
for args in [('nope',), ('utf-8', 'nope'), (1,), ('utf-8', 1)]:
    try:
        print('x\udc80'.encode(*args))
    except Exception as e:
        print(type(e).__name__ + ':', e)
print('abc'.encode(encoding='UTF8'), 'abc'.encode('U8'), 'é'.encode('Latin_1'), 'é'.encode('iso-8859-1'), 'x'.encode(errors='strict'))
print(b'\xe9'.decode('latin1'), b'abc'.decode(encoding='ascii'), b'\x80abc'.decode('utf-8', errors='ignore'))
