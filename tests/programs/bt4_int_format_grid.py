# int.__format__: every presentation type with sign, alternate, zero-padding, grouping and alignment
vals = [0, 7, -7, 255, -255, 1234567, -1234567, 2**70]
specs = ['', 'd', '+d', ' d', '-d', '#b', '#o', '#x', '#X', 'b', 'o', 'x', 'X', '08d', '+08d', '#010x', '_d', ',d', '_x', '_b', '#_o',
         '>10', '<10', '^10', '=+10', '*^11,', '0=12', 'e', '.3e', 'E', 'f', '.2f', '%', 'g', '.3G', 'n', '012,', '-^9d', 'c']
for v in vals:
    row = []
    for s in specs:
        if s == 'c' and not 0 <= v < 0x110000:
            continue
        try:
            row.append(format(v, s))
        except Exception as e:
            row.append(type(e).__name__ + ':' + str(e))
    print(v, '|'.join(row))
for bad in ['s', ',b', ',x', '_c', ',c', '+c', '#c', '.2d', '.1x', 'z', 'zd', 'q', '<<', '10.', ',_', '_,', '=', 'r']:
    try:
        print(bad, repr(format(42, bad)))
    except Exception as e:
        print(bad, type(e).__name__ + ':', e)
for v, s in [(True, 'd'), (True, ''), (False, '#x'), (True, '.2f'), (2**64, 'c')]:
    try:
        print(repr(format(v, s)))
    except Exception as e:
        print(type(e).__name__ + ':', e)
print(f'{12345:{"*"}>{10},}', f'{-5:=+8}', f'{255:#_b}', f'{10**20:_}', f'{-0:+}')
