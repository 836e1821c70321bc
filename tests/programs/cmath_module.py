# needs: stdlib
import cmath, math
vals = [1+2j, -1-2j, 0.5-0.25j, 3, -4.0, 2j, -0.7+0.1j, 1e-5+1e-7j, 10+10j]
for f in ['sqrt', 'exp', 'log', 'log10', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh']:
    fn = getattr(cmath, f)
    out = []
    for v in vals:
        r = fn(v)
        out.append(f'{r.real:.12g},{r.imag:.12g}')
    print(f, ' '.join(out))
print(cmath.phase(-1), cmath.polar(1j), cmath.rect(2, math.pi / 2).real < 1e-15, cmath.log(8, 2), cmath.isclose(1+1j, 1+1.0000000001j))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.isnan(cmath.nanj), cmath.isinf(complex('inf')), cmath.isfinite(1j))
for bad in [lambda: cmath.log(0), lambda: cmath.atanh(1), lambda: cmath.sqrt('x'), lambda: cmath.exp(1000)]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
print(cmath.sqrt(-1), cmath.sqrt(complex(-1, -0.0)), cmath.acos(2), cmath.asin(2))
