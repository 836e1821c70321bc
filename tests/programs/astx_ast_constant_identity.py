# compile() of a tree keeps the objects some Constant nodes hold: the
# singletons, b"" and an empty frozenset come back as themselves.
import ast
def compile_constant(value):
    tree = ast.parse("x = 123")
    node = tree.body[0].value
    new_node = ast.Constant(value=value)
    ast.copy_location(new_node, node)
    tree.body[0].value = new_node
    code = compile(tree, "<string>", "exec")
    ns = {}
    exec(code, ns)
    return ns["x"]
for const in (None, False, True, Ellipsis, b"", frozenset(), frozenset({1, 2}), (1, frozenset({3}))):
    v = compile_constant(const)
    print(repr(const), v == const, type(v).__name__)
    if isinstance(const, frozenset):
        print("  same object:", v is const)
fs = frozenset({"a"})
tree = ast.Module([ast.Expr(ast.Call(ast.Name("print", ast.Load()), [ast.Constant(fs)], []))], [])
ast.fix_missing_locations(tree)
exec(compile(tree, "<t>", "exec"))
print(frozenset() is frozenset())
