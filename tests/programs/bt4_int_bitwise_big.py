# bitwise operators and shifts on negative and big ints, shift-count errors, and identities
vals = [0, 1, -1, 5, -6, 2**64, -(2**64), 2**100 - 1, -(2**100) + 3]
for a in vals:
    print(a, [a & b for b in vals[:5]], [a | b for b in vals[:5]], [a ^ b for b in vals[:5]], ~a, a >> 1, a >> 70, a << 3)
for a in vals:
    for b in vals:
        assert a & b == b & a and (a | b) - (a & b) == a ^ b and ~a == -a - 1 and a ^ b ^ b == a
def t(f):
    try:
        r = f()
        print(r if not isinstance(r, int) or r.bit_length() < 200 else ('bits', r.bit_length()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
t(lambda: 1 << -1); t(lambda: 1 >> -1); t(lambda: 0 << 2**70); t(lambda: 5 >> 2**70); t(lambda: -5 >> 2**70); t(lambda: 1 << 1000); t(lambda: -1 << 100)
t(lambda: 1 << 2**63); t(lambda: 1 << 1.0); t(lambda: 1.0 << 1); t(lambda: True << 2); t(lambda: 5 & 1.0); t(lambda: 5 | None); t(lambda: ~1.0)
t(lambda: (-2**64) >> 63); t(lambda: (-1) >> 1000); t(lambda: (2**64 - 1) & -(2**32)); t(lambda: -(2**64) | 1); t(lambda: (-(2**70)) ^ -1)
print(True & 3, False | 0, True ^ 2, (7).__and__(3), (7).__rand__(3), (7).__lshift__(2), (7).__rrshift__(100), int.__xor__(5, 1))
print([(-x) & 0xff for x in range(5)], [x >> 1 for x in range(-4, 5)], [-(2**63) >> i for i in (0, 1, 62, 63, 64)])
