# Implicit string concatenation across literal kinds and lines.
s = ("abc"
     'def'
     """ghi"""
     r"\n")
print(s, len(s))
b = (b"x" b'y'
     rb"\t")
print(b)
name = "pyk"
print("plain " f"f-{name} " "tail" f"{name!r}")
for src in ['"a" b"b"', 'b"a" "b"', "f'{1}' b'x'"]:
    try:
        eval(src)
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
print("con" "cat" * 2)
print(("a" "b").upper())
d = {"k" "ey": 1}
print(d)
print("\N{GREEK SMALL LETTER ALPHA}" "\u03b2" "\x41" "\101" "\U0001F600"[:0])
print(repr("tab\there" "\\" "quote\"s"))
