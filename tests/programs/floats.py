# Floats: repr, arithmetic, comparisons, conversions.
x = 0.1
y = 0.2
print(x + y, x * 3, 1.0, -0.0, 1e16, 1e15, 1.5e-5, 0.0001, 1e-5, 123456789.123)
print(7.0 // 2, -7.0 // 2, 7.5 % 2, -7.5 % 2, 2.0 ** 10, 2 ** -1, 10 / 4)
print(float("3.25"), float("-inf"), float("1e3"), float(7), round(2.5), round(3.5), round(2.675, 2))
print(1.5 < 2, 2.0 == 2, 0.1 + 0.2 == 0.3, float("nan") == float("nan"))
print(hash(1.0), hash(0.5), hash(-2.0), hash(1e300))
print(3.0 * 2, 3 * 2.0, 1 - 0.5, 2.5 + 1)
print(f"{3.14159:.2f} {2.5:8.3f}| {1e6:e} {0.000123:g} {12345.678:,.1f}")
