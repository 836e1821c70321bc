# String literal forms: prefixes, escapes, concatenation, bytes.
print("tab\tnewline-escaped\\n", 'single', """triple""", '''triple single''')
print(r"raw \n \t \\", R"RAW", rb"\x00", Rb"A", br"\d")
print("\x41\u00e9\U0001F600\N{GREEK SMALL LETTER ALPHA}\101\0".encode("unicode_escape"))
print(len("\N{LATIN SMALL LETTER E WITH ACUTE}"), "\u00e9" == "é")
print(b"\x00\xff\n" + bytes([65]), b"abc"[0], b"abc"[0:1])
print("implicit" " " "concatenation", ("multi"
      "line"))
print("""line1
line2\
continued""")
print('\'' + "\"" + '"' + "'")
print(u"unicode prefix", type(u"").__name__)
s = "a\
b"
print(s)
for bad in (r'"\N{NOT A REAL NAME}"', '"unterminated', "'''never closed"):
    try:
        eval(bad)
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
try:
    eval('b"é"')
except SyntaxError as e:
    print("SyntaxError:", e.msg)
print(repr("\x7f\x80\u200b"), ascii("é\n"))
