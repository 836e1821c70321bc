# str.splitlines and bytes.splitlines: every line boundary, keepends, CRLF pairing and trailing boundaries
s = 'a\nb\rc\r\nd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l'
print(s.splitlines())
print(s.splitlines(True))
print(s.encode('utf-8').splitlines())
print(s.encode('latin-1', 'replace').splitlines(keepends=True))
for x in ['', '\n', '\n\n', 'a\n', 'a\r\n', '\r\n\r', '\r\r\n', 'x\n\ry', 'no', '\u2028']:
    print(repr(x), x.splitlines(), x.splitlines(True), x.encode('utf-8').splitlines(True))
print(s.split('\n'), 'a\x85b'.split(), 'a\u2028b'.split(), 'a\x1cb'.split(), b'a\x1cb'.split(), b'a\x85b'.split())
for bad in [lambda: 'a'.splitlines(1, 2), lambda: 'a'.splitlines(keep=True), lambda: 'a'.splitlines(None), lambda: 'a'.splitlines('x')]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__ + ':', e)
print('a\nb'.splitlines(2), 'a\nb'.splitlines(0.0) if False else '')
