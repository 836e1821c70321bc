# Integers: small, big, mixed, division semantics.
a = 7
b = -3
print(a + b, a - b, a * b, a // b, a % b, -a // 2, -a % 2, a ** 2)
print(2 ** 64, 2 ** 100 - 1, -(2 ** 70), (2 ** 64) // 3, (2 ** 64) % 1000007)
big = 1
for i in range(1, 30):
    big = big * i
print(big, big // 10 ** 20, big % 97)
print(4611686018427387903 + 1, -4611686018427387904 - 1, 3037000500 * 3037000500)
print(1 << 62, 1 << 100, (1 << 100) >> 98, -1 >> 5, 255 & 15, 8 | 3, 6 ^ 3, ~5)
print(7 / 2, 6 / 3, (10 ** 30) / 7, 1 / 3)
print(abs(-5), abs(2 ** 80 * -1), divmod(17, 5), divmod(-17, 5), pow(3, 4), pow(3, 200, 1000))
print(int("42"), int("-17"), int(" 0x1f ", 16), int("1_000"), int(3.99), int(-3.99), int(True))
print(hex(255), oct(8), bin(10), hex(-2 ** 70))
print(10 == 10.0, 2 ** 53 + 1 == float(2 ** 53 + 1), 1 < 2 < 3, 3 > 2 > 2)
print(hash(1), hash(-1), hash(2 ** 61), hash(2 ** 61 - 1), hash(10 ** 30))
