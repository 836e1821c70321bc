for i in [0, 9, 10, 32, 65, 127, 128, 255, 256, 0x7ff, 0x800, 0xffff, 0x10000, 0x10ffff]:
    c = chr(i)
    print(i, repr(c), ord(c), len(c.encode('utf-8')), c.isprintable())
for n in [0, 1, -1, 5, -5, 255, 2**64, -(2**64), 10**20]:
    print(n, bin(n), oct(n), hex(n), format(n, '#b'), int(bin(n), 0), int(hex(n), 16), int(oct(n), 8))
for bad in [1.5, '1', None, [1]]:
    for f in (bin, oct, hex, chr):
        try:
            f(bad)
        except TypeError as e:
            print(f.__name__, 'TypeError:', e)
print(hex(True), bin(False), oct(True))
