# needs: stdlib
# ast.parse over a source with every node kind: dump with positions, unparse,
# compile from the tree and run it; the ast helpers over the same tree.
import ast

SRC = '''\
"""Module docstring."""
from __future__ import annotations
import os.path as osp, sys
def rel():
    from .. import sibling
from collections import (OrderedDict as OD, deque)
x: int = 1
y: list[int]
a = b = [1, 2.5, 3j, "s", b"b", None, True, ..., -4, ~5, +6, not 7]
del a
a, *rest = 1, 2, 3
x += 1; x -= 1; x *= 2; x //= 2; x %= 7; x **= 2; x <<= 1; x >>= 1; x |= 1; x &= 7; x ^= 2; x /= 1
x = int(x)
m = [[1, 0], [0, 1]]
z = 1 + 2 - 3 * 4 // 6 % 7 ** 2 << 1 >> 1 | 8 & 9 ^ 10
q = 10 / 4
def matmul(a, b):
    a @= b
    return a @ b
c = (1 < 2 <= 3 > 0 >= 0 == 0 != 1) and (x is not None) or (1 in [1]) or (2 not in [1]) or (None is None)
d = {"k": 1, **{"j": 2}}
s = {1, 2}
t = (1,)
sl = [1, 2, 3, 4][1:3], [1, 2, 3][::2], [1, 2, 3][-1]
comp = [i * 2 for i in range(5) if i % 2 if i], {i for i in "ab"}, {k: v for k, v in d.items()}, list(i for i in (1, 2))
f = lambda p, /, q=1, *r, s, t=2, **u: p
cond = "yes" if c else "no"
name = "w"
fs = f"{name!r:>{10}} {z=} {3.14159:.2f} {name!s} {name!a}"
def func(pos, /, std: int = 0, *args: str, kw, kw2=3, **kwargs) -> int:
    """Function docstring."""
    global x
    def inner():
        nonlocal pos
        pos += 1
        return pos
    inner()
    return pos + std
@staticmethod
def deco(f): return f
class Base: pass
@deco
class C(Base, metaclass=type):
    attr = 1
    def method(self):
        return super().__init__
for i in range(3):
    if i == 1:
        continue
    elif i == 2:
        break
    else:
        pass
else:
    pass
n = 0
while n < 3:
    n += 1
else:
    n = -n
with open(__file__) as fh, open(__file__):
    pass
try:
    raise ValueError("v") from None
except (ValueError, TypeError) as e:
    err = str(e)
except Exception:
    raise
else:
    pass
finally:
    done = True
try:
    raise ExceptionGroup("g", [ValueError(1)])
except* ValueError as eg:
    caught = len(eg.exceptions)
assert x, "message"
def gen():
    yield 1
    yield from [2, 3]
    got = yield
    return got
async def coro():
    await coro2()
    async with ctx() as v:
        pass
    async for item in aiter_():
        pass
    return [i async for i in aiter_()]
async def coro2(): pass
if (w := 10) > 5:
    pass
def match_it(v):
    match v:
        case 0 | 1:
            return "small"
        case [1, 2, *others]:
            return "seq"
        case {"key": val, **more}:
            return "map"
        case Base(attr=1) | C():
            return "cls"
        case str() as s_ if s_:
            return "str"
        case None | True | False:
            return "single"
        case -1 | 1.5 | 2 + 3j | "lit" | b"b":
            return "literal"
        case [*_]:
            return "anyseq"
        case _:
            return "other"
type Alias[T: int, *Ts, **P] = list[T]
def generic[T = int, U: (int, str) = str](a: T) -> U: ...
class G[T]:
    pass
print(sorted(k for k in dir() if not k.startswith("__")))
print(func(1, 2, kw=3), list(gen()), match_it([1, 2, 3]), match_it({"key": 1}), match_it("s"), match_it(None))
print(cond, fs, sl, comp[0], err, caught, n, w, m, z, c, Alias.__type_params__, generic.__type_params__)
'''

tree = ast.parse(SRC, filename='<src>')
print(ast.dump(tree, include_attributes=True))
print(ast.dump(tree, indent=1)[:2000])
text = ast.unparse(tree)
print(text)
# unparse(parse(unparse(t))) is a fixed point, and both trees agree.
assert ast.unparse(ast.parse(text)) == text
print(ast.dump(ast.parse(text)) == ast.dump(tree))

code = compile(tree, '<src>', 'exec')
print(type(code).__name__, code.co_filename)
exec(code, {'__name__': 'src', '__file__': __file__})

# The helpers.
print(sorted({type(n).__name__ for n in ast.walk(tree)}))
print(len(list(ast.walk(tree))), len(list(ast.iter_child_nodes(tree))), list(ast.iter_fields(ast.parse('x = 1').body[0]))[0][0])
# (ast.get_docstring imports inspect, which needs io: not yet on pyk.)
print(tree.body[0].value.value)
for node in ast.walk(tree):
    if isinstance(node, ast.Lambda):
        print(repr(ast.get_source_segment(SRC, node)))
    if isinstance(node, ast.JoinedStr):
        print(repr(ast.get_source_segment(SRC, node, padded=True)))

class Names(ast.NodeVisitor):
    def __init__(self):
        self.names = set()
    def visit_Name(self, node):
        self.names.add(node.id)
        self.generic_visit(node)
v = Names()
v.visit(tree)
print(sorted(v.names)[:20])

class Double(ast.NodeTransformer):
    def visit_Constant(self, node):
        if type(node.value) is int:
            return ast.copy_location(ast.Constant(node.value * 2), node)
        return node
    def visit_Pass(self, node):
        return None
t2 = Double().visit(ast.parse('x = 1 + 2\nif x:\n    pass\n    y = [3, "s"]\nprint(x, y)'))
print(ast.unparse(t2))
exec(compile(t2, '<t2>', 'exec'), {})

# A tree built by hand: fix_missing_locations, increment_lineno, then run it.
call = ast.Call(ast.Name('print'), [ast.Constant('built'), ast.BinOp(ast.Constant(6), ast.Mult(), ast.Constant(7))], [])
mod = ast.Module([ast.Expr(call), ast.Assign([ast.Name('r', ast.Store())], ast.Constant(5))], [])
ast.fix_missing_locations(mod)
print(ast.dump(mod, include_attributes=True))
ast.increment_lineno(mod, 3)
print(mod.body[1].lineno, mod.body[1].value.end_lineno)
ns = {}
exec(compile(mod, '<built>', 'exec'), ns)
print(ns['r'])
expr = ast.Expression(ast.BinOp(ast.Constant(2), ast.Pow(), ast.Constant(10)))
print(eval(compile(ast.fix_missing_locations(expr), '<e>', 'eval')))
inter = ast.fix_missing_locations(ast.Interactive([ast.Expr(ast.Constant('single'))]))
exec(compile(inter, '<i>', 'single'))
print(compile(tree, '<src>', 'exec', flags=ast.PyCF_ONLY_AST) is tree)

# literal_eval
for s in ("1", "-2.5", "1+2j", "'s'", "b'b'", "[1, (2, 3), {4: {5}}]", "{'a': None, 'b': True}", "set()", "(1, -1.0)"):
    print(repr(ast.literal_eval(s)))
for bad in ("x", "1 + y", "f()", "[1, 2] + [3]"):
    try:
        ast.literal_eval(bad)
    except ValueError as e:
        print('ValueError:', str(e).split(' at ')[0])
