for src in ['def f(:\n  pass', '1 +* 2', 'return 5', 'f(**x, *y)', "'unterminated", 'x = 1 = 2']:
    try:
        compile(src, 'prog.py', 'exec')
    except SyntaxError as e:
        print(type(e).__name__, '|', e.msg, '|', e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
e = SyntaxError('msg', ('file.py', 3, 5, 'bad line\n', 3, 8))
print(e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset, str(e), e.args)
e2 = SyntaxError('only msg')
print(e2.msg, e2.filename, e2.lineno, str(e2), e2.args)
e3 = SyntaxError()
print(repr(e3.msg), str(e3))
try:
    SyntaxError('m', (1, 2))
except Exception as ex:
    print(type(ex).__name__, ex)
e4 = IndentationError('indent', ('f', 1, 1, 'x', 1, 2))
print(type(e4).__name__, e4.msg, isinstance(e4, SyntaxError), str(e4))
e5 = SyntaxError('m', ('f.py', None, None, None))
print(str(e5), e5.lineno)
e6 = SyntaxError('m', ('f.py', 7, None, None))
print(str(e6))
