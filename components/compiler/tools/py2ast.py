"""Encode Python source into pyk's AST wire format (abi/src/ast.rs) using
CPython's own parser. A development tool for the compiler's tests: it lets
fixtures be written as Python source while the pyk parser is in progress.

usage: python3.13 py2ast.py SRC.py [OUT.ast] [--mode exec|eval|single]
"""
import ast
import struct
import sys

STMT = ["FunctionDef", "AsyncFunctionDef", "ClassDef", "Return", "Delete", "Assign", "TypeAlias",
        "AugAssign", "AnnAssign", "For", "AsyncFor", "While", "If", "With", "AsyncWith", "Match",
        "Raise", "Try", "TryStar", "Assert", "Import", "ImportFrom", "Global", "Nonlocal", "Expr",
        "Pass", "Break", "Continue"]
EXPR = ["BoolOp", "NamedExpr", "BinOp", "UnaryOp", "Lambda", "IfExp", "Dict", "Set", "ListComp",
        "SetComp", "DictComp", "GeneratorExp", "Await", "Yield", "YieldFrom", "Compare", "Call",
        "FormattedValue", "JoinedStr", "Constant", "Attribute", "Subscript", "Starred", "Name",
        "List", "Tuple", "Slice"]
PATTERN = ["MatchValue", "MatchSingleton", "MatchSequence", "MatchMapping", "MatchClass",
           "MatchStar", "MatchAs", "MatchOr"]
TYPEPARAM = ["TypeVar", "ParamSpec", "TypeVarTuple"]
UNIT = {
    "ctx": ["Load", "Store", "Del"],
    "boolop": ["And", "Or"],
    "op": ["Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow", "LShift", "RShift", "BitOr",
           "BitXor", "BitAnd", "FloorDiv"],
    "unaryop": ["Invert", "Not", "UAdd", "USub"],
    "cmpop": ["Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"],
}

