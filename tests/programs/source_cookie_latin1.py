# -*- coding: latin-1 -*-
# A source file in Latin-1 (PEP 263): its literals decode through the declared encoding.
s = "café µ ÿ"
print(s, len(s), [hex(ord(c)) for c in s])
print(s.encode("latin-1"), s.encode("utf-8"))
