# unpacking errors and star-unpacking of builtin containers: counts in messages, iterators left partially consumed, dict/set/str sources
def t(src):
    try:
        exec(src, {})
        print('ok', src)
    except Exception as e:
        print(type(e).__name__ + ':', e)
t('a, b = 1, 2, 3'); t('a, b, c = 1, 2'); t('a, = []'); t('a, b = 5'); t('a, b = "xyz"'); t('a, b = {1: 2}'); t('a, *b, c = [1]')
t('a, *b = ()'); t('*a, b = range(10**6)'); t('a, b = iter([1])'); t('[a, b] = (1, 2)'); t('(a, (b, c)) = (1, (2,))'); t('a, b = None')
it = iter(range(10))
try:
    a, b = it
except ValueError as e:
    print('ValueError:', e, next(it))
a, *b, c = 'hello'
print(a, b, c)
first, *rest = {3: 'x', 1: 'y'}
print(first, rest)
x, y = {'k': 1}.items().__iter__().__next__()
print(x, y)
print([*'ab', *range(2), *{'q': 1}], (*b'hi',), {*[1, 1, 2]} == {1, 2}, {**{'a': 1}, 'b': 2})
try:
    print(*5)
except TypeError as e:
    print('TypeError:', e)
try:
    [*None]
except TypeError as e:
    print('TypeError:', e)
try:
    {**[1]}
except TypeError as e:
    print('TypeError:', e)
def f(*a, **k): return a, k
try:
    f(**{'a': 1}, **{'a': 2})
except TypeError as e:
    print('TypeError:', e)
print(f(*'ab', *[1], **{'x': 1}, y=2))
