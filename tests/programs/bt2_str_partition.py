def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ":", e)
for s in ('a=b=c', '=abc', 'abc=', 'abc', '', '=='):
    print(repr(s), s.partition('='), s.rpartition('='))
print('abXYcdXYef'.partition('XY'), 'abXYcdXYef'.rpartition('XY'))
print('aaaa'.partition('aa'), 'aaaa'.rpartition('aa'))
t('abc'.partition, '')
t('abc'.rpartition, '')
t('abc'.partition, None)
t('abc'.partition, b'a')
t('abc'.partition)
t('abc'.partition, 'a', 'b')
class S(str):
    pass
p = S('x-y').partition('-')
print(p, [type(x).__name__ for x in p])
p = S('xy').partition('-')
print(p, [type(x).__name__ for x in p])
print('é→ü'.partition('→'), 'ñ'.rpartition('x'))
