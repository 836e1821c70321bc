# str.format: field names, attribute and index lookups, conversions, nesting and the parser's errors
class P:
    x = 3
    items = [10, 20]
    def __repr__(self): return 'P()'
    def __str__(self): return 'p-str'
    def __format__(self, spec): return 'P<' + spec + '>'
def t(fmt, *a, **k):
    try:
        print(repr(fmt.format(*a, **k)))
    except Exception as e:
        print(repr(fmt), type(e).__name__ + ':', e)
t('{} {}', 1, 2)
t('{1} {0} {1}', 'a', 'b')
t('{a.x} {a.items[1]} {b[k]} {b[0]}', a=P(), b={'k': 'v', 0: 'zero'})
t('{0[1][0]}', [[1], ['n']])
t('{0!r} {0!s} {0!a} {0}', P())
t('{0!r:>8}', 'é')
t('{0!a}', 'é\n')
t('{:{}{}}', 'x', '>', 4)
t('{0:{1}}', P(), 'inner')
t('{{}} {{{0}}}', 5)
t('{0[-1]}', {'-1': 'neg'})
t('{0[ 1]}', {' 1': 'space'})
t('{0.__class__.__name__}', 1)
t('{} {1}', 1, 2)
t('{1} {}', 1, 2)
t('{', 1)
t('}', 1)
t('{0', 1)
t('{0!}', 1)
t('{0!x}', 1)
t('{0!rr}', 1)
t('{2}', 1)
t('{a}', 1)
t('{0.}', 1)
t('{0[}', 1)
t('{0[0]x}', [1])
t('{0.nope}', 1)
t('{0[5]}', [1])
t('{0[k]}', {})
t('{:{:{}}}', 1, 2, 3)
t('{0:}', 'empty')
t('{!r}', 'auto')
t('{0:d}', 'str')
t('{0:.{1}f}', 3.14159, 2)
print('{name}-{0}'.format_map({'name': 'N', 0: 'zero'}) if False else '{name}'.format_map({'name': 'N'}))
class Miss(dict):
    def __missing__(self, k): return '<' + k + '>'
print('{a} {b}'.format_map(Miss(a=1)), '{0}'.format(*range(3)))
try:
    '{0}'.format_map({})
except Exception as e:
    print(type(e).__name__ + ':', e)
