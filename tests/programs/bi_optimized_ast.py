# compile(..., flags=ast.PyCF_OPTIMIZED_AST): CPython 3.13's AST optimizer
# (constant folding within its size limits, not folded into is/in, literal
# lists and sets after `in` and as iterables, __debug__, %-formatting made
# an f-string), for source and for AST input (a new tree).
import ast
def show(src, mode="exec", optimize=-1):
    t = compile(src, "f", mode, flags=ast.PyCF_OPTIMIZED_AST, optimize=optimize)
    print(ast.dump(t, include_attributes=True))
show("a*(1+2)")
show("x = -1, 2**10, 'ab'*3, 2**200, 'x'*5000, (1,)*300, 1/0, ~5, not 1, +True")
show("x in [1, 2]; y not in {1, 2}; z in [a, 1]; w in [*a]\nfor i in [1, 2]: pass")
show("[i for i in [1, 2] if i]; (1, 2)[0]; 'abc'[1:2]; b'ab'[0]; not a is b; not a in b; not a == b")
show("__debug__; __debug__ = 1", optimize=0)
show("__debug__", optimize=1)
show("'%s' % 3; '%d' % (a,); 1 << 200; 1 << 3; 7 % 2; 'a' + 'b'; a @ b", optimize=2)
show("1 + 2", mode="eval")
t = ast.parse("(1, 2)")
o = compile(t, "f", "exec", flags=ast.PyCF_OPTIMIZED_AST)
print(ast.dump(t), ast.dump(o))
match_src = "match x:\n case -1: pass\n case 1+2j: pass"
show(match_src)
for src in ["'%s-%r' % (a, b)", "'%s' % (a,)", "'x%%y%s' % (a,)", "'%5s|%-5s|%.3s|%5.2r|%a' % (a, b, c, d, e)", "'%d' % (a,)", "'%s %s' % (a,)", "'%s' % (a, b)", "'%s' % (*a,)", "'%123s' % (a,)", "'%' % (a,)", "'%s%' % (a,)", "'' % ()", "'abc' % ()", "b'%s' % (a,)", "'%s' % ()"]:
    show(src, mode="eval")
