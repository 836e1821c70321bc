# Numeric literals: valid forms and the tokenizer's error messages for invalid ones.
print(1_000_000, 0x_ff, 0o_17, 0b_1010, 1_0.5_0, 1e1_0, 0_0, 00, 1_2j, .5, 5., 0e0, 1E-2)
print(0xDEAD_beef, 0O777, 0B1, 1.5J, 10**20 == 100_000_000_000_000_000_000)
print(type(1e3).__name__, 1e309, -1e309, 1e-400, 0.1 + 0.2)
for src in ["1__0", "1_", "0x", "0x_", "0b2", "0o8", "09", "1e", "1e+", "1.e_1", "0_x1", "1_.5", "1._5",
            "0b1_", "1jj", "1if x else 2", "0x1for x in y", "1.0.0", "1e1.0", "0777", "1_000e1_", "5a", "0b12", "0xg"]:
    try:
        v = eval(src)
        print(repr(src), "->", repr(v))
    except SyntaxError as e:
        print(repr(src), "->", e.msg)
    except Exception as e:
        print(repr(src), "->", type(e).__name__, e)

# warnings for literals immediately followed by keywords
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    for src in ["1if 1 else 0", "0x1or 0", "1in [1]", "1.5and 2"]:
        try:
            print(repr(src), "->", eval(src))
        except SyntaxError as e:
            print(repr(src), "-> SyntaxError:", e.msg)
print([(x.category.__name__, str(x.message)) for x in w])

# int() of strings follows the same underscore rules
for s in ["1_000", "1__0", "_1", "0x_ff", "  12  ", "١٢", "0b101"]:
    try:
        print(repr(s), int(s, 0) if s.startswith("0") else int(s))
    except ValueError as e:
        print(repr(s), "ValueError:", e)
