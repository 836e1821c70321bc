# bin/oct/hex with negatives, big ints, bools and __index__
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
for v in (0, 1, -1, 255, -256, 2**64, -2**64 - 1, True, False):
    print(bin(v), oct(v), hex(v))
class I:
    def __index__(self): return -42
t(lambda: (bin(I()), oct(I()), hex(I())))
t(lambda: bin(1.0))
t(lambda: hex('1'))
t(lambda: oct(None))
t(lambda: bin())
class BadIdx:
    def __index__(self): return 1.5
t(lambda: hex(BadIdx()))
print(format(255, '#b'), format(-255, '#o'), format(255, '#X'), f'{10:#x}', '%#x' % 255)
