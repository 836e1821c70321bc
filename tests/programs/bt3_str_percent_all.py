# %-formatting: every conversion, flags, star widths, mapping keys and the errors
def t(fmt, args):
    try:
        print(repr(fmt % args))
    except Exception as e:
        print(repr(fmt), type(e).__name__ + ':', e)
for conv in 'diouxXeEfFgGcrsa%':
    for v in (42, -3.75, 'A'):
        t('%' + conv, v)
t('%c', 0x1f600)
t('%c', 0x110000)
t('%c', -1)
t('%c', 'ab')
t('%c', 2.0)
t('%d', '5')
t('%x', 3.0)
t('%o', -8)
t('%#o %#x %#X %#e %#g %#.0f', (8, 255, 255, 1.0, 1.0, 3.0))
t('%+d % d %-5d| %05d %+05d %-+5d|', (5, 5, 5, -5, 5, 5))
t('%*d|%-*d|%.*f', (5, 1, 5, 2, 2, 3.14159))
t('%*d', ('x', 1))
t('%.*f', (2.0, 1.0))
t('%(a)s %(b)r %(a)05d', {'a': 7, 'b': 'z'})
t('%(a)s', {'b': 1})
t('%(a)s %s', {'a': 1})
t('%(a', {'a': 1})
t('%s %s', (1,))
t('%s', (1, 2))
t('%d', None)
t('%z', 1)
t('%', ())
t('abc', 5)
t('abc', ())
t('abc', {})
t('abc', [])
t('%s', [])
t('%s', ())
t('%s', ((),))
t('%.3s|%5.1s|%-4r|', ('abcdef', 'xyz', 'q'))
t('%i %u', (True, False))
t('%e', 10**400)
t('%d', 10**30)
t('%x %X %o', (-10**20, 10**20, 10**20))
t('%10.4f|%-10.2e|%g|%G', (3.14159265, 12345.678, 1e-5, 1e20))
t('%s %%', 'x')
t('%5%', ())
t('%a', 'é\n')
class I:
    def __index__(self): return 65
class Fl:
    def __float__(self): return 2.5
t('%c %x %d', (I(), I(), I()))
t('%f', Fl())
t('%d', Fl())
