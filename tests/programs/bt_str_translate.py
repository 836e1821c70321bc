def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(str.maketrans, 'abc', 'xyz')
t(str.maketrans, 'abc', 'xyz', 'd')
t(str.maketrans, {'a': 'b', 98: None, 'c': 'xyz'})
t(str.maketrans, 'ab', 'x')
t(str.maketrans, {'ab': 1})
t(str.maketrans, {1.5: 1})
t(str.maketrans, 'a')
t(str.maketrans, 1, 2)
t(str.maketrans)
t(str.maketrans, 'a', 'b', 1)
tbl = str.maketrans('abc', 'ABC', 'xyz')
t('aabbccxxyyzz!'.translate, tbl)
t('hello'.translate, {ord('l'): 'LL', ord('o'): None, ord('h'): 72})
t('hello'.translate, {ord('l'): 1.5})
t('hello'.translate, {ord('l'): 0x110000})
t('hello'.translate, [])
t('hello'.translate, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'[::-1] * 5)
class Tbl:
    def __getitem__(self, k):
        if k == ord('e'):
            raise LookupError
        if k == ord('l'):
            raise ValueError('bad key')
        return k + 1
t('hxy'.translate, Tbl())
t('hello'.translate, Tbl())
t('héllo'.translate, {ord('é'): 'e'})
t('abc'.translate, None)
t(''.translate, {})
print('x'.maketrans('a', 'b') == str.maketrans('a', 'b'))
