# SyntaxError fields (args, positions, text) for errors outside the grammar:
# a BOM inside source text, source-encoding problems in bytes, __future__.
def show(src):
    try:
        code = compile(src, "src", "exec")
        ns = {}
        exec(code, ns)
        print("ok", ns.get("x"))
    except SyntaxError as e:
        print(repr(e.args))
        print("   ", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))

# A BOM belongs to a file: bytes may start with one, text may not.
show("\ufeffx = 1")
show("\ufeff# coding: latin-1\nx=1")
show(b"\xef\xbb\xbfx = 2")
show("x = 1\n\ufeff")
show(b"\xef\xbb\xbf# coding: latin-1\nx=1")
show(b"\xef\xbb\xbf# coding: utf-8\nx = 3")
# Encodings.
show(b"# coding: foo\nx=1")
show(b'x = 1\ny = "\xff"\n')
show(b'x = "ab\xffc" + ""\n')
show(b"# coding: utf-8\nx = 1 \xff\n")
show(b'\xe9t\xe9 = "\xff"\n')
show(b"# -*- coding: latin-1 -*-\nx = '\xe9'\n")
# __future__.
show("from __future__ import braces")
show("from __future__ import nonsense")
show("x=1\nfrom __future__ import annotations")
show("from __future__ import (annotations, barry_as_FLUFL, spam)")
show('"doc"\nfrom __future__ import annotations\nimport os\nfrom __future__ import annotations')
show("from __future__ import annotations, generator_stop\nx = 4")

# Fields are attributes: assigning one changes what str() and the report
# show, not args.
e = SyntaxError("m", ("f", 1, 2, "t", 1, 3))
e.lineno = 5
e.msg = "new"
print(e.lineno, e.msg, e.args, str(e))
e = SyntaxError("x")
print(e.lineno, e.args)
e.lineno = 7
e.filename = "ff"
print(e.lineno, str(e))
try:
    compile("x = (1 +", "f", "exec")
except SyntaxError as e:
    e.msg = "changed"
    raise
