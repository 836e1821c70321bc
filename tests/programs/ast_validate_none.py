import ast
def t(mod, mode="exec"):
    mod.lineno = mod.col_offset = 0
    ast.fix_missing_locations(mod)
    try:
        compile(mod, "<test>", mode); print("ok")
    except Exception as e:
        print(type(e).__name__, e)
t(ast.Module([ast.Assign([None], ast.Constant(3))], []))
t(ast.Module([ast.Expr(ast.BoolOp(ast.And(), [ast.Constant(1), None]))], []))
t(ast.Module([ast.Delete([None])], []))
t(ast.Module([ast.Delete([])], []))
t(ast.Module([ast.Expr(ast.List([None], ast.Load()))], []))
t(ast.Module([ast.Expr(ast.Call(ast.Name('f', ast.Load()), [None], []))], []))
n = lambda: ast.Name("f", ast.Load())
t(ast.Expression(ast.ListComp(ast.Name('x', ast.Load()), [])), "eval")
t(ast.Module([None], []))
t(ast.Module([ast.Expr(ast.Call(n(), [], [None]))], []))
t(ast.Module([ast.Expr(ast.ListComp(n(), [None]))], []))
t(ast.Module([ast.Import([None])], []))
t(ast.Module([ast.With([None], [ast.Pass()])], []))
t(ast.Module([ast.Match(n(), [None])], []))
t(ast.Module([ast.Expr(ast.Dict([None], [n()]))], []))
t(ast.Module([ast.Expr(ast.Compare(n(), [ast.Eq()], [None]))], []))
t(ast.Module([ast.If(n(), [None], [])], []))
t(ast.Module([ast.Expr(ast.Compare(n(), [None], [n()]))], []))
t(ast.Module([ast.FunctionDef('f', ast.arguments([], [None], None, [], [], None, []), [ast.Pass()], [], None, None, [])], []))
t(ast.Module([ast.FunctionDef('f', ast.arguments([], [], None, [], [], None, [None]), [ast.Pass()], [], None, None, [])], []))
t(ast.Module([ast.FunctionDef('f', ast.arguments(), [ast.Pass()], [None], None, None, [])], []))
