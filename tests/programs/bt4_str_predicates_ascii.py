# ASCII-range character classes of str and bytes compared with string module constants, for every code point below 128
import string
def cls(c):
    return ''.join('1' if f() else '0' for f in (c.isalpha, c.isdigit, c.isalnum, c.isspace, c.isupper, c.islower, c.isprintable, c.isidentifier))
rows = {}
for i in range(128):
    rows.setdefault(cls(chr(i)), []).append(i)
for k in sorted(rows):
    print(k, rows[k][:6], len(rows[k]))
print(all(chr(i).isalpha() == (chr(i) in string.ascii_letters) for i in range(128)), all(chr(i).isspace() == (chr(i) in string.whitespace) for i in range(128)))
print(all(chr(i).isprintable() == (chr(i) in string.printable and chr(i) not in '\t\n\r\x0b\x0c') for i in range(128)))
bdiff = [i for i in range(256) if bytes([i]).isspace() != (i < 128 and chr(i).isspace())]
print(bdiff, [i for i in range(128, 256) if bytes([i]).isalpha() or bytes([i]).isdigit() or bytes([i]).isupper()])
print(''.join(c for c in map(chr, range(32, 127)) if c.isidentifier()), ''.join(c for c in map(chr, range(32, 127)) if not c.isalnum() and c.isprintable()))
print(string.capwords(' hello   wORLD x '), string.capwords('a-b c', '-'), string.Template('$x and ${y}').safe_substitute(x=1))
