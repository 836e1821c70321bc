# bytes.translate/maketrans: tables, delete argument, None table, bytearray and memoryview arguments, and errors
t1 = bytes.maketrans(b'abc', b'xyz')
print(len(t1), t1[97:100], b'aabbcc'.translate(t1), b'abc'.translate(None, b'b'), b'abc'.translate(t1, b'a'), bytearray(b'cab').translate(t1))
print(b'hello'.translate(None), b'hello'.translate(None, b''), b'hello'.translate(bytes(range(256)), b'lo'), bytearray.maketrans(b'a', b'b') == bytes.maketrans(b'a', b'b'))
print(b'abc'.translate(bytearray(t1)), b'abc'.translate(memoryview(t1)), b'abc'.translate(t1, delete=b'c'), type(bytearray(b'x').translate(None)).__name__)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
t(lambda: bytes.maketrans(b'ab', b'c')); t(lambda: bytes.maketrans('a', 'b')); t(lambda: bytes.maketrans(b'a')); t(lambda: b'x'.translate(b'short'))
t(lambda: b'x'.translate('s' * 256)); t(lambda: b'x'.translate(None, 'x')); t(lambda: b'x'.translate(None, 5)); t(lambda: b'x'.translate())
t(lambda: bytes.maketrans(bytearray(b'a'), memoryview(b'b'))[97]); t(lambda: bytes.maketrans(b'', b'') == bytes(range(256)))
