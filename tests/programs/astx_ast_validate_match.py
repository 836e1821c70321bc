# compile() of hand-built trees: CPython's validator for match patterns
# and the order in which comprehensions are checked.
import ast

L, S = ast.Load(), ast.Store()


def name(n, ctx=L):
    return ast.Name(n, ctx)


def const(v):
    return ast.Constant(v)


def case(pattern):
    m = ast.Match(subject=name("subj"), cases=[ast.match_case(pattern=pattern, body=[ast.Pass()])])
    return ast.fix_missing_locations(ast.Module([m], []))


def run(label, tree):
    try:
        compile(tree, "<tree>", "exec")
    except (ValueError, TypeError, SyntaxError) as e:
        print(f"{label}: {type(e).__name__}: {e}")
    else:
        print(f"{label}: compiled")


one = ast.MatchValue(const(1))
cap = ast.MatchAs(name="cap")
cls = name("Point")
patterns = {
    "value store inside": ast.MatchValue(ast.Attribute(name("a", S), "b", L)),
    "value ellipsis": ast.MatchValue(const(...)),
    "value bool": ast.MatchValue(const(False)),
    "value none": ast.MatchValue(const(None)),
    "value tuple": ast.MatchValue(const((4, 5))),
    "value frozenset": ast.MatchValue(const(frozenset())),
    "value name": ast.MatchValue(name("plain")),
    "value call": ast.MatchValue(ast.Call(name("f"), [], [])),
    "value int": ast.MatchValue(const(7)),
    "value str": ast.MatchValue(const("s")),
    "value bytes": ast.MatchValue(const(b"b")),
    "value attr": ast.MatchValue(ast.Attribute(name("mod"), "X", L)),
    "value neg": ast.MatchValue(ast.UnaryOp(ast.USub(), const(3))),
    "value neg imag": ast.MatchValue(ast.UnaryOp(ast.USub(), const(3j))),
    "value pos": ast.MatchValue(ast.UnaryOp(ast.UAdd(), const(3))),
    "value neg str": ast.MatchValue(ast.UnaryOp(ast.USub(), const("x"))),
    "value complex": ast.MatchValue(ast.BinOp(const(1), ast.Add(), const(2j))),
    "value neg complex": ast.MatchValue(ast.BinOp(ast.UnaryOp(ast.USub(), const(1.5)), ast.Sub(), const(2j))),
    "value complex swapped": ast.MatchValue(ast.BinOp(const(2j), ast.Add(), const(1))),
    "value complex mult": ast.MatchValue(ast.BinOp(const(1), ast.Mult(), const(2j))),
    "singleton str": ast.MatchSingleton("no"),
    "nested singleton": ast.MatchSequence([ast.MatchSequence([ast.MatchSingleton(3)])]),
    "mapping mismatch": ast.MatchMapping([const(1), const(2)], [cap]),
    "mapping rest True": ast.MatchMapping([const(1)], [cap], rest="True"),
    "mapping rest _": ast.MatchMapping([], [], rest="_"),
    "mapping starred key": ast.MatchMapping([const(None), ast.Starred(name("k"), L)], [one, cap], rest="r"),
    "mapping bool keys": ast.MatchMapping([const(True), const(None)], [one, cap]),
    "mapping star value": ast.MatchMapping([const(1)], [ast.MatchStar("s")]),
    "class call cls": ast.MatchClass(ast.Call(name("f"), [], []), patterns=[], kwd_attrs=[], kwd_patterns=[]),
    "class const root": ast.MatchClass(ast.Attribute(const(1), "y", L), patterns=[], kwd_attrs=[], kwd_patterns=[]),
    "class kwd None": ast.MatchClass(cls, patterns=[], kwd_attrs=["None"], kwd_patterns=[one]),
    "class kwd mismatch": ast.MatchClass(cls, patterns=[], kwd_attrs=[], kwd_patterns=[one]),
    "class star": ast.MatchClass(cls, patterns=[ast.MatchStar()], kwd_attrs=[], kwd_patterns=[]),
    "class kwd star": ast.MatchClass(cls, patterns=[], kwd_attrs=["k"], kwd_patterns=[ast.MatchStar()]),
    "class ok": ast.MatchClass(ast.Attribute(name("m"), "P", L), patterns=[one], kwd_attrs=["k"], kwd_patterns=[cap]),
    "sequence star True": ast.MatchSequence([ast.MatchStar("True")]),
    "sequence star _": ast.MatchSequence([ast.MatchStar("_")]),
    "sequence star ok": ast.MatchSequence([one, ast.MatchStar("rest")]),
    "top star": ast.MatchStar(name="s"),
    "as False": ast.MatchAs(name="False"),
    "as _": ast.MatchAs(name="_"),
    "as pattern no name": ast.MatchAs(pattern=one),
    "as nested star": ast.MatchAs(pattern=ast.MatchStar("x"), name="y"),
    "or empty": ast.MatchOr([]),
    "or one": ast.MatchOr([one]),
    "or bad member": ast.MatchOr([one, ast.MatchSingleton("z")]),
    "or star": ast.MatchSequence([ast.MatchOr([one, ast.MatchStar("x")])]),
}
for label, p in patterns.items():
    run(label, case(p))

# Comprehensions: the generators are checked before the element.
for fac in (ast.ListComp, ast.SetComp, ast.GeneratorExp):
    bad_elt = name("e", S)
    run(fac.__name__ + " no generators", ast.fix_missing_locations(ast.Module([ast.Expr(fac(bad_elt, []))], [])))
    g = ast.comprehension(name("t", L), name("i"), [], 0)
    run(fac.__name__ + " load target", ast.fix_missing_locations(ast.Module([ast.Expr(fac(bad_elt, [g]))], [])))
    g = ast.comprehension(name("t", S), name("i"), [None], 0)
    run(fac.__name__ + " None if", ast.fix_missing_locations(ast.Module([ast.Expr(fac(bad_elt, [g]))], [])))
g = ast.comprehension(name("t", S), name("i"), [], 0)
run("DictComp store value", ast.fix_missing_locations(ast.Module([ast.Expr(ast.DictComp(name("k"), name("v", S), [g]))], [])))
run("DictComp no generators", ast.fix_missing_locations(ast.Module([ast.Expr(ast.DictComp(name("k", S), name("v"), []))], [])))
