# chr() and ord() boundaries and errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
for i in (0, 65, 127, 128, 255, 0xd7ff, 0xd800, 0xdfff, 0xe000, 0xffff, 0x10000, 0x10ffff):
    c = chr(i)
    print(i, ascii(c), ord(c) == i, len(c))
t(lambda: chr(0x110000))
t(lambda: chr(-1))
t(lambda: chr(2**70))
t(lambda: chr(65.0))
t(lambda: chr('A'))
t(lambda: chr(True))
t(lambda: ord(''))
t(lambda: ord('ab'))
t(lambda: ord(b'\xff'))
t(lambda: ord(bytearray(b'z')))
t(lambda: ord(b''))
t(lambda: ord(5))
t(lambda: ord(memoryview(b'a')))
class S(str): pass
t(lambda: ord(S('q')))
