# exact comparisons between ints and floats near 2**53, at the float limits, with infinities and nan, and equality-based containers
inf = float('inf'); nan = float('nan')
pairs = [(2**53, 2.0**53), (2**53 + 1, 2.0**53), (2**53 + 1, 2.0**53 + 2), (10**16 + 1, 1e16), (-(2**63), -9.223372036854776e18),
         (2**1024, inf), (10**400, 1e308), (-(10**400), -inf), (0, -0.0), (1, 1.0000000000000002), (2**63 - 1, 9.223372036854776e18), (5, nan)]
for i, f in pairs:
    print(i == f, i != f, i < f, i <= f, i > f, i >= f, f < i, f == i)
print(2**53 + 1 in {2.0**53}, 2.0**53 in {2**53}, {2**53 + 1: 'a'}.get(2.0**53 + 2), float(2**53 + 1) == 2**53)
print(sorted([2**53 + 1, 2.0**53, 2**53, 2.0**53 + 2]), max(2**53 + 1, 2.0**53), min(-inf, -(10**400)), 10**400 > inf, -(10**400) < -inf)
print(1 == 1.0 == True, hash(2**53) == hash(2.0**53), hash(2**53 + 1) == hash(2.0**53), [nan] == [nan], nan in [nan])
print((1).__lt__(1.5), (1.5).__gt__(1), (1.5).__eq__(2**100), (2.0**100).__eq__(2**100), round(2.5) == 2, int(2.0**100) == 2**100)
