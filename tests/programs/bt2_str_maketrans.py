def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(sorted(str.maketrans('abc', 'xyz').items()))
print(sorted(str.maketrans('ab', 'xy', 'cd').items()))
print(sorted(str.maketrans({'a': 'X', 98: None, 'c': 120}).items()))
print(str.maketrans({}), str.maketrans('', '', ''))
t(str.maketrans, '')
t(str.maketrans, 'abc', 'xy')
t(str.maketrans, {'ab': 1})
t(str.maketrans, {1.5: 1})
t(str.maketrans, 'abc')
t(str.maketrans, [1])
t(str.maketrans, 1, 2)
t(str.maketrans, 'a', 'b', 3)
t(str.maketrans)
t(str.maketrans, {}, 'a')
tab = str.maketrans('aeiou', 'AEIOU', 'xyz')
print('quixotic lazy'.translate(tab))
print('abc'.translate({97: 'XYZ', 98: ''}), 'abc'.translate({}), 'abc'.translate([None, 'q']))
print('abc'.translate({97: 0x1F600}))
t('abc'.translate, {97: 1.5})
t('abc'.translate, {97: -1})
t('abc'.translate, {97: 0x110000})
t('abc'.translate, {97: b'x'})
t('abc'.translate, 5)
class L:
    def __getitem__(self, k):
        if k == 98:
            raise LookupError
        if k == 99:
            raise ValueError('boom')
        return chr(k).upper()
t('ab'.translate, L())
t('abc'.translate, L())
print(bytes.maketrans(b'abc', b'xyz')[97:100], bytearray.maketrans(b'a', b'b')[97])
t(bytes.maketrans, b'ab', b'x')
t(bytes.maketrans, 'a', 'b')
print(b'hello'.translate(None, b'l'), b'hello'.translate(bytes.maketrans(b'el', b'ip')), bytearray(b'abc').translate(None))
t(b'a'.translate, b'short')
print(b'abc'.translate(None, delete=b'b'))
