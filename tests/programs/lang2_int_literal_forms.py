# Numeric literal forms and their errors.
print(0b1010, 0o17, 0xFF, 1_000_000, 0x_ff, 1e3, 1.5e-3, .5, 5., 1_0.0_1, 1j, 2.5J, 0e0)
print(0 == 00 == 0_0, 10 ** 30 == 1_000_000_000_000_000_000_000_000_000_000)
print(type(1e3).__name__, type(1j).__name__, 1e400, -1e400)
for src in ["0777", "1__0", "1_", "0x", "0b2", "0o8", "1e", "1.e+", "0_7", "1.2.3", "0xg", "09.5j"]:
    try:
        print(src, "->", eval(src))
    except SyntaxError as e:
        print(src, "SyntaxError:", e.msg)
print(09.5, 00.5, 0e10, 1_2e1_0)
print(3 .bit_length(), 3.0.hex(), 0x10.real if False else "skip")
print(int("0_1") if False else "skip", int("1_2"), float("1_2.5"))
