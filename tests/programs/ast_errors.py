# needs: stdlib
# compile() of malformed trees: CPython's TypeError/ValueError messages.
import ast

def loc(node):
    return ast.fix_missing_locations(node)

def without(node, field):
    delattr(node, field)
    return node

def expr_mod(e):
    return loc(ast.Module([ast.Expr(e)], []))

cases = [
    ('not a mod', lambda: ast.Name('x'), 'exec'),
    ('wrong mod', lambda: loc(ast.Expression(ast.Constant(1))), 'exec'),
    ('wrong mod 2', lambda: loc(ast.Module([], [])), 'eval'),
    ('load in expr slot', lambda: expr_mod(ast.Load()), 'exec'),
    ('stmt where expr', lambda: expr_mod(ast.Pass()), 'exec'),
    ('body not list', lambda: ast.Module(ast.Pass(), []), 'exec'),
    ('missing lineno', lambda: ast.Module([ast.Pass()], []), 'exec'),
    ('missing field', lambda: ast.Module([without(ast.Expr(ast.Constant(1), lineno=1, col_offset=0), 'value')], []), 'exec'),
    ('None required', lambda: ast.Module([ast.Expr(None, lineno=1, col_offset=0)], []), 'exec'),
    ('bad identifier', lambda: expr_mod(ast.Name(5, ast.Load())), 'exec'),
    ('None name', lambda: expr_mod(ast.Name('None', ast.Load())), 'exec'),
    ('bad constant', lambda: expr_mod(ast.Constant([1])), 'exec'),
    ('bad ctx', lambda: loc(ast.Module([ast.Assign([ast.Name('x', ast.Load())], ast.Constant(1))], [])), 'exec'),
    ('bad target', lambda: loc(ast.Module([ast.Assign([ast.Constant(1)], ast.Constant(1))], [])), 'exec'),
    ('bad op', lambda: expr_mod(ast.BinOp(ast.Constant(1), ast.Load(), ast.Constant(2))), 'exec'),
    ('bad int', lambda: expr_mod(ast.FormattedValue(ast.Constant(1), 'x', None)), 'exec'),
    ('empty body', lambda: loc(ast.Module([ast.If(ast.Constant(1), [], [])], [])), 'exec'),
    ('empty func', lambda: loc(ast.Module([ast.FunctionDef('f', ast.arguments(), [])], [])), 'exec'),
    ('bool one', lambda: expr_mod(ast.BoolOp(ast.And(), [ast.Constant(1)])), 'exec'),
    ('compare', lambda: expr_mod(ast.Compare(ast.Constant(1), [ast.Eq()], [])), 'exec'),
    ('dict', lambda: expr_mod(ast.Dict([ast.Constant(1)], [])), 'exec'),
    ('raise', lambda: loc(ast.Module([ast.Raise(None, ast.Constant(1))], [])), 'exec'),
    ('try', lambda: loc(ast.Module([ast.Try([ast.Pass()], [], [], [])], [])), 'exec'),
    ('singleton', lambda: loc(ast.Module([ast.Match(ast.Name('x'), [ast.match_case(ast.MatchSingleton(1), body=[ast.Pass()])])], [])), 'exec'),
    ('walrus', lambda: expr_mod(ast.NamedExpr(ast.Attribute(ast.Name('a'), 'b', ast.Store()), ast.Constant(1))), 'exec'),
    ('keyword', lambda: expr_mod(ast.Call(ast.Name('f'), [], [ast.keyword('a', 1)])), 'exec'),
    ('bad mode', lambda: loc(ast.Module([], [])), 'nope'),
]
for name, make, mode in cases:
    try:
        compile(make(), '<t>', mode)
        print(name, 'compiled')
    except (TypeError, ValueError) as e:
        print(name, type(e).__name__, str(e).split(' object at ')[0])

# Source errors come out as SyntaxError with positions, as from the parser.
try:
    ast.parse('x = (1,', filename='<bad>')
except SyntaxError as e:
    print(e.msg, e.filename, e.lineno, e.offset)
try:
    compile('1 +\n', 'f', 'eval', ast.PyCF_ONLY_AST)
except SyntaxError as e:
    print(e.msg, e.lineno, e.offset)
