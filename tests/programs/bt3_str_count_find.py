# str count/find/rfind/index with empty needles and bounds
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
s = 'abcabc'
for sub in ('', 'a', 'bc', 'abcabc', 'x', 'abcabcd'):
    print(repr(sub), s.count(sub), s.find(sub), s.rfind(sub), s.count(sub, 1, 4), s.find(sub, 3), s.rfind(sub, 0, 3), s.find(sub, -2))
t(lambda: ''.count(''))
t(lambda: 'abc'.count('', 3))
t(lambda: 'abc'.count('', 4))
t(lambda: 'abc'.find('', 4))
t(lambda: 'abc'.find('', 3))
t(lambda: 'abc'.rfind('', 1, 0))
t(lambda: 'abc'.index('d'))
t(lambda: 'abc'.rindex('d'))
t(lambda: 'abc'.find(None))
t(lambda: 'abc'.find('a', None, None))
t(lambda: 'abc'.find('a', 'x'))
t(lambda: 'abc'.find('c', -1, 2**70))
t(lambda: 'aaaa'.count('aa'))
t(lambda: 'ééé'.find('é', 1))
t(lambda: '\U0001f600a\U0001f600'.rfind('\U0001f600'))
t(lambda: 'abc'.count())
t(lambda: 'abc'.find(b'a'))
