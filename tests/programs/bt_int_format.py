# int.__format__ with every spec
vals = [0, 7, -7, 255, -255, 1234567, -1234567, 10**20]
specs = ['', 'd', 'b', 'o', 'x', 'X', 'c', 'n', '#b', '#o', '#x', '#X', '+d', ' d', '-d',
         '10d', '<10d', '>10d', '^10d', '=10d', '010d', '*^12', '_d', ',d', '_x', '_b', '_o',
         '+#010x', '#_b', 'e', 'E', 'f', 'F', 'g', 'G', '%', '.2f', '.3e', '10.1%', ',.2f',
         '0=+12,', 'z']
for v in vals:
    row = []
    for s in specs:
        try:
            row.append(format(v, s))
        except (ValueError, OverflowError) as e:
            row.append('!' + type(e).__name__ + ':' + str(e))
    print(v, row)
for bad in ['s', '.2d', ',x', ',b', 'j', '=', 'd,', '_,d', ',_d', '#c', '+c', '10.2', 'ee']:
    try:
        print(bad, format(42, bad))
    except ValueError as e:
        print(bad, 'ValueError:', e)
print(format(True, ''), format(True, 'd'), format(False, '>5'), format(True, 'x'))
print('{:c}'.format(0x1F600) == chr(0x1F600))
try:
    format(-1, 'c')
except OverflowError as e:
    print('OverflowError:', e)
try:
    format(0x110000, 'c')
except OverflowError as e:
    print('OverflowError:', e)
print(format(2**64, ','), format(-2**64, '_X'), format(2**64, '#_x'))
print(format(12345, '^+15,'), format(12345, 'x<+#12_x'))
print(f"{1234:,}", f"{1234:08,}", f"{-1234:08,}", f"{1234:+09_}")
