# Integer and float operator edge cases in expressions.
print(7 // -2, -7 // 2, 7 % -2, -7 % 2, divmod(-7, 2))
print(7.5 // 2, -7.5 % 2, divmod(-7.5, 2))
print(2 ** -1, (-8) ** (1 / 3) if False else "skip", 0 ** 0, pow(-2, 3), pow(3, -1, 7))
print(1 << 100 >> 98, -1 >> 5, ~5, -(-5))
print(10 / 4, 10 // 4, 1e308 * 10, -1e308 * 10)
for expr in ["1 / 0", "1 // 0", "1 % 0", "1.0 / 0", "divmod(1, 0)", "0 ** -1", "1 << -1", "pow(2, 3, 0)"]:
    try:
        print(eval(expr))
    except (ZeroDivisionError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(round(2.5), round(3.5), round(-2.5), round(1.2345, 2), round(1234, -2))
print(int("  42  "), int("-0x1f", 16), int("0b101", 0), int("1_000"), float("  -1.5e3 "))
for bad in ["int('')", "int('1.5')", "float('x')", "int('12', 1)", "int('z', 36)"]:
    try:
        print(eval(bad))
    except ValueError as e:
        print("ValueError:", e)
print(0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e-5, 123456789.0 * 10)
print(float("inf") - float("inf"), float("nan") == float("nan"), -0.0, 0.0 == -0.0)
print(True + True, True * 10, -True, abs(-False))
print(3 .real, 3.5.is_integer(), (255).bit_length(), (5).to_bytes(2, "big"))
print(10 ** 20 // 7, 10 ** 20 % 7, -(10 ** 20) // 7)
print(int(1e20), int(-2.9), int(2.9), float(10 ** 20))
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
