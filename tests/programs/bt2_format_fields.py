def t(fmt, *a, **k):
    try:
        print(repr(fmt.format(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class P:
    x = 3
    y = [10, 20]
    d = {'k': 'v', 1: 'int1'}
    def __format__(self, spec):
        return 'P<' + spec + '>'
    def __repr__(self):
        return 'P()'
    def __str__(self):
        return 'strP'
p = P()
t('{0.x} {0.y[1]} {0.d[k]} {0.d[1]}', p)
t('{p.y[0]:>5}', p=p)
t('{0:abc} {0!s:>6} {0!r:^7}', p)
t('{:{}}', p, 'nested')
t('{0:{1}{2}}', p, 'a', 'b')
t('{0:{1:{2}}}', 1, 2, 3)
t('{0.missing}', p)
t('{0[5]}', [1])
t('{0[k]}', {})
t('{0[-1]}', [1, 2])
t('{0[ 1]}', {' 1': 'sp'})
t('{0[]}', [1])
t('{0.}', p)
t('{0..x}', p)
t('{0[1}', [1, 2])
t('{0]}', [1])
t('{a.b.c}', a=1)
t('{:d}', 'str')
t('{:s}', 5)
t('{0:x} {0:b} {0:o} {0:c} {0:n}', 65)
t('{!s}', None)
t('{0} {}', 1)
t('{} {0}', 1)
t('{2}', 1, 2)
t('{x}', 1)
t('{0:>{w}}', 'a', w='5')
t('{0:>{w}}', 'a', w=5.0)
t('{:=^+#012,.3f}', 1234.5)
t('{:_b} {:_x} {:,d}', 255, 65535, 10**7)
t('{:,}', 'x')
t('{:%}', 0.256)
t('{:.1%} {:e} {:.0e}', 1, 12.5, 12.5)
t('{0!r:{1}}', 'x', 5)
print('{x}{y}'.format_map({'x': 1, 'y': 2}))
class D(dict):
    def __missing__(self, k):
        return '<' + k + '>'
print('{a} {b} {c[0]}'.format_map(D(a=1, c='xyz')))
try:
    '{a}'.format_map({})
except KeyError as e:
    print('KeyError', e)
try:
    '{a}'.format_map(5)
except TypeError as e:
    print('TypeError', e)
try:
    '{0}'.format_map({})
except Exception as e:
    print(type(e).__name__, e)
print(format(p, 'z'), format(3, ''), format('x', '3'), format(None), format(1.5, ''))
try:
    format(object(), 'x')
except TypeError as e:
    print('TypeError', e)
