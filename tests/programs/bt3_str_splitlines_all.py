# splitlines with every line boundary, keepends, and compared to split('\n')
seps = ['\n', '\r', '\r\n', '\x0b', '\x0c', '\x1c', '\x1d', '\x1e', '\x85', '\u2028', '\u2029']
for sp in seps:
    s = 'a' + sp + 'b' + sp
    print(ascii(sp), s.splitlines(), s.splitlines(True), s.splitlines(keepends=True) == s.splitlines(True))
print('\r\r\n\n'.splitlines(), '\r\r\n\n'.splitlines(True), '\n\r'.splitlines(True), ''.splitlines(), '\n'.splitlines(), 'x'.splitlines(True))
print('a\x1fb\x0eb\u2027c'.splitlines(), b'a\x0bb\x0cc\rd\r\ne\x85f'.splitlines(), bytearray(b'a\nb').splitlines(True))
print('line1\nline2\r\n'.splitlines(1), 'x\ny'.splitlines(keepends=0))
for bad in [('x',), (1, 2), (None,)]:
    try:
        print('a\nb'.splitlines(*bad))
    except TypeError as e:
        print('TypeError:', e)
try:
    'a'.splitlines(foo=1)
except TypeError as e:
    print('TypeError:', e)
