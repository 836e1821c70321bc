# str predicates across Unicode categories (digits, numerics, letters, spaces, separators, controls, identifiers)
chars = ['0', '٣', '²', '½', 'Ⅷ', '〇', '𝟙', '①', 'a', 'Ω', '中', 'ǅ', 'ª', '\u0301', '_', ' ', '\xa0', '\u2003', '\u2028', '\x1c', '\x1f',
         '\x85', '\t', '\u200b', '\ufeff', '\x7f', 'é', '\U0001f600', '$', '·', '\U000e0001', '\ud800', '\uffff']
names = ['isalnum', 'isalpha', 'isdecimal', 'isdigit', 'isnumeric', 'isspace', 'isprintable', 'isidentifier', 'isascii', 'islower', 'isupper', 'istitle']
print(' '.join(n[2:6] for n in names))
for c in chars:
    print(c.encode('unicode_escape').decode(), ''.join('1' if getattr(c, n)() else '.' for n in names))
for s in ['', 'abc', 'ab c', 'Ab', 'AB1', '12', '1.5', '_x1', '1x', 'x-y', 'ǅungla', 'ΑΒΓ', 'Hello World', 'Hello world', 'é\u0301', ' \t\n']:
    print(repr(s), ''.join('1' if getattr(s, n)() else '.' for n in names))
