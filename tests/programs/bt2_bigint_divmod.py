def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)
A = 10**25 + 7
for a in (A, -A, 7, -7, 0):
    for b in (3, -3, 10**20 + 3, -(10**20 + 3)):
        q, r = divmod(a, b)
        print(a // b, a % b, (q, r) == (a // b, a % b), q * b + r == a, (r == 0 or (r > 0) == (b > 0)))
for a, b in ((7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (1e300, 1e-300), (-0.0, 1), (0.0, -1), (5, 0.3), (-1e-20, 1.0), (1e20, 3)):
    print(a, b, divmod(a, b), a // b, a % b)
t(divmod, 1, 0)
t(divmod, 1.0, 0)
t(divmod, 10**30, 0)
t(lambda: 1 // 0.0)
t(lambda: 1 % 0)
t(lambda: 1.5 % 0.0)
t(divmod, 1j, 1)
t(lambda: 1j // 1)
t(divmod, 'a', 1)
t(divmod, 1)
print(divmod(True, 2), divmod(-True, 2), divmod(float('inf'), 2), divmod(3, float('inf')), divmod(-3, float('inf')))
print(divmod(float('nan'), 1), (-3) % float('inf'), 3 % float('-inf'))
print(-(10**40) // 7, -(10**40) % 7, 10**40 // -7, 10**40 % -7, (-2**64) >> 3, -(2**64 + 1) >> 64, (-1) >> 1000, 1 << 100 >> 99)
t(lambda: 1 << -1)
t(lambda: 1 >> -1)
print(0 << 10**10 if False else 0 << 100, (10**18) * (10**18), -(10**18) * (10**18) // 3)
print(int('-' + '9' * 50) // 10**49, int('9' * 50) % 10**49 == int('9' * 49))
print(7 // 2, -7 // 2, 7 // -2, -7 // -2, 7 % 2, -7 % 2, 7 % -2, -7 % -2)
print(2**62 // -1, -(2**62) * 2 // -1, (-(2**63)) // -1, (-(2**63)) % -1, abs(-(2**63)), -(-(2**63)))
