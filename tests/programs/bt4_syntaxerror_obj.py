# SyntaxError objects: constructor forms, field attributes, str with and without location, and compile() results
def show(e):
    print(type(e).__name__, repr(e.msg), e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset, repr(str(e)), e.args[1:] and len(e.args[1]))
show(SyntaxError())
show(SyntaxError('msg'))
show(SyntaxError('msg', ('f.py', 3, 5, 'bad line\n')))
show(SyntaxError('msg', ('f.py', 3, 5, 'bad line\n', 3, 8)))
show(SyntaxError('msg', (None, None, None, None)))
show(SyntaxError('msg', ('f.py', 'x', 'y', 5)))
show(IndentationError('ind', ('g.py', 1, 1, '  x')))
show(TabError('tab'))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
t(lambda: SyntaxError('m', 5))
t(lambda: SyntaxError('m', (1, 2)))
t(lambda: SyntaxError('m', ('f', 1, 2, 'x'), 'extra').args)
for src in ['x = (', 'def f(:', '1 +* 2', 'x = 1\n  y = 2', "f'{'", 'return 5', 'a b', 'print "x"', '\tif 1:\n        pass\n\tx']:
    try:
        compile(src, '<case>', 'exec')
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text), str(e))
e = SyntaxError('m', ('f.py', 1, 2, 'x'))
e.lineno = 9; e.msg = 'changed'
print(str(e), e.args)
print(SyntaxError('m', ('f.py', 1, 1, 'x')).print_file_and_line)
