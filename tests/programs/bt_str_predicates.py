samples = ['', 'abc', 'ABC', 'Abc', 'abc123', '123', '١٢٣', '½', '²', 'Ⅷ', ' ', '\t\n', '\x1c', '\x85', '\xa0', '\u2003',
           'a b', 'a_b', '_a', '1a', 'é', 'ß', 'ǅ', 'ǅungla', 'Hello World', 'Hello world', 'HELLO WORLD', "Can't Stop",
           '\x00', '\x7f', 'a\u0301', '\u0301', 'ℌ', 'ⓐ', 'Ⓐ', 'ꟸ', '\u00ad', '\u200b', '\ufeff', 'abc\n', '𝟘', '🙂', 'ＡＢＣ', 'if', 'None', 'π']
preds = ['isalpha', 'isalnum', 'isdecimal', 'isdigit', 'isnumeric', 'isspace', 'islower', 'isupper', 'istitle',
         'isidentifier', 'isprintable', 'isascii']
for s in samples:
    print(repr(s), ''.join('1' if getattr(s, p)() else '0' for p in preds))
for p in preds:
    try:
        getattr('a', p)(1)
    except TypeError as e:
        print('TypeError:', e)
import keyword
print([w for w in ['if', 'None', 'match', 'case', '_', 'type', 'async'] if w.isidentifier() and not keyword.iskeyword(w)])
