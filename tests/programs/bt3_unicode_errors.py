# UnicodeDecodeError / UnicodeEncodeError / UnicodeTranslateError construction and str
d = UnicodeDecodeError('utf-8', b'ab\xffcd', 2, 3, 'invalid start byte')
print(d.encoding, d.object, d.start, d.end, d.reason, str(d), repr(d))
d2 = UnicodeDecodeError('ascii', b'\x80\x81', 0, 2, 'bad')
print(str(d2))
d3 = UnicodeDecodeError('x', bytearray(b'\x80'), 0, 1, 'r')
print(type(d3.object).__name__, str(d3))
e = UnicodeEncodeError('ascii', 'aé€b', 1, 2, 'ordinal not in range(128)')
print(str(e), e.object, e.start, e.end)
print(str(UnicodeEncodeError('ascii', 'a\U0001f600', 1, 2, 'r')), str(UnicodeEncodeError('ascii', 'a\x7f', 1, 2, 'r')), str(UnicodeEncodeError('latin-1', 'aĀbc', 1, 3, 'r')))
t = UnicodeTranslateError('aé', 1, 2, 'no')
print(str(t), t.encoding, t.object)
d.start = 0
d.end = 1
d.reason = 'changed'
print(str(d))
d.start = 10
d.end = 20
print(str(d), d.start, d.end)
print(str(UnicodeDecodeError('utf-8', b'', 0, 0, 'empty')))
try:
    b'\xc3'.decode('utf-8')
except UnicodeDecodeError as ex:
    print(ex.start, ex.end, ex.reason, ex.args)
try:
    'x\udcff'.encode('utf-8')
except UnicodeEncodeError as ex:
    print(ex.start, ex.end, ex.reason, ex.args[0])
print(issubclass(UnicodeDecodeError, ValueError), UnicodeError.__mro__[1].__name__)
