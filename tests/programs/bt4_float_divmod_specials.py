# float //, %, divmod and math-like corners: signs of zero results, infinities, nan, huge quotients
inf = float('inf'); nan = float('nan')
def t(a, b):
    out = []
    for op in (lambda: a // b, lambda: a % b, lambda: divmod(a, b), lambda: a / b):
        try:
            out.append(repr(op()))
        except Exception as e:
            out.append(type(e).__name__ + ':' + str(e))
    print(repr(a), repr(b), ' '.join(out))
for a, b in [(7.0, 2.0), (-7.0, 2.0), (7.0, -2.0), (-7.0, -2.0), (0.0, 3.0), (-0.0, 3.0), (0.0, -3.0), (-0.0, -3.0), (6.0, 3.0), (-6.0, 3.0),
             (6.0, -3.0), (1.0, inf), (-1.0, inf), (1.0, -inf), (-1.0, -inf), (inf, 2.0), (inf, inf), (nan, 1.0), (1.0, nan), (1.0, 0.0), (1.0, -0.0),
             (1e308, 1e-308), (5.0, 0.1), (0.3, 0.1), (-1e-320, 1.0), (1e-320, -1.0), (7, 2.5), (True, 0.5), (10**20, 3.0), (3.0, 10**400)]:
    t(a, b)
print(-7.5 % 2, 7.5 % -2, (-0.0) % 5, 0.0 % -5, (-7) % 2.0, 2**0.5 % 1)
