vals = [0, 1, -1, 5, -5, 0x55, -0x56, 2**64 + 3, -(2**64) - 3, 2**100]
for a in vals:
    row = []
    for b in (3, -3, 2**65, -(2**65)):
        row.append((a & b, a | b, a ^ b))
    print(a, ~a, -a, row)
for a in (1, -1, 7, -7, 2**70, -(2**70)):
    print(a, [a << s for s in (0, 1, 63, 64)], [a >> s for s in (0, 1, 63, 64, 200)])
print((-1).bit_length(), (-(2**64)).bit_length(), (2**64 - 1).bit_count(), (-255).bit_count())
print(int.__and__(6, 3), int.__rand__(6, 3), int.__or__(6, 3), int.__xor__(6, 3), int.__lshift__(1, 3), int.__rrshift__(2, 16))
print(True & 3, True | 2, False ^ True, 5 & True)
try:
    1.5 & 1
except TypeError as e:
    print('TypeError:', e)
try:
    1 << 1.5
except TypeError as e:
    print('TypeError:', e)
print(sum(1 << i for i in range(100)) == (1 << 100) - 1)
