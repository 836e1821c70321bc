# Unicode case mapping: special casing that changes length, final sigma, titlecase digraphs, casefold
words = ['straße', 'ﬁne', 'ΣΑΣ', 'ΟΔΟΣ ΟΔΟΣ.', 'ǆemal', 'Ǉ', 'İstanbul', 'ı', 'ŉ', 'ǰ', 'ΐ', 'ﬃ', 'ẞ', 'ǅ', 'ᾳ', 'ᾼ', 'µ', 'ſ', 'K', 'Å', 'ꞵ', '𐐨', 'aΣb', 'Σ', 'aΣ', 'a Σ', 'abcΣ-', 'ΑΣ\u0301']
for w in words:
    print(w, '|', w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold(), len(w.upper()), len(w.lower()), len(w.casefold()))
print('ß'.upper() == 'SS', 'ß'.casefold() == 'ss', 'ẞ'.lower(), 'ﬀ'.title(), 'ǈ'.istitle(), 'ǈ'.isupper(), 'ǈ'.islower(), 'ǅa'.istitle())
print("they're bill's friends".title(), 'hello wORLD 3rd'.title(), 'a1b2 c3D'.capitalize(), '\u1f80'.capitalize(), 'ŉa'.capitalize())
print('MASSE'.casefold() == 'Maße'.casefold(), 'ǰ'.upper().encode('unicode_escape'), 'İ'.lower().encode('unicode_escape'))
print([c.isupper() for c in 'AaǅΣσ1'], [c.islower() for c in 'ªºaA'], 'ªº'.upper(), 'Ⅷ'.lower(), 'ⓐ'.upper(), 'ⓐ'.isalpha(), 'Ⅷ'.isalpha())
