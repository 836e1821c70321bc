# Very large float precisions (past Rust's formatter limit) and __doc__
# found through the type (None.__doc__, which types.DynamicClassAttribute reads).
print(len(format(1.0, '.100000f')), len('%.70000f' % 1.0), len(format(1.5, '.70000e')))
print(len(format(1.5, '.70000g')), len('{:.70000}'.format(2.5)), len('%.70000g' % 0.1))
print(format(0.1, '.30f'), format(1e-300, '.3e'), format(2.0**-1074, '.1100f')[-8:])
print(('%.70000e' % 3.0)[-6:], format(-2.5, '.66000f')[-3:], format(1e22, '.2f'))
print(format(complex(1.5, 2), '.3f'))
print(type(None.__doc__).__name__, None.__doc__ is type(None).__doc__, bool(None.__doc__))
import types
class X:
    @types.DynamicClassAttribute
    def p(self):
        return 1
print(X().p)
for spec in ['.3000000000f', '.99999999999999999999f', '99999999999999999999d', '.2147483648e', '.3000000000g', '.3000000000%']:
    try:
        format(1.0, spec)
    except ValueError as e:
        print(spec, e)
try:
    '%.3000000000f' % 1.0
except ValueError as e:
    print(e)
for s in ('9223372036854775800', '>9223372036854775800'):
    for v in (1.0, 'a', 5):
        try:
            format(v, s)
        except MemoryError:
            print('MemoryError', s[:3], type(v).__name__)
