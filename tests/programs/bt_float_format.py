# float.__format__ and format mini-language on floats
vals = [0.0, -0.0, 1.0, -1.5, 3.14159265358979, 1234567.891, 1e-7, 1e16, 1.5e300, 2.5, 0.125,
        float('inf'), float('-inf'), float('nan'), 123456789012345678.0, 1/3]
specs = ['', 'f', '.0f', '#.0f', '.2f', 'e', '.0e', '#.0e', '.3E', 'g', '.3g', '#g', '#.3g', 'G', '.1g',
         '%', '.1%', '.3', '.0', 'n', '+', ' ', '+.2f', '10.3f', '<10.2f', '^12.3e', '=+12.2f', '010.2f',
         '*>12g', ',.2f', '_.3f', ',', '_', '012,.1f', 'z.2f', 'z', '+z.1f', '#', '.10g', '.17g', '.20f', 'F', 'E']
for v in vals:
    row = []
    for s in specs:
        try:
            row.append(format(v, s))
        except ValueError as e:
            row.append('!' + str(e))
    print(repr(v), row)
for bad in ['d', 'x', 'c', 's', '.', '.f', ',_f', '_,f', ',n', '=^', '5.2.2f', 'b']:
    try:
        print(bad, format(1.5, bad))
    except ValueError as e:
        print(bad, 'ValueError:', e)
print(f"{-0.0:z.1f} {-0.04:z.1f} {-0.05:.1f} {0.05:.1f} {0.15:.1f} {0.25:.1f} {2.675:.2f}")
print(f"{1e22:f} {1e-5:g} {1e-4:g} {123456.0:g} {1234567.0:g} {0.0001234:.2e}")
print(format(5e-324, '.3e'), format(1.7976931348623157e308, ',.0f')[:30])
print(format(float('inf'), '010'), format(float('nan'), '+010.2f'), format(float('-inf'), '=10'))
print(format(1234.5, '012,'), format(-1234.5, '012,.2f'), format(1234.5, '0=12_.1f'))
