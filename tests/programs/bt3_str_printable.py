# isprintable / isidentifier / repr of non-printable characters
cs = ['a', ' ', '\t', '\n', '\x7f', '\x80', '\xa0', '\xad', '\u200b', '\u2028', '\u2029', '\ufeff', '\ue000', '\udc80', '\U000e0001',
      '\u0378', '\U0001f600', '\u3000', '\u1680', '\u061c', '\u00a7', '\u0300', '\uffff', '\U0010ffff', '\U0001d400']
for c in cs:
    print(ascii(c), c.isprintable(), repr(c), ascii(repr(c)), c.isidentifier(), ('a' + c).isidentifier())
print(''.isprintable(), ''.isidentifier(), '_'.isidentifier(), '1a'.isidentifier(), 'a1'.isidentifier(), '℘x'.isidentifier(), '℮'.isidentifier(),
      'ǅ'.isidentifier(), 'a·b'.isidentifier(), '·'.isidentifier(), 'ⅷ'.isidentifier(), 'x\u0300'.isidentifier(), 'def'.isidentifier(), 'None'.isidentifier())
print(repr('\x00\x1f\x7f\x9f\xa0\xff'), repr('\u20ac\U0001f600\udc00'), repr("it's"), repr('"\''), repr('\\'))
