# bitwise operators on big negative ints (two's complement semantics)
vals = [0, 1, -1, 2**64, -2**64, 2**64 - 1, -(2**64 - 1), 2**100 + 12345, -(2**100) - 7, -2**127, 0xdeadbeefcafebabe1234, -0xdeadbeefcafebabe1234]
for a in vals:
    for b in vals[::3]:
        print(a & b, a | b, a ^ b)
for a in vals:
    print(~a, a >> 1, a >> 65, a >> 200, a << 3, -a >> 64)
print((-1) >> 10**6, 1 >> 10**6, 0 << 10**20)
for s in (-1, -2**63, -10**30):
    try:
        print(1 << s)
    except ValueError as e:
        print('ValueError:', e)
    try:
        print(1 >> s)
    except ValueError as e:
        print('ValueError:', e)
try:
    print(1 << 2**63)
except (OverflowError, MemoryError) as e:
    print(type(e).__name__, e)
print((-2**100).bit_count(), (2**100 - 1).bit_count(), (-5).bit_length(), (-2**64).bit_length())
print(int.bit_count(-7), (10**30).bit_length(), (-(10**30)).bit_count())
print([(x & 0xff) for x in (-1, -255, -256, -257, -2**70 - 1)])
print(-2**64 & 2**64, -2**64 | 2**64 - 1, (2**64) ^ -1)
