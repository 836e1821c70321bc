#!/usr/bin/env python3
# vim: set fileencoding=cp1252 :
# The declaration may be on the second line, after a shebang.
print("€ “quoted”", "€".encode("utf-8"))
