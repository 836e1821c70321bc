import ast, warnings, copy, pickle
n = ast.Constant.__new__(ast.Constant, 42)
print(type(n).__name__, hasattr(n, "value"))
m = ast.AST.__new__(ast.Name, 1, x=2)
print(type(m).__name__, vars(m))
class C(ast.Constant):
    def __new__(cls, v):
        return ast.Constant.__new__(cls, v)
c = C(5)
print(type(c).__name__, c.value)
print(ast.dump(copy.deepcopy(ast.parse("a + 1"))) == ast.dump(ast.parse("a + 1")))
print(ast.dump(pickle.loads(pickle.dumps(ast.parse("f(x)")))) == ast.dump(ast.parse("f(x)")))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    class N(ast.Num):
        pass
    k = N(42)
    print(type(k).__name__, k.value, [str(x.message)[:40] for x in w])
import ast; print(ast.MatchClass(cls=ast.Name("C")).cls.id, ast.AST.__new__(ast.MatchClass, cls=1).__class__.__name__)
