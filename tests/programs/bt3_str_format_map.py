# str.format_map and str.format with mappings, __missing__, nested fields
class D(dict):
    def __missing__(self, k):
        return '<' + k + '>'
print('{a} {b} {c!r}'.format_map(D(a=1)), '{0}'.format_map({'0': 'zero'}), '{x[1]}'.format_map({'x': 'abc'}))
class Getter:
    def __getitem__(self, k):
        return k.upper()
print('{name} {other:>6}'.format_map(Getter()))
for fmt, m in [('{a}', {}), ('{0}', {}), ('{}', {'': 1}), ('{a.real}', {'a': 3}), ('{a[x]}', {'a': {'x': 9}}), ('{a[0]}', {'a': [5]}), ('{a', {'a': 1}),
               ('{a}}', {'a': 1}), ('}}{{', {}), ('{a:{w}}', {'a': 1, 'w': 4}), ('{a!x}', {'a': 1})]:
    try:
        print(repr(fmt), repr(fmt.format_map(m)))
    except Exception as e:
        print(repr(fmt), type(e).__name__ + ':', e)
for bad in (None, 5, [1]):
    try:
        print('{0}'.format_map(bad))
    except Exception as e:
        print(type(e).__name__ + ':', e)
try:
    '{a}'.format_map()
except TypeError as e:
    print('TypeError:', e)
print('{0}{1}{0}'.format('a', 'b'), '{:{}}|'.format('x', 3), '{0:{1}.{2}f}'.format(3.14159, 8, 2), '{!r:>5}'.format('a'))
for fmt, args in [('{} {0}', (1, 2)), ('{0} {}', (1, 2)), ('{2}', (1,)), ('{:{:{}}}', (1, 2, 3)), ('{0[}', ([1],)), ('{0.}', (1,)), ('{0!}', (1,)), ('{0!rr}', (1,))]:
    try:
        print(repr(fmt.format(*args)))
    except Exception as e:
        print(repr(fmt), type(e).__name__ + ':', e)