# field kinds: s=str, S=opt str, e=expr, E=opt expr, le=list expr, lE=list opt expr,
# st=list stmt, b=bool, u=u32, i=i32, c=constant, and named struct kinds
FIELDS = {
    "FunctionDef": [("name", "s"), ("args", "arguments"), ("body", "st"), ("decorator_list", "le"), ("returns", "E"), ("type_comment", "S"), ("type_params", "ltp")],
    "ClassDef": [("name", "s"), ("bases", "le"), ("keywords", "lkw"), ("body", "st"), ("decorator_list", "le"), ("type_params", "ltp")],
    "Return": [("value", "E")],
    "Delete": [("targets", "le")],
    "Assign": [("targets", "le"), ("value", "e"), ("type_comment", "S")],
    "TypeAlias": [("name", "e"), ("type_params", "ltp"), ("value", "e")],
    "AugAssign": [("target", "e"), ("op", "op"), ("value", "e")],
    "AnnAssign": [("target", "e"), ("annotation", "e"), ("value", "E"), ("simple", "b")],
    "For": [("target", "e"), ("iter", "e"), ("body", "st"), ("orelse", "st"), ("type_comment", "S")],
    "While": [("test", "e"), ("body", "st"), ("orelse", "st")],
    "If": [("test", "e"), ("body", "st"), ("orelse", "st")],
    "With": [("items", "lwi"), ("body", "st"), ("type_comment", "S")],
    "Match": [("subject", "e"), ("cases", "lmc")],
    "Raise": [("exc", "E"), ("cause", "E")],
    "Try": [("body", "st"), ("handlers", "leh"), ("orelse", "st"), ("finalbody", "st")],
    "Assert": [("test", "e"), ("msg", "E")],
    "Import": [("names", "lal")],
    "ImportFrom": [("module", "S"), ("names", "lal"), ("level", "u")],
    "Global": [("names", "ls")],
    "Expr": [("value", "e")],
    "Pass": [], "Break": [], "Continue": [],
    "BoolOp": [("op", "boolop"), ("values", "le")],
    "NamedExpr": [("target", "e"), ("value", "e")],
    "BinOp": [("left", "e"), ("op", "op"), ("right", "e")],
    "UnaryOp": [("op", "unaryop"), ("operand", "e")],
    "Lambda": [("args", "arguments"), ("body", "e")],
    "IfExp": [("test", "e"), ("body", "e"), ("orelse", "e")],
    "Dict": [("keys", "lE"), ("values", "le")],
    "Set": [("elts", "le")],
    "ListComp": [("elt", "e"), ("generators", "lcomp")],
    "DictComp": [("key", "e"), ("value", "e"), ("generators", "lcomp")],
    "Await": [("value", "e")],
    "Yield": [("value", "E")],
    "YieldFrom": [("value", "e")],
    "Compare": [("left", "e"), ("ops", "lcmpop"), ("comparators", "le")],
    "Call": [("func", "e"), ("args", "le"), ("keywords", "lkw")],
    "FormattedValue": [("value", "e"), ("conversion", "i"), ("format_spec", "E")],
    "JoinedStr": [("values", "le")],
    "Constant": [("value", "c"), ("kind", "S")],
    "Attribute": [("value", "e"), ("attr", "s"), ("ctx", "ctx")],
    "Subscript": [("value", "e"), ("slice", "e"), ("ctx", "ctx")],
    "Starred": [("value", "e"), ("ctx", "ctx")],
    "Name": [("id", "s"), ("ctx", "ctx")],
    "List": [("elts", "le"), ("ctx", "ctx")],
    "Slice": [("lower", "E"), ("upper", "E"), ("step", "E")],
    "MatchValue": [("value", "e")],
    "MatchSingleton": [("value", "c")],
    "MatchSequence": [("patterns", "lpat")],
    "MatchMapping": [("keys", "le"), ("patterns", "lpat"), ("rest", "S")],
    "MatchClass": [("cls", "e"), ("patterns", "lpat"), ("kwd_attrs", "ls"), ("kwd_patterns", "lpat")],
    "MatchStar": [("name", "S")],
    "MatchAs": [("pattern", "Epat"), ("name", "S")],
    "MatchOr": [("patterns", "lpat")],
    "TypeVar": [("name", "s"), ("bound", "E"), ("default_value", "E")],
    "ParamSpec": [("name", "s"), ("default_value", "E")],
    "TypeVarTuple": [("name", "s"), ("default_value", "E")],
}
FIELDS["AsyncFunctionDef"] = FIELDS["FunctionDef"]
FIELDS["AsyncFor"] = FIELDS["For"]
FIELDS["AsyncWith"] = FIELDS["With"]
FIELDS["TryStar"] = FIELDS["Try"]
FIELDS["Nonlocal"] = FIELDS["Global"]
FIELDS["SetComp"] = FIELDS["ListComp"]
FIELDS["GeneratorExp"] = FIELDS["ListComp"]
FIELDS["Tuple"] = FIELDS["List"]


