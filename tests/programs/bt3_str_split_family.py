# split / rsplit with maxsplit, separators, whitespace kinds, errors
ws = ' \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000'
s = 'a' + ws + 'b' + ws
print(s.split(), s.rsplit(), len(s.split(None)), s.split(maxsplit=0), s.rsplit(maxsplit=0))
print('\u200b'.isspace(), 'x\u200by'.split(), '\ufeffa b'.split())
for txt in ['a,b,,c,', ',a', '', ',', 'abc']:
    print(repr(txt), txt.split(','), txt.rsplit(','), txt.split(',', 1), txt.rsplit(',', 1), txt.split(',', -5), txt.split(',', 0))
print('aaa'.split('aa'), 'aaa'.rsplit('aa'), 'aXbXc'.split('X', maxsplit=1), 'aXbXc'.rsplit(sep='X', maxsplit=1))
print('  a  b  '.split(' '), '  a  b  '.split(None, 1), '  a  b  '.rsplit(None, 1), ''.split(), ''.split('x'))
for args in [('',), (1,), (None, 'x'), (',', None), (b',',)]:
    try:
        print('a,b'.split(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
try:
    'a'.split(sep=',', x=1)
except TypeError as e:
    print('TypeError:', e)
print('a b c'.split(maxsplit=True), 'a b c'.split(maxsplit=2**63 - 1))
try:
    'a b c'.split(maxsplit=2**64)
except OverflowError as e:
    print('OverflowError:', e)
class S(str):
    pass
r = S('a b').split()
print([type(x).__name__ for x in r], type(S('ab').split('x')[0]).__name__)
