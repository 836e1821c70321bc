# partition / rpartition / removeprefix / removesuffix corner cases
for s in ['a=b=c', '=', '', 'abc', '==']:
    print(repr(s), s.partition('='), s.rpartition('='), s.partition('=='), s.rpartition('=='))
for bad in ['', None, 1]:
    for m in ('partition', 'rpartition'):
        try:
            getattr('x', m)(bad)
        except (TypeError, ValueError) as e:
            print(m, type(e).__name__ + ':', e)
print('prefix-body'.removeprefix('prefix-'), 'abc'.removeprefix(''), 'abc'.removesuffix('bc'), 'abc'.removesuffix('abcd'), 'aaa'.removeprefix('a'))
try:
    'abc'.removeprefix(('a',))
except TypeError as e:
    print('TypeError:', e)
class S(str):
    pass
p = S('abc').partition('z')
print([type(x).__name__ for x in p], type(S('abc').removeprefix('z')).__name__, type(S('abc').removeprefix('a')).__name__)
print('ab'.startswith(('x', 'a')), 'ab'.endswith(()), 'ab'.startswith('', 3), 'ab'.startswith('', 2), 'ab'.endswith('b', -1), 'abc'.startswith('b', 1, 2))
try:
    'ab'.startswith(['a'])
except TypeError as e:
    print('TypeError:', e)
try:
    'ab'.endswith(('a', 1))
except TypeError as e:
    print('TypeError:', e)
