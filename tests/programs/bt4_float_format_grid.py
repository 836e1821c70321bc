# float.__format__: every presentation type against special and ordinary values, with z, #, grouping and precision
vals = [0.0, -0.0, 1.0, -1.5, 0.1, 123456.789, 1e16, 1.5e-7, 2.5, 3.5, 1e300, float('inf'), float('-inf'), float('nan'), -0.0001]
specs = ['', 'e', '.2e', 'E', 'f', '.0f', '#.0f', 'F', '.3f', 'g', '.3g', '#g', '#.3g', 'G', '%', '.1%', 'n', '+', ' ', 'z.1f', 'z', 'z.0f',
         ',.2f', '_.3f', '012.3f', '=+12.2f', '*^13.2e', '.0e', '#.0e', '.20g', '.1', '.17', '10', '<10.1f']
for v in vals:
    row = []
    for s in specs:
        try:
            row.append(format(v, s))
        except Exception as e:
            row.append(type(e).__name__ + ':' + str(e))
    print(repr(v), '|'.join(row))
for bad in ['d', 'x', 'c', 's', '#_', ',e', '.f', '.-1f', '.1000000000000000000000f', 'zd', 'b', 'Z']:
    try:
        print(bad, format(1.5, bad))
    except Exception as e:
        print(bad, type(e).__name__ + ':', e)
print(format(1e200, '.300f')[:20], len(format(1e200, '.300f')), format(2**0.5, '.50f'), format(1/3, '.0%'))
print(f'{1234.5:_}', f'{1234.5:,}', f'{-1234.5:010,.1f}', f'{0.000001234:g}', f'{123456789.0:g}', f'{1e-5:.3}', f'{1e5:.3}')
