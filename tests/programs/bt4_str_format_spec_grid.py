# str.__format__: fill, align, width, precision and the errors for numeric-only options
specs = ['', '5', '<5', '>5', '^5', '^6', '*^7', '.2', '10.3', '>10.0', '-<4', '0<6', '\u00e9>4', '{>3', 's', '.0s', '010', '08s']
for v in ['abc', '', 'héllo', 'x' * 12, '日本']:
    row = []
    for s in specs:
        try:
            row.append(format(v, s))
        except Exception as e:
            row.append(type(e).__name__ + ':' + str(e))
    print(repr(v), '|'.join(repr(x) for x in row))
for bad in ['+', ' ', '-', '=5', '#', ',', '_', 'd', 'x', 'z', '+5s', '=^5', 'c', '5.2f', '.', ',s', '_s']:
    try:
        print(bad, repr(format('ab', bad)))
    except Exception as e:
        print(bad, type(e).__name__ + ':', e)
print('{:*^9}'.format('mid'), '{:.{}}'.format('truncate', 3), '{:>{w}.{p}}'.format('abcdef', w=8, p=2), f'{"x":{"<"}{3}}|')
