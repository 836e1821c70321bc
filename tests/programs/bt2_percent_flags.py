def t(fmt, v):
    try:
        print(repr(fmt % v))
    except Exception as e:
        print(type(e).__name__ + ":", e)
for conv in 'diouxXeEfFgGrsac':
    v = 65 if conv in 'diouxXc' else (3.5 if conv in 'eEfFgG' else 'é')
    for flags in ('', '-', '+', ' ', '0', '#', '-0', '+ ', '#0'):
        t('[%' + flags + '8' + conv + ']', v)
t('%*d|%-*d', (5, 1, 5, 2))
t('%.*f', (2, 3.14159))
t('%*.*f', (9, 3, 3.14159))
t('%*d', (-5, 7))
t('%*d', ('x', 7))
t('%.*d', (3, 7))
t('%.3d %.5x %#.5x %.0d', (7, 255, 255, 0))
t('%ld %lf %hd', (1, 2.0, 3))
t('%d', 3.9)
t('%x', 3.9)
t('%d', '3')
t('%o', -8)
t('%#o %#x', (0, 0))
t('%c', 0x110000)
t('%c', 'é')
t('%s %s', (1,))
t('%s', (1, 2))
t('%s', ())
t('%s', [1, 2])
t('%(x)s %(x)r', {'x': 'q'})
t('%(x)*d', {'x': 1})
t('%y', 1)
t('%', ())
t('%5', 1)
t('%(x', {'x': 1})
t('%d', True)
t('%.2s|%5.1s|%-5.3r', ('hello', 'hello', 'hello'))
t('%e', 10**400)
t('%f', float('inf'))
t('%05f %+f %-8f|', (float('nan'), float('-inf'), float('inf')))
t('%g %g %g %#g', (1e-5, 1e16, 123456789.0, 0.0))
class I:
    def __index__(self):
        return 42
class F:
    def __float__(self):
        return 2.5
class Int:
    def __int__(self):
        return 7
t('%d %x %c', (I(), I(), I()))
t('%f', F())
t('%d', F())
t('%d', Int())
t('%x', Int())
t('%s' % '%d', 5)
