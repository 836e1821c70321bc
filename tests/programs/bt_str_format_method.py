def t(fmt, *a, **k):
    try:
        print(repr(fmt.format(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t('{} {}', 1, 2)
t('{1} {0} {1}', 'a', 'b')
t('{x} {y}', x=1, y=2)
t('{0[1]} {0[a]}', {1: 'one', 'a': 'A'})
t('{0[0][1]}', [[1, 2]])
t('{.real} {.imag}', 3 + 4j, 5j)
t('{0.__class__.__name__}', 5)
t('{!r} {!s} {!a}', 'é', 'é', 'é')
t('{:>10}|{:<10}|{:^10}', 'a', 'b', 'c')
t('{:{w}.{p}f}', 3.14159, w=10, p=2)
t('{:{}{}}', 5, '>', 4)
t('{0:{1}}', 'x', '^5')
t('{{}} {{{}}}', 7)
t('{')
t('}')
t('{0')
t('{0!}', 1)
t('{0!x}', 1)
t('{0!rr}', 1)
t('{} {1}', 1, 2)
t('{0} {}', 1, 2)
t('{2}', 1)
t('{}')
t('{x}')
t('{0[}', [1])
t('{0.}', 1)
t('{0[0]x}', [1])
t('{:d}', 'a')
t('{:s}', 1)
t('{:x}', 1.5)
t('{0:{1:{2}}}', 1, 2, 3)
t('{0:{1:{2:{3}}}}', 1, 2, 3, 4)
t('{a.b}', a=1)
t('{0[-1]}', [1, 2])
t('{0[1:2]}', {'1:2': 'slice key'})
t('{0[ ]}', {' ': 'space'})
t('{:%Y-%m}', __import__('datetime').date(2024, 5, 1))
t('{:,}', 1234567)
t('{:_b}', 255)
t('{!r:>8}', 'ab')
t('{0!s:*^9}', [1])
t('{[0]}', 'xyz')
t('{0.real.imag}', 5)
t('{ 0 }', 1)
t('{0 }', 1)
t('{:}', 5)
t('{!s}', None)
class F:
    def __format__(self, spec):
        return 'F(' + spec + ')'
class BadF:
    def __format__(self, spec):
        return 5
t('{:abc} {}', F(), F())
t('{}', BadF())
t('{:x}', object())
t('{}', object.__new__(type('O', (), {'__repr__': lambda s: 'O!', '__str__': lambda s: 'Ostr'})))
print('{name} is {age}'.format_map({'name': 'Bob', 'age': 5}))
class D(dict):
    def __missing__(self, k):
        return '<' + k + '>'
print('{a} {b} {c}'.format_map(D(a=1)))
try:
    '{0}'.format_map({})
except Exception as e:
    print(type(e).__name__, e)
try:
    '{a}'.format_map([])
except Exception as e:
    print(type(e).__name__, e)
try:
    '{}'.format_map({})
except Exception as e:
    print(type(e).__name__, e)
print(format(12, ''), format('ab', ''), format([1], ''), format(None))
try:
    format([1], 'x')
except TypeError as e:
    print('TypeError:', e)
try:
    format(1, 2)
except TypeError as e:
    print('TypeError:', e)
print(str.format('{}-{}', 1, 2), 'a{{}}'.format(**{}), '{0}{0}'.format('ab'))
