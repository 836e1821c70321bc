words = ['hello world', 'HELLO', "they're bill's friends", 'ǆemal', 'ß', 'ﬁnance', 'İstanbul', 'ΣΊΣΥΦΟΣ', 'straße',
         'ŉ', 'Ǆ', 'ǅ', 'a1b2 c3', '', '123', 'ǈ', 'ﬀ', 'Ω', 'σς', 'ΑΣ ΑΣ', 'maÑana', 'ǰ', 'ΐ', 'ᾳ', 'Ⓐⓑ', 'ɐ']
for w in words:
    print(repr(w), repr(w.upper()), repr(w.lower()), repr(w.title()), repr(w.capitalize()), repr(w.swapcase()), repr(w.casefold()))
for w in words:
    print(repr(w), w.isupper(), w.islower(), w.istitle(), w.isalpha(), w.isalnum(), w.isascii(), w.isspace(), w.isidentifier(), w.isprintable())
print('ΣΑΣ'.lower(), 'ΑΣ.'.lower(), 'Σ'.lower(), 'aΣ b'.lower(), 'AΣ\u0301B'.lower())
print('ß'.upper() == 'SS', 'ß'.casefold() == 'ss', 'Straße'.casefold() == 'STRASSE'.casefold())
print('hello'.title(), "o'neil".title(), 'ABC def'.title(), '1st 2nd'.title(), 'ﬁ'.title(), 'ǉubljana'.title())
print('abc'.capitalize(), 'ABC'.capitalize(), 'ǆabc'.capitalize(), 'ßx'.capitalize(), 'ﬁx'.capitalize())
