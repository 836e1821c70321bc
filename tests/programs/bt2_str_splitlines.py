def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ":", e)
s = 'a\nb\r\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l'
print(s.splitlines())
print(s.splitlines(True))
print(s.splitlines(keepends=True) == s.splitlines(True))
print(''.splitlines(), '\n'.splitlines(), '\n\n'.splitlines(True), 'x\n'.splitlines(), '\r\n\r'.splitlines(True))
print('abc'.splitlines(0), 'a\n\rb'.splitlines(), 'a\r\n\nb'.splitlines(1))
t('a'.splitlines, 'x')
t('a'.splitlines, True, True)
print(b'a\nb\r\nc\rd\x0be\x85f'.splitlines(), b'a\r\nb\n'.splitlines(True))
print(bytearray(b'x\ny\r').splitlines(True))
print('a\tb\vc'.split(), 'a\x1cb\x1fc'.split(), b'a\x1cb\x0bc'.split())
