# float formatting of inf/nan/-0.0 and boundary precisions
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
for v in (float('inf'), float('-inf'), float('nan'), -0.0, 0.0, 1e16, 1e-5, 123.456):
    print(format(v, ''), format(v, 'f'), format(v, 'e'), format(v, 'g'), format(v, '%'), format(v, '+08.2f'), format(v, 'F'), format(v, 'E'), format(v, 'G'))
t(lambda: format(-0.0, 'z.1f'))
t(lambda: format(-0.001, 'z.1f'))
t(lambda: format(0.5, '.0f'))
t(lambda: format(1.5, '.0f'))
t(lambda: format(2.5, '.0e'))
t(lambda: format(1e300, '.400f')[:12])
t(lambda: format(1.0, '.0%'))
t(lambda: format(123456.789, ',.2f'))
t(lambda: format(123456.789, '_.1e'))
t(lambda: format(1234567.0, 'n'))
t(lambda: format(0.1, '.17g'))
t(lambda: format(1e22, 'g'))
t(lambda: format(1e22, '#g'))
t(lambda: format(100.0, '#.0f'))
t(lambda: format(1.5, 'x'))
t(lambda: format(1.5, ',d'))
t(lambda: '%.3a' % 1.0 if False else 'skip')
