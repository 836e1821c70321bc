# Numeric operator semantics in the language: true/floor division, mixed types, bool arithmetic.
print(7 / 2, 7 // 2, -7 // 2, 7 % -3, -7 % 3, 7.5 // 2, -7.5 % 2)
print(2 ** 10, 2 ** -2, (-2) ** 3, 2 ** 0.5 == 2 ** (1 / 2), 0 ** 0, 0.0 ** 0)
print(1 + 2.0, 3 * 1.5, 10 - True, True + True, False * 10, True / 2)
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), pow(3, 4, 5), pow(2, -1, 7))
print(abs(-3), abs(-3.5), abs(3 + 4j), round(2.5), round(3.5), round(-2.5), round(1.2345, 2))
print(int(3.99), int(-3.99), float(7), complex(1, 2), 1e3 == 1000, 0.1 + 0.2 != 0.3)
print(7 & 3, 7 | 8, 7 ^ 2, ~7, 1 << 10, 1024 >> 3, -16 >> 2)
for expr in ("1 / 0", "1 // 0", "1 % 0", "1.0 / 0", "divmod(1, 0)", "2 ** -1 % 0", "0 ** -1"):
    try:
        eval(expr)
    except ZeroDivisionError as e:
        print(expr, "->", e)
print(10 ** 20 // 3, -(10 ** 20) // 7, (10 ** 20) % 7, 2 ** 100 / 2 ** 99)
print(float("inf") - float("inf") != float("inf") - float("inf"), 1e308 * 10)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError:", e)
print(int("1" * 50) * 3, hex(255), oct(8), bin(5), int("ff", 16), int("-0x1A", 0))
