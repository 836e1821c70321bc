for s in ("hello world", "HELLO wORLD", "they're bill's friends", "a1b2c3 d4", "ǆemal ǉ", "ß straße", "ﬁsh ﬂy", "élan ÉCOLE", "  lead  trail ", "x_y-z.w", "123abc", "ǅ"):
    print(repr(s), repr(s.title()), repr(s.capitalize()), repr(s.swapcase()), s.istitle(), repr(s.casefold()), repr(s.upper()), repr(s.lower()))
print('ΣΑΣ'.lower(), 'ΑΣ ΑΣ.'.lower(), 'Σ'.lower(), 'aΣb'.lower(), 'İ'.lower(), len('İ'.lower()))
print('ŉ'.upper(), 'ǰ'.upper(), 'ﬃ'.upper(), 'ﬃ'.title(), 'ﬃ'.capitalize())
print('ß'.swapcase(), 'ẞ'.swapcase(), 'ẞ'.casefold(), 'ß'.casefold(), 'ﬅ'.casefold())
print('ABC'.istitle(), 'Abc Def'.istitle(), 'Abc def'.istitle(), ''.istitle(), '1A'.istitle(), 'A1 B'.istitle(), 'ǅa'.istitle())
print('hello'.capitalize(), 'hELLO'.capitalize(), ''.capitalize(), '1aB'.capitalize(), 'ǆa'.capitalize())
print(b'hello world'.title(), b'hELLO'.capitalize(), b'aBc\xe9'.swapcase(), b"it's".title(), bytearray(b'ab cd').title())
