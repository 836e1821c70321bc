import ast
def t(lineno, end_lineno, col=0, end_col=1):
    tree = ast.parse("a = 1")
    n = tree.body[0]
    n.lineno, n.end_lineno, n.col_offset, n.end_col_offset = lineno, end_lineno, col, end_col
    try:
        compile(tree, "<t>", "exec"); print(lineno, end_lineno, col, end_col, "ok")
    except Exception as e:
        print(lineno, end_lineno, col, end_col, type(e).__name__, e)
for a, b in [(10, 1), (-10, -11), (10, -11), (-5, -2), (-5, 1), (1, 1), (0, 0), (1, 2), (-1, -1), (2, 1)]:
    t(a, b)
for a, b in [(10, 1), (-10, -11), (10, -11), (-5, -2), (-5, 1), (0, 0), (1, 1), (-1, -1), (-1, 5)]:
    t(1, 1, a, b)
t(1, 2, 5, 1)
t(1, -1, 5, 1)
