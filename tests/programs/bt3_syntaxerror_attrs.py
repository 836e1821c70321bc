# SyntaxError fields from compile(), manual construction and str()
for src in ['def f(:\n pass', 'a b', 'return 5', '1 = x', 'x = 08', "f'{'", 'break', 'x: int = 1 = 2']:
    try:
        compile(src, 'prog.py', 'exec')
    except SyntaxError as e:
        print(type(e).__name__, '|', e.msg, '|', e.filename, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
e = SyntaxError('msg', ('file.py', 3, 5, 'code line\n', 3, 9))
print(str(e), e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset, e.print_file_and_line)
print(str(SyntaxError('m')), str(SyntaxError('m', ('f', None, None, None))), str(SyntaxError('m', (None, 2, None, None))), str(SyntaxError()))
print(repr(SyntaxError('m', ('f', 1, 2, 't'))), SyntaxError('m', ('f', 1, 2, 't')).args)
for bad in [('m', 5), ('m', ('f',)), ('m', (1, 2, 3, 4, 5, 6, 7))]:
    try:
        SyntaxError(*bad)
    except (TypeError, IndexError) as ex:
        print(type(ex).__name__ + ':', ex)
print(issubclass(IndentationError, SyntaxError), issubclass(TabError, IndentationError))
try:
    exec('if True:\npass')
except IndentationError as ex:
    print(type(ex).__name__, ex.msg, ex.lineno)
