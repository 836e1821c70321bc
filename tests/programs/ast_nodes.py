# needs: stdlib
# _ast's node classes: fields, field types, docs, constructors (with their
# 3.13 deprecation warnings), pickling, match, identity equality, constants.
import ast
import copy
import linecache
import warnings

# Recorded warnings prime linecache, which imports tokenize; an entry for the
# synthetic file names used below keeps this test about _ast alone.
for fake in ('<nodes>', '<typed>'):
    linecache.cache[fake] = (0, None, [], fake)

print(ast.PyCF_ONLY_AST, ast.PyCF_TYPE_COMMENTS, ast.PyCF_ALLOW_TOP_LEVEL_AWAIT, ast.PyCF_OPTIMIZED_AST)
print(ast.Module.__mro__)
print(ast.Load.__mro__, ast.Add.__mro__)
print(ast.arguments.__mro__, ast.comprehension._attributes, ast.arg._attributes)
for cls in (ast.AST, ast.mod, ast.Module, ast.expr, ast.Name, ast.Constant, ast.arguments,
            ast.MatchClass, ast.TypeVar, ast.ImportFrom, ast.Load, ast.cmpop):
    print(cls.__name__, cls.__module__, cls._fields, cls.__match_args__, cls._attributes,
          getattr(cls, '_field_types', None))
print(repr(ast.expr.__doc__))
print(repr(ast.cmpop.__doc__), repr(ast.Load.__doc__), repr(ast.arguments.__doc__), repr(ast.excepthandler.__doc__))
print(ast.Name.__annotations__)
print(ast.Return.value, ast.expr.end_lineno, ast.arg.type_comment, ast.ImportFrom.level)
print(sorted(k for k in vars(ast.arg) if not k.startswith('__')))

names = sorted(n for n in dir(ast) if isinstance(getattr(ast, n), type) and issubclass(getattr(ast, n), ast.AST))
print(len(names))

# Constructors (inside code whose filename is <nodes>, so the recorded
# warnings carry that name and line).
src = '''
n1 = ast.Name('x')
n2 = ast.Name('y', ast.Store(), lineno=3, col_offset=1)
n3 = ast.Name()
n4 = ast.BinOp(ast.Constant(1), ast.Add())
n5 = ast.Name(id='z', foo=1)
n6 = ast.FunctionDef('f')
n7 = ast.ImportFrom(module='m')
n8 = ast.Constant()
n9 = ast.AST(a=1)
'''
ns = {'ast': ast}
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    exec(compile(src, '<nodes>', 'exec'), ns)
for x in w:
    print(x.category.__name__, x.filename, x.lineno, x.message)
for k in ('n1', 'n2', 'n3', 'n4', 'n5', 'n6', 'n7', 'n8', 'n9'):
    d = vars(ns[k])
    print(k, type(ns[k]).__name__, sorted(d), ast.dump(ns[k]) if k not in ('n5', 'n9') else '')
print(type(ns['n1'].ctx).__name__, hasattr(ns['n6'], 'args'))
print(ns['n6'].body, ns['n6'].returns, ns['n7'].level, ns['n8'].kind)

for bad in ("ast.Name('x', ast.Load(), 3)", "ast.Name('x', id='y')", "ast.Load(1)", "ast.AST(1)"):
    try:
        eval(bad)
    except TypeError as e:
        print('TypeError:', e)

# A user subclass: its own _fields, without _field_types.
class Point(ast.AST):
    _fields = ('x', 'y')
p = Point(1)
print(vars(p), Point.__match_args__, Point._attributes)
class Typed(ast.AST):
    _fields = ('a',)
    _field_types = {}
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    exec(compile('Typed()', '<typed>', 'exec'), {'Typed': Typed})
print([str(x.message) for x in w])
class MyName(ast.Name):
    pass
print(ast.dump(MyName('q')), MyName._fields, MyName.__doc__)

# Equality is identity; hashing works.
a, b = ast.Name('x'), ast.Name('x')
print(a == b, a == a, a != b, len({a, b}), ast.Load() == ast.Load())

# Pickling support and copying (pickle itself needs io, so copy stands in).
with warnings.catch_warnings():
    warnings.simplefilter('ignore')
    print(ast.Name('x').__reduce__()[:2], ast.Name(ctx=None).__reduce__())
    print(ast.Module().__reduce__()[:2], ast.Load().__reduce__(), Point(1).__reduce__())
t = ast.parse('x = [1, 2.5, "s", b"b", None, ...] + f(*a, k=-1)')
for clone in (copy.deepcopy(t), copy.copy(t)):
    print(ast.dump(clone, include_attributes=True) == ast.dump(t, include_attributes=True))

# The parser's trees share one instance of each context and operator.
t = ast.parse('a = b + c - d')
print(t.body[0].targets[0].ctx is ast.parse('e = 1').body[0].targets[0].ctx,
      t.body[0].value.left.right.ctx is t.body[0].value.right.ctx,
      type(t.body[0].value.op).__name__)

# match on nodes uses __match_args__.
def describe(node):
    match node:
        case ast.BinOp(ast.Constant(l), ast.Add(), ast.Constant(r)):
            return f'add {l} {r}'
        case ast.Call(func=ast.Name(id=fn), args=[*args]):
            return f'call {fn} with {len(args)}'
        case ast.Name(n, ast.Store()):
            return f'store {n}'
        case _:
            return 'other'
for s in ('1 + 2', 'print(1, 2, 3)', 'x'):
    print(describe(ast.parse(s, mode='eval').body))
print(describe(ast.parse('y = 1').body[0].targets[0]))

# Constant values of every kind.
for s in ('1', '10**30', '100000000000000000000000', '1.5', '2j', '"s"', 'b"b"', 'None', 'True', '...', 'u"x"'):
    c = ast.parse(s, mode='eval').body
    print(type(c).__name__, repr(getattr(c, 'value', None)), c.kind if hasattr(c, 'kind') else '')
print(ast.dump(ast.parse('x', mode='eval')), ast.dump(ast.parse('x', mode='single')))
print(ast.dump(ast.parse('(int, str) -> list[int]', mode='func_type')))
print(isinstance(ast.parse('1', mode='eval').body, ast.Constant), ast.Num if False else '')
