# String literal escapes, prefixes, and the SyntaxWarning for invalid escapes (via compile).
import warnings
print(repr("\x41\101\u0042\U00000043\N{LATIN SMALL LETTER D}\t\\"), len("\0\a\b\f\n\r\t\v"))
print(repr(b"\x41\101\n\\"), repr(r"\n\x"), repr(rb"\d"), repr(Rb"\w"), repr(BR"x"))
print(repr("\
continued"), repr("""a
b"""), repr('''\'quoted\''''))
print("adjacent" 'literals' """join""", b"by" b"tes")
print(repr("\777"[0]), ord("\777"))

def warn_of(src):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try:
            compile(src, "<lit>", "eval")
        except SyntaxError as e:
            return "SyntaxError: " + e.msg
    return [(x.category.__name__, str(x.message)) for x in w]

for src in [r'"\d"', r'"\q"', r'b"\d"', r'"\8"', r'"\777"', r'b"\400"', r'f"\d{1}"', r'"\N{NOPE}"',
            r'"\x4"', r'b"\u1234"', r'"\U0011ffff"', r"'\N'", r'rb"\d"', "'unterminated", '"""x', "b'é'"]:
    print(src, "->", warn_of(src))

# warnings turned into errors become SyntaxErrors
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        compile(r'"\d"', "<lit>", "eval")
    except SyntaxError as e:
        print("as error:", e.msg)

# unicode names and case-insensitive lookups
print("\N{EM DASH}" == "\u2014", "\N{em dash}" == "\u2014", "\N{LATIN CAPITAL LETTER A WITH GRAVE}")

# string prefixes combinations
for src in ["u'x'", "U'x'", "ur'x'", "bu'x'", "rf'{1}'", "Fr'{1}'", "fb'x'", "br'x'", "rB'x'"]:
    try:
        print(src, "->", repr(eval(src)))
    except SyntaxError as e:
        print(src, "-> SyntaxError:", e.msg)

# bytes literals must be ASCII; str literal with surrogates
try:
    eval("b'\\xff' + b'\u00e9'")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
s = "\ud800"
print(len(s), repr(s))
