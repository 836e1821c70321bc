# Numeric literal forms and their values.
print(0b1010, 0o17, 0xFF, 0XaB, 1_000_000, 0b_1_0, 0x_f_f)
print(1.5e3, 1E-2, .5, 5., 1_0.0_1, 0e0, 1e1_0)
print(3j, 1.5j, 1e2j, 0j, 10J)
print(type(1), type(1.0), type(1j), type(True))
print(2**100, -2**63, 0o777_777, 00, 0_0)
print(1 .real, (1).imag, 1.0.is_integer(), 0x10.bit_length() if False else 16 .bit_length())
print(999999999999999999999 + 1, 12345678901234567890 * 98765432109876543210)
for bad in ("012", "0b2", "0o8", "0xG", "1__0", "1_", "0x_", "1e", "1.e+", "08.5x"):
    try:
        eval(bad)
        print("ok", bad)
    except SyntaxError as e:
        print(repr(bad), "SyntaxError:", e.msg)
print(08.5, 09e1, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e-5, 123456789.0)
print(float("inf"), -float("inf"), float("-0.0"), 1e308 * 10, 5e-324, 2.5e-324)
print(0.1.hex(), float.fromhex("0x1.8p1"), (2.5).as_integer_ratio())
print(int("0b101", 0), int("0o17", 0), int("0x1f", 0), int("1_000"), int(" 42 "))
