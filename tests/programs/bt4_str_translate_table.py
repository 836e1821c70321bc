# str.translate with dicts, lists and custom mappings; str.maketrans in all three forms and its errors
print('hello'.translate({ord('l'): 'L', ord('o'): None, ord('h'): 72}))
print('abc'.translate(['x', 'y', 'z'] * 40), 'abc'.translate({97: 'ααα'}), 'abc'.translate({}))
class Tab:
    def __getitem__(self, k):
        if k == ord('a'):
            return 'A'
        if k == ord('b'):
            raise LookupError
        raise IndexError
print('abcd'.translate(Tab()))
t1 = str.maketrans('abc', 'xyz', 'd')
print(sorted(t1.items()), 'abcd'.translate(t1))
print(sorted(str.maketrans({'a': 'b', 98: None, 'c': 'long'}).items()))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
t(lambda: str.maketrans('ab', 'x'))
t(lambda: str.maketrans({'ab': 1}))
t(lambda: str.maketrans({1.5: 'a'}))
t(lambda: str.maketrans('a'))
t(lambda: str.maketrans('a', 1))
t(lambda: str.maketrans('a', 'b', 3))
t(lambda: str.maketrans([]))
t(lambda: str.maketrans())
t(lambda: 'a'.translate({97: 1.5}))
t(lambda: 'a'.translate({97: 0x110000}))
t(lambda: 'a'.translate({97: -1}))
t(lambda: 'a'.translate({97: b'x'}))
t(lambda: 'a'.translate(5))
t(lambda: 'a'.translate())
t(lambda: 'aé'.translate({233: 'e', 97: 0x1F600}))
t(lambda: ''.translate({}))
t(lambda: str.maketrans('', '', ''))
