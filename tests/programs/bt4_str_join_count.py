# str.join item errors, count/find with None and negative bounds, overlapping counts, rsplit/split maxsplit corners
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
t(lambda: ','.join(['a', 1])); t(lambda: ','.join(['a', b'b'])); t(lambda: ''.join(5)); t(lambda: '-'.join(iter('abc'))); t(lambda: '-'.join({'k': 1}))
t(lambda: ''.join([])); t(lambda: 'x'.join(['only'])); t(lambda: ', '.join(str(i) for i in range(3))); t(lambda: ''.join([None]))
s = 'aaaa'
t(lambda: s.count('aa')); t(lambda: s.count('')); t(lambda: ''.count('')); t(lambda: s.count('a', None, None)); t(lambda: s.count('a', -2)); t(lambda: s.count('a', 10))
t(lambda: s.find('a', None, -1)); t(lambda: s.rfind('a', None, -1)); t(lambda: s.find('', 10)); t(lambda: s.find('', 4)); t(lambda: s.rfind('')); t(lambda: s.index('b'))
t(lambda: s.find('a', 'x')); t(lambda: s.find(1)); t(lambda: s.startswith('a', -1)); t(lambda: s.endswith(('x', 'aa'), 0, 3)); t(lambda: s.startswith(['a']))
t(lambda: 'a b c d'.split(None, 2)); t(lambda: 'a b c d'.rsplit(None, 2)); t(lambda: '  a  b  '.split(' ')); t(lambda: 'a,b,'.split(',', 0)); t(lambda: 'abc'.split('', 1))
t(lambda: 'a\u3000b\x1fc'.split()); t(lambda: 'aXbXc'.rsplit('X', maxsplit=1)); t(lambda: 'x'.split(sep=None, maxsplit=-5)); t(lambda: 'x'.split(maxsplit='1'))
t(lambda: 'abc'.replace('', '-')); t(lambda: 'abc'.replace('', '-', 2)); t(lambda: 'aaa'.replace('a', 'b', -1)); t(lambda: 'aaa'.replace('a', 'b', count=1)); t(lambda: ''.replace('', 'x'))
t(lambda: 'ab'.center(7, '日')); t(lambda: '-5'.zfill(5)); t(lambda: '+'.zfill(4)); t(lambda: '日本'.ljust(5, '*')); t(lambda: 'a\tb\nc\td'.expandtabs(3)); t(lambda: 'ab'.center(5, ''))
t(lambda: 'abc'.removeprefix('')); t(lambda: 'Hello'.swapcase().title()); t(lambda: 'x'.rjust(-3)); t(lambda: 'x' * -1); t(lambda: 'abc'[::-2]); t(lambda: 'abc'[5:])
