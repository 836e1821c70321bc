# str.encode with each error handler and codec, and the UnicodeEncodeError details
s = 'aé€\U0001f600\udcff'
for enc in ['ascii', 'latin-1', 'utf-8', 'utf-16-le', 'utf-32-be', 'cp1252', 'iso8859-15']:
    for err in ['strict', 'ignore', 'replace', 'xmlcharrefreplace', 'backslashreplace', 'namereplace', 'surrogateescape', 'surrogatepass']:
        try:
            print(enc, err, s.encode(enc, err))
        except UnicodeEncodeError as e:
            print(enc, err, 'UnicodeEncodeError:', e.encoding, e.start, e.end, repr(e.object[e.start:e.end]), e.reason)
        except Exception as e:
            print(enc, err, type(e).__name__ + ':', e)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
t(lambda: 'x'.encode('no-such-codec'))
t(lambda: 'x'.encode('utf-8', 'no-such-handler'))
t(lambda: 'é'.encode('ascii', 'no-such-handler'))
t(lambda: 'x'.encode(encoding=5))
t(lambda: 'x'.encode('rot13'))
t(lambda: 'é'.encode('ascii'))
t(lambda: 'ab\udc80cd'.encode())
t(lambda: '\udc80\udc81'.encode('utf-8', 'surrogateescape'))
t(lambda: 'x'.encode(errors='strict'))
t(lambda: 'ÿĀ'.encode('latin-1', 'replace'))
t(lambda: 'é'.encode('UTF8'), )
t(lambda: 'é'.encode('U8'))
t(lambda: 'é'.encode('utf_8'))
t(lambda: 'é'.encode('Latin_1'))
