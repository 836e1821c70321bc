# compile(), exec() and eval() of bytes decode through a BOM or a PEP 263 declaration, with CPython's errors.
for b in [b'# coding: latin-1\nx = "\xe9"\n', b'# coding: foobar\nx=1\n', b'x = "\xff"\n', b'\xef\xbb\xbf# coding: latin-1\nx=1\n', b'\xef\xbb\xbfx = "ok"\n', b'#!/bin/x\n# -*- coding: cp1252 -*-\nx = "\x80"\n', b'x = 1\n# coding: latin-1\ny = "\xe9"\n']:
    try:
        ns = {}
        exec(compile(b, 'f', 'exec'), ns)
        print(repr(ns.get('x')))
    except SyntaxError as e:
        print('SE', e.msg, e.lineno, e.filename)
print(eval(b'# coding: latin-1\n"\xe9"'))
