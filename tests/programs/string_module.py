import _string
for s in ['a{{b', 'x}}y', '{0}', 'a{b!r:>{w}}c', '{}{}', '{a[x:y]!s}', '', 'tail', '{:}', '{!a}']:
    print(repr(s), list(_string.formatter_parser(s)))
for s in ['}', '{', 'a{b', '{!}', '{!rr}', '{a!', '{0!x}']:
    try: print(list(_string.formatter_parser(s)))
    except Exception as e: print(repr(s), type(e).__name__, e)
for s in ['a.b[0][x]', '0', '', 'a.', 'a[', 'a[0]x', '12.x', 'a[]']:
    try: f, r = _string.formatter_field_name_split(s); print(repr(s), repr(f), list(r))
    except Exception as e: print(repr(s), type(e).__name__, e)
for s in ['{0:{1}.{2}}', 'no fields', '{x.y[z]!r:^10}tail{{}}', 42]:
    try: print(repr(s), list(_string.formatter_parser(s)))
    except Exception as e: print(repr(s), type(e).__name__, e)
