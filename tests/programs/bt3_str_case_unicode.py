# case mapping with special Unicode: ß, ŉ, final sigma, dotted I, ligatures, titlecase digraphs
samples = ['ß', 'ŉ', 'ﬁ', 'ﬃ', 'İ', 'ı', 'ǅ', 'ǆ', 'Ǆ', 'ΣΑΣ', 'ὈΔΥΣΣΕΎΣ', 'ᾳ', 'ΐ', 'ẞ', 'ﬀoo bar', "they're bill's",
           'hello world', 'HELLO wORLD', '3rd place', 'a1b2c3', 'ǳa', 'Ꭰ', 'ꭰ', 'ÿ', 'µ', 'K', 'Å', 'aΣ', 'aΣb', 'ΣΣ a Σ']
for s in samples:
    print(s, s.upper(), s.lower(), s.casefold(), s.title(), s.capitalize(), s.swapcase(), s.istitle(), s.isupper(), s.islower())
print(len('ß'.upper()), len('İ'.lower()), 'İ'.lower() == 'i\u0307', 'ﬃ'.upper())
print('ß'.casefold() == 'ss', 'Straße'.casefold() == 'STRASSE'.casefold(), 'ǅ'.istitle(), 'ǅa'.istitle(), 'Aǅ'.istitle())
print(''.title(), ''.istitle(), '1'.istitle(), 'A1'.istitle(), 'A B'.istitle(), 'A b'.istitle(), "Don'T".istitle())
print('abc'.upper().isupper(), '123'.isupper(), 'A1'.isupper(), 'ǅ'.isupper(), 'ǅ'.islower())
