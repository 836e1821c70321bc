# str.translate / str.maketrans: mapping kinds and error messages
def t(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__ + ':', e)
t(str.maketrans, {'a': 'b', 'c': None, 100: 'xy'})
t(str.maketrans, {'ab': 'c'})
t(str.maketrans, {1.5: 'c'})
t(str.maketrans, 'abc', 'xy')
t(str.maketrans, 'abc', 'xyz', 'q')
t(str.maketrans, 'a', 'b', 5)
t(str.maketrans, 1, 'b')
t(str.maketrans, 'a')
t(str.maketrans, [('a', 'b')])
t(str.maketrans)
t(str.maketrans, {}, None)
t(str.maketrans, '', '', '')
t('hello'.translate, {ord('l'): 'L', ord('o'): None, ord('h'): 0x48})
t('hello'.translate, {ord('l'): 'LL'})
t('hello'.translate, {ord('l'): b'x'})
t('hello'.translate, {ord('l'): 1.5})
t('hello'.translate, {ord('l'): -1})
t('hello'.translate, {ord('l'): 0x110000})
t('hello'.translate, ['a'] * 200)
t('hello'.translate, ['a'] * 5)
t('hello'.translate, 'abc')
t('hello'.translate, 5)
class M:
    def __getitem__(self, k):
        if k == ord('e'):
            raise LookupError
        if k == ord('h'):
            raise ValueError('boom')
        return k + 1
t('ee'.translate, M())
t('he'.translate, M())
t('ab'.translate, M())
t('\U0001f600é'.translate, {0x1f600: 'smile', 0xe9: 'e'})
class S(str):
    pass
print(type(S('abc').translate({})).__name__)
