# complex.__format__ and repr/str: types e f g and none, signs, alignment, zero padding errors
vals = [0j, 1 + 2j, -1.5 - 0.25j, complex(0.0, -0.0), complex(-0.0, 0.0), 1e20 + 1e-20j, complex(float('inf'), float('nan')), 3j, 1e16j, 0.1 + 0.2j]
specs = ['', 'e', '.2e', 'f', '.1f', 'g', '.3g', 'G', 'E', 'F', '+', ' ', '>30', '<30.2f', '^30g', '*^24.1f', '#', '#.0f', ',.2f', '_', 'z.1f', '.0']
for v in vals:
    row = [repr(v), str(v)]
    for s in specs:
        try:
            row.append(format(v, s))
        except Exception as e:
            row.append(type(e).__name__ + ':' + str(e))
    print('|'.join(row))
for bad in ['d', '%', '010', '=10', 'n', 'c', 'x', '0<10']:
    try:
        print(bad, format(1 + 1j, bad))
    except Exception as e:
        print(bad, type(e).__name__ + ':', e)
print(f'{1+1j!r:>12}', f'{2j:8.2f}', '%s %r' % (1j, -1j))
for bad in ['%d', '%f', '%x']:
    try:
        print(bad % 1j)
    except Exception as e:
        print(type(e).__name__ + ':', e)
