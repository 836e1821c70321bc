# printf-style % formatting of str: mapping keys, * widths, flags, conversions and every error
def t(fmt, args):
    try:
        print(repr(fmt % args))
    except Exception as e:
        print(repr(fmt), type(e).__name__ + ':', e)
t('%s', 'a'); t('%s', ('a',)); t('%s', (('a', 'b'),)); t('%r %a', ('é', 'é')); t('%5s|%-5s|', ('ab', 'cd')); t('%.1s', 'xyz')
t('%d %i %u', (1.9, -2.7, 3)); t('%x %X %o %#x %#o %#X', (255, 255, 8, 255, 8, 255)); t('%+d % d %05d %-5d|', (3, 3, -3, 3))
t('%e %E %f %F %g %G', (1.5, 1.5, 1.5, float('inf'), 1e-5, 1e20)); t('%#.0f %#g %.3g', (2.0, 2.0, 1234.5)); t('%c%c', (65, 'b'))
t('%*d|%-*d|%.*f', (5, 1, 4, 2, 2, 3.14159)); t('%(a)s-%(b)05.1f', {'a': 'A', 'b': 2.25}); t('%(a)s %%', {'a': 1}); t('%%', ())
t('%s', ()); t('%s %s', ('a',)); t('%s', ('a', 'b')); t('%d', 'x'); t('%d', 1j); t('%x', 1.5); t('%c', 'ab'); t('%c', 0x110000); t('%c', -1)
t('%z', 1); t('%', 1); t('%(a', {'a': 1}); t('%(a)s', 1); t('%(a)s', {}); t('%*d', ('x', 1)); t('%.*f', (1,)); t('%s %(a)s', {'a': 1})
t('abc', 1); t('abc', ()); t('abc', {}); t('abc', []); t('%s', []); t('%d', True); t('%f', 10**400); t('%d', 10**20); t('%x', -255)
t('%.3d', 5); t('%#5.3x', 5); t('%-#08o', 8); t('%0-5d|', 1); t('% +d', 1); t('%i', '5'); t('%c', 65.0); t('%.0s|', 'gone'); t('%10.4r', 'abcdef')
class I:
    def __index__(self): return 42
class F:
    def __float__(self): return 0.5
t('%d %x %c', (I(), I(), I())); t('%f', F()); t('%d', F()); t('%s', type(I()).__name__)