class W:
    def __init__(self):
        self.b = bytearray()

    def u8(self, v): self.b += struct.pack("<B", v)
    def u32(self, v): self.b += struct.pack("<I", v)
    def i32(self, v): self.b += struct.pack("<i", v)
    def i64(self, v): self.b += struct.pack("<q", v)
    def f64(self, v): self.b += struct.pack("<d", v)

    def str(self, s):
        data = s.encode("utf-8", "surrogatepass")
        self.u32(len(data))
        self.b += data

    def loc(self, n):
        for f in ("lineno", "col_offset", "end_lineno", "end_col_offset"):
            v = getattr(n, f, None)
            self.u32(v if v is not None else 0)

    def const(self, v):
        if v is None: self.u8(0)
        elif v is True: self.u8(1)
        elif v is False: self.u8(2)
        elif v is Ellipsis: self.u8(3)
        elif isinstance(v, int):
            if -2**63 <= v < 2**63:
                self.u8(4); self.i64(v)
            else:
                self.u8(5); self.str(str(v))
        elif isinstance(v, float): self.u8(6); self.f64(v)
        elif isinstance(v, complex): self.u8(7); self.f64(v.real); self.f64(v.imag)
        elif isinstance(v, str): self.u8(8); self.str(v)
        elif isinstance(v, bytes):
            self.u8(9); self.u32(len(v)); self.b += v
        elif isinstance(v, tuple):
            self.u8(10); self.u32(len(v))
            for x in v: self.const(x)
        elif isinstance(v, frozenset):
            self.u8(11); self.u32(len(v))
            for x in v: self.const(x)
        else:
            raise TypeError(v)

    def field(self, kind, v):
        if kind == "s": self.str(v)
        elif kind == "S":
            if v is None: self.u8(0)
            else: self.u8(1); self.str(v)
        elif kind == "e": self.expr(v)
        elif kind == "E":
            if v is None: self.u8(0)
            else: self.u8(1); self.expr(v)
        elif kind == "Epat":
            if v is None: self.u8(0)
            else: self.u8(1); self.pattern(v)
        elif kind == "st": self.seq(v, self.stmt)
        elif kind == "b": self.u8(1 if v else 0)
        elif kind == "u": self.u32(v or 0)
        elif kind == "i": self.i32(v)
        elif kind == "c": self.const(v)
        elif kind in UNIT: self.u8(UNIT[kind].index(type(v).__name__))
        elif kind == "arguments": self.arguments(v)
        elif kind.startswith("l"):
            k = kind[1:]
            self.u32(len(v))
            for x in v: self.item(k, x)
        else:
            raise ValueError(kind)

    def item(self, k, x):
        if k == "e": self.expr(x)
        elif k == "E": self.field("E", x)
        elif k == "s": self.str(x)
        elif k == "kw":
            self.field("S", x.arg); self.expr(x.value); self.loc(x)
        elif k == "tp": self.typeparam(x)
        elif k == "wi":
            self.expr(x.context_expr); self.field("E", x.optional_vars)
        elif k == "mc":
            self.pattern(x.pattern); self.field("E", x.guard); self.seq(x.body, self.stmt)
        elif k == "eh":
            self.field("E", x.type); self.field("S", x.name); self.seq(x.body, self.stmt); self.loc(x)
        elif k == "al":
            self.str(x.name); self.field("S", x.asname); self.loc(x)
        elif k == "comp":
            self.expr(x.target); self.expr(x.iter); self.seq(x.ifs, self.expr); self.u8(1 if x.is_async else 0)
        elif k == "cmpop": self.u8(UNIT["cmpop"].index(type(x).__name__))
        elif k == "pat": self.pattern(x)
        else:
            raise ValueError(k)

    def seq(self, v, f):
        self.u32(len(v))
        for x in v: f(x)

    def arg(self, a):
        self.str(a.arg); self.field("E", a.annotation); self.field("S", a.type_comment); self.loc(a)

    def arguments(self, a):
        self.seq(a.posonlyargs, self.arg)
        self.seq(a.args, self.arg)
        if a.vararg is None: self.u8(0)
        else: self.u8(1); self.arg(a.vararg)
        self.seq(a.kwonlyargs, self.arg)
        self.u32(len(a.kw_defaults))
        for d in a.kw_defaults: self.field("E", d)
        if a.kwarg is None: self.u8(0)
        else: self.u8(1); self.arg(a.kwarg)
        self.seq(a.defaults, self.expr)

    def node(self, names, n):
        name = type(n).__name__
        self.u8(names.index(name))
        for f, k in FIELDS[name]:
            self.field(k, getattr(n, f))
        self.loc(n)

    def stmt(self, n): self.node(STMT, n)
    def expr(self, n): self.node(EXPR, n)
    def pattern(self, n): self.node(PATTERN, n)
    def typeparam(self, n): self.node(TYPEPARAM, n)


def encode(tree):
    w = W()
    w.b += b"PKAS"
    w.u32(1)
    if isinstance(tree, ast.Module):
        w.u8(0); w.seq(tree.body, w.stmt); w.u32(len(tree.type_ignores))
        for t in tree.type_ignores: w.u32(t.lineno); w.str(t.tag)
    elif isinstance(tree, ast.Interactive):
        w.u8(1); w.seq(tree.body, w.stmt)
    elif isinstance(tree, ast.Expression):
        w.u8(2); w.expr(tree.body)
    return bytes(w.b)


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    mode = "exec"
    if "--mode" in sys.argv:
        mode = sys.argv[sys.argv.index("--mode") + 1]
        args = [a for a in args if a != mode]
    src = open(args[0], encoding="utf-8").read()
    data = encode(ast.parse(src, args[0], mode))
    out = args[1] if len(args) > 1 else args[0].rsplit(".", 1)[0] + ".ast"
    with open(out, "wb") as f:
        f.write(data)


if __name__ == "__main__":
    main()
