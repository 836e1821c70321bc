for s in ('abc', '_', '_1', '1a', '', 'a b', 'é', 'ℕ', '℘', '℮', '·', 'a·', 'class', 'None', 'x\u200c', '\u0660', 'a\u0660', '𝔘𝔫', 'ⅰ', '$', 'a-b', 'ǅ', '゛', 'a゛'):
    print(repr(s), s.isidentifier(), s.isprintable(), s.isalpha(), s.isalnum(), s.isdecimal(), s.isdigit(), s.isnumeric())
for c in ('\t', '\n', ' ', '\x7f', '\xa0', '\xad', '\u2028', '\u200b', '\ufeff', '\U0001f600', '\u3000', '~', '\x85', '\U000e0001'):
    print(hex(ord(c)), c.isprintable(), c.isspace(), repr(c))
print(''.isprintable(), ''.isspace(), ''.isalpha(), ''.isdecimal(), ''.isascii(), 'é'.isascii(), '\x7f'.isascii())
for c in '²³¹¼½⅓Ⅻ一٣৪０𝟘':
    print(c, c.isdecimal(), c.isdigit(), c.isnumeric())
