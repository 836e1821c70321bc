# The Python half of pyk's `_ast` module (see astmod.rs): the node classes,
# built from the grammar table below, and AST's constructor and pickling.
# Compiled and run when `_ast` is first imported.

PyCF_ONLY_AST = 0x400
PyCF_TYPE_COMMENTS = 0x1000
PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000
PyCF_OPTIMIZED_AST = 0x8000 | 0x400

# Python 3.13's abstract grammar, one definition per paragraph:
# `name = Ctor(type name, ...) | Ctor2 ... attributes (...)` for a sum type,
# `name = (type name, ...) attributes (...)` for a product type.
# A type ending in `*` is a list, in `?` optional.
_GRAMMAR = '''
mod = Module(stmt* body, type_ignore* type_ignores)
    | Interactive(stmt* body)
    | Expression(expr body)
    | FunctionType(expr* argtypes, expr returns)

stmt = FunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment, type_param* type_params)
    | AsyncFunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment, type_param* type_params)
    | ClassDef(identifier name, expr* bases, keyword* keywords, stmt* body, expr* decorator_list, type_param* type_params)
    | Return(expr? value)
    | Delete(expr* targets)
    | Assign(expr* targets, expr value, string? type_comment)
    | TypeAlias(expr name, type_param* type_params, expr value)
    | AugAssign(expr target, operator op, expr value)
    | AnnAssign(expr target, expr annotation, expr? value, int simple)
    | For(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)
    | AsyncFor(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)
    | While(expr test, stmt* body, stmt* orelse)
    | If(expr test, stmt* body, stmt* orelse)
    | With(withitem* items, stmt* body, string? type_comment)
    | AsyncWith(withitem* items, stmt* body, string? type_comment)
    | Match(expr subject, match_case* cases)
    | Raise(expr? exc, expr? cause)
    | Try(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)
    | TryStar(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)
    | Assert(expr test, expr? msg)
    | Import(alias* names)
    | ImportFrom(identifier? module, alias* names, int? level)
    | Global(identifier* names)
    | Nonlocal(identifier* names)
    | Expr(expr value)
    | Pass
    | Break
    | Continue
    attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)

expr = BoolOp(boolop op, expr* values)
    | NamedExpr(expr target, expr value)
    | BinOp(expr left, operator op, expr right)
    | UnaryOp(unaryop op, expr operand)
    | Lambda(arguments args, expr body)
    | IfExp(expr test, expr body, expr orelse)
    | Dict(expr* keys, expr* values)
    | Set(expr* elts)
    | ListComp(expr elt, comprehension* generators)
    | SetComp(expr elt, comprehension* generators)
    | DictComp(expr key, expr value, comprehension* generators)
    | GeneratorExp(expr elt, comprehension* generators)
    | Await(expr value)
    | Yield(expr? value)
    | YieldFrom(expr value)
    | Compare(expr left, cmpop* ops, expr* comparators)
    | Call(expr func, expr* args, keyword* keywords)
    | FormattedValue(expr value, int conversion, expr? format_spec)
    | JoinedStr(expr* values)
    | Constant(constant value, string? kind)
    | Attribute(expr value, identifier attr, expr_context ctx)
    | Subscript(expr value, expr slice, expr_context ctx)
    | Starred(expr value, expr_context ctx)
    | Name(identifier id, expr_context ctx)
    | List(expr* elts, expr_context ctx)
    | Tuple(expr* elts, expr_context ctx)
    | Slice(expr? lower, expr? upper, expr? step)
    attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)

expr_context = Load | Store | Del

boolop = And | Or

operator = Add | Sub | Mult | MatMult | Div | Mod | Pow | LShift | RShift | BitOr | BitXor | BitAnd | FloorDiv

unaryop = Invert | Not | UAdd | USub

cmpop = Eq | NotEq | Lt | LtE | Gt | GtE | Is | IsNot | In | NotIn

comprehension = (expr target, expr iter, expr* ifs, int is_async)

excepthandler = ExceptHandler(expr? type, identifier? name, stmt* body)
    attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)

arguments = (arg* posonlyargs, arg* args, arg? vararg, arg* kwonlyargs, expr* kw_defaults, arg? kwarg, expr* defaults)

arg = (identifier arg, expr? annotation, string? type_comment)
    attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)

keyword = (identifier? arg, expr value)
    attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)

alias = (identifier name, identifier? asname)
    attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)

withitem = (expr context_expr, expr? optional_vars)

match_case = (pattern pattern, expr? guard, stmt* body)

pattern = MatchValue(expr value)
    | MatchSingleton(constant value)
    | MatchSequence(pattern* patterns)
    | MatchMapping(expr* keys, pattern* patterns, identifier? rest)
    | MatchClass(expr cls, pattern* patterns, identifier* kwd_attrs, pattern* kwd_patterns)
    | MatchStar(identifier? name)
    | MatchAs(pattern? pattern, identifier? name)
    | MatchOr(pattern* patterns)
    attributes (int lineno, int col_offset, int end_lineno, int end_col_offset)

type_ignore = TypeIgnore(int lineno, string tag)

type_param = TypeVar(identifier name, expr? bound, expr? default_value)
    | ParamSpec(identifier name, expr? default_value)
    | TypeVarTuple(identifier name, expr? default_value)
    attributes (int lineno, int col_offset, int end_lineno, int end_col_offset)
'''


def _build(g):
    _builtin_types = {'identifier': str, 'string': str, 'int': int, 'constant': object}
    _list_type = type(list[int])
    _union_type = type(int | None)
    _none_type = type(None)
    _missing = object()
    singletons = {}

    def warn(message):
        import warnings
        warnings.warn(message, DeprecationWarning, stacklevel=3)

    def full_name(cls):
        # CPython names its base class `ast.AST` in these messages (its
        # C-level type name) and every other class by its bare name.
        return 'ast.AST' if cls is AST else cls.__name__

    class AST:
        _fields = ()
        _attributes = ()
        __match_args__ = ()

        def __new__(cls, /, *args, **kwargs):
            # Node classes take their arguments in __init__; creation
            # accepts and ignores them (`Constant.__new__(cls, 42)` works).
            return object.__new__(cls)

        def __init__(self, *args, **kwargs):
            cls = type(self)
            fields = cls._fields
            nfields = len(fields)
            if len(args) > nfields:
                raise TypeError(f"{cls.__name__} constructor takes at most {nfields} "
                                f"positional argument{'' if nfields == 1 else 's'}")
            done = set()
            for name, value in zip(fields, args):
                setattr(self, name, value)
                done.add(name)
            if kwargs:
                attributes = cls._attributes
                for key, value in kwargs.items():
                    if key in done:
                        raise TypeError(f"{cls.__name__} got multiple values for argument {key!r}")
                    if key not in fields and key not in attributes:
                        warn(f"{full_name(cls)}.__init__ got an unexpected keyword argument {key!r}. "
                             "Support for arbitrary keyword arguments is deprecated and will be "
                             "removed in Python 3.15.")
                    setattr(self, key, value)
                    done.add(key)
            try:
                field_types = cls._field_types
            except AttributeError:
                return
            for name in fields:
                if name in done:
                    continue
                t = field_types.get(name, _missing)
                if t is _missing:
                    warn(f"Field {name!r} is missing from {full_name(cls)}._field_types. "
                         "This will become an error in Python 3.15.")
                elif type(t) is _list_type:
                    setattr(self, name, [])
                elif type(t) is _union_type and _none_type in t.__args__:
                    pass  # the class attribute (None) stands in
                elif t is expr_context:
                    setattr(self, name, singletons[Load])
                else:
                    warn(f"{full_name(cls)}.__init__ missing 1 required positional argument: {name!r}. "
                         "This will become an error in Python 3.15.")

        def __reduce__(self):
            d = self.__dict__
            n = 0
            for name in type(self)._fields:
                if name not in d:
                    break
                n += 1
            return type(self), (None,) * n, d

    AST.__module__ = 'ast'
    AST.__qualname__ = 'AST'
    g['AST'] = AST
    classes = {'AST': AST}

    def parse_fields(text):
        out = []
        for item in text.split(','):
            item = item.strip()
            if not item:
                continue
            typ, name = item.split()
            quant = ''
            if typ[-1] in '*?':
                typ, quant = typ[:-1], typ[-1]
            out.append((typ, quant, name))
        return out

    def signature(name, fields):
        if not fields:
            return name
        return name + '(' + ', '.join(f'{t}{q} {n}' for t, q, n in fields) + ')'

    def field_type(typ, quant):
        t = _builtin_types.get(typ) or classes[typ]
        if quant == '*':
            return list[t]
        if quant == '?':
            return t | None
        return t

    def make(name, base, fields, attributes, doc):
        ns = {'_fields': tuple(n for _, _, n in fields), '__module__': 'ast', '__doc__': doc}
        ns['__match_args__'] = ns['_fields']
        if attributes is not None:
            ns['_attributes'] = tuple(n for _, _, n in attributes)
            for _, q, n in attributes:
                if q == '?':
                    ns[n] = None
        for _, q, n in fields:
            if q == '?':
                ns[n] = None
        cls = type(name, (base,), ns)
        classes[name] = cls
        g[name] = cls
        return cls

    # The field types name classes defined further down, so they are filled
    # in once every class exists.
    pending = []
    for para in _GRAMMAR.strip().split('\n\n'):
        text = ' '.join(line.strip() for line in para.splitlines())
        name, _, rhs = text.partition(' = ')
        rhs, _, attrs = rhs.partition('attributes')
        rhs = rhs.strip()
        attributes = parse_fields(attrs.strip()[1:-1]) if attrs else []
        if rhs.startswith('('):
            fields = parse_fields(rhs[1:-1])
            cls = make(name, AST, fields, attributes, signature(name, fields))
            pending.append((cls, fields))
            continue
        ctors = []
        for part in rhs.split('|'):
            part = part.strip()
            cname, _, ftext = part.partition('(')
            ctors.append((cname, parse_fields(ftext[:-1]) if ftext else []))
        sigs = [signature(c, f) for c, f in ctors]
        if all(not f for _, f in ctors):
            doc = name + ' = ' + ' | '.join(sigs)
        else:
            doc = name + ' = ' + ('\n' + ' ' * (len(name) + 1) + '| ').join(sigs)
        base = make(name, AST, [], attributes, doc)
        for cname, fields in ctors:
            cls = make(cname, base, fields, None, signature(cname, fields))
            pending.append((cls, fields))
            if not fields:
                singletons[cls] = cls()
    for cls, fields in pending:
        types = {n: field_type(t, q) for t, q, n in fields}
        cls._field_types = types
        cls.__annotations__ = types
    expr_context = classes['expr_context']
    Load = classes['Load']
    return singletons


_singletons = _build(globals())
del _build, _GRAMMAR


def _optimize(tree, optimize):
    # CPython 3.13's AST optimizer, as compile(..., PyCF_OPTIMIZED_AST)
    # applies it: constants folded bottom-up within its size limits, `not`
    # folded into a single is/in comparison, literal lists and sets after
    # `in` and as loop iterables made tuples and frozensets, `__debug__`
    # made a constant, and `'...%s...' % (x, ...)` with only simple %s, %r
    # and %a units made an f-string. Returns a new tree (the input is not
    # changed).
    MAX_INT_SIZE, MAX_COLLECTION_SIZE, MAX_STR_SIZE, MAX_TOTAL_ITEMS = 128, 256, 4096, 1024

    def is_const(n):
        return type(n) is Constant

    def make_const(node, value):
        new = Constant(value=value, kind=None)
        for a in node._attributes:
            if hasattr(node, a):
                setattr(new, a, getattr(node, a))
        return new

    def complexity(obj, limit):
        if type(obj) in (tuple, frozenset):
            limit -= len(obj)
            for item in obj:
                if limit < 0:
                    break
                limit = complexity(item, limit)
        return limit

    def safe_multiply(v, w):
        if isinstance(v, int) and isinstance(w, int) and v and w:
            if v.bit_length() + w.bit_length() > MAX_INT_SIZE:
                raise OverflowError
        elif isinstance(v, int) and type(w) in (tuple, frozenset):
            if w:
                if v < 0 or v > MAX_COLLECTION_SIZE // len(w):
                    raise OverflowError
                if v and complexity(w, MAX_TOTAL_ITEMS // v) < 0:
                    raise OverflowError
        elif isinstance(v, int) and isinstance(w, (str, bytes)):
            if w and (v < 0 or v > MAX_STR_SIZE // len(w)):
                raise OverflowError
        elif isinstance(w, int) and isinstance(v, (tuple, frozenset, str, bytes)):
            return safe_multiply(w, v)
        return v * w

    def safe_power(v, w):
        if isinstance(v, int) and isinstance(w, int) and v and w > 0:
            if v.bit_length() > MAX_INT_SIZE // w:
                raise OverflowError
        return v ** w

    def safe_lshift(v, w):
        if isinstance(v, int) and isinstance(w, int) and v and w:
            if w > MAX_INT_SIZE or v.bit_length() > MAX_INT_SIZE - w:
                raise OverflowError
        return v << w

    def safe_mod(v, w):
        if isinstance(v, (str, bytes)):
            raise TypeError
        return v % w

    binops = {
        Add: lambda a, b: a + b, Sub: lambda a, b: a - b, Mult: safe_multiply,
        Div: lambda a, b: a / b, FloorDiv: lambda a, b: a // b, Mod: safe_mod,
        Pow: safe_power, LShift: safe_lshift, RShift: lambda a, b: a >> b,
        BitOr: lambda a, b: a | b, BitXor: lambda a, b: a ^ b, BitAnd: lambda a, b: a & b,
    }
    unops = {Invert: lambda a: ~a, Not: lambda a: not a, UAdd: lambda a: +a, USub: lambda a: -a}
    negated = {Is: IsNot, IsNot: Is, In: NotIn, NotIn: In}

    def folded(node, compute):
        try:
            return make_const(node, compute())
        except KeyboardInterrupt:
            raise
        except Exception:
            return node

    def fold_iter(node):
        if type(node) is List:
            if any(type(e) is Starred for e in node.elts):
                return node
            node = copy_as(Tuple, node, elts=node.elts, ctx=node.ctx)
            if all(is_const(e) for e in node.elts):
                return make_const(node, tuple(e.value for e in node.elts))
        elif type(node) is Set:
            if all(is_const(e) for e in node.elts):
                return make_const(node, frozenset(e.value for e in node.elts))
        return node

    def copy_as(cls, node, **fields):
        new = cls(**fields)
        for a in node._attributes:
            if hasattr(node, a):
                setattr(new, a, getattr(node, a))
        return new

    def nowhere(value):
        c = Constant(value=value, kind=None)
        c.lineno = c.col_offset = c.end_lineno = c.end_col_offset = -1
        return c

    def number(fmt, ch, pos):
        # The digits starting with `ch` (fmt[pos] follows it), at most two:
        # (value, the character after them, new pos), or None when the
        # unit ends there or has three digits (left unoptimized).
        value = digits = 0
        while '0' <= ch <= '9':
            value = value * 10 + int(ch)
            if pos >= len(fmt):
                return None
            ch = fmt[pos]
            pos += 1
            digits += 1
            if digits >= 3:
                return None
        return value, ch, pos

    def format_unit(fmt, pos, arg):
        # One `%...` unit after the '%': (FormattedValue, new pos) or None.
        n = len(fmt)
        flags = set()
        width = prec = -1
        if pos >= n:
            return None
        ch = fmt[pos]
        pos += 1
        while ch in '-+ #0':
            flags.add(ch)
            if pos >= n:
                return None
            ch = fmt[pos]
            pos += 1
        if '0' <= ch <= '9':
            got = number(fmt, ch, pos)
            if got is None:
                return None
            width, ch, pos = got
        if ch == '.':
            if pos >= n:
                return None
            got = number(fmt, fmt[pos], pos + 1)
            if got is None:
                return None
            prec, ch, pos = got
        if ch not in 'sra':
            return None
        spec = ''
        if '-' not in flags and width > 0:
            spec += '>'
        if width >= 0:
            spec += str(width)
        if prec >= 0:
            spec += '.' + str(prec)
        fv = FormattedValue(value=arg, conversion=ord(ch), format_spec=nowhere(spec) if spec else None)
        for a in ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'):
            if hasattr(arg, a):
                setattr(fv, a, getattr(arg, a))
        return fv, pos

    def optimize_format(node, fmt, elts):
        values, pos, cnt, n = [], 0, 0, len(fmt)
        while True:
            start = pos
            while pos < n:
                if fmt[pos] != '%':
                    pos += 1
                elif pos + 1 < n and fmt[pos + 1] == '%':
                    pos += 2
                else:
                    break
            if pos > start:
                values.append(nowhere(fmt[start:pos].replace('%%', '%')))
            if pos >= n:
                break
            if cnt >= len(elts):
                return node
            unit = format_unit(fmt, pos + 1, elts[cnt])
            cnt += 1
            if unit is None:
                return node
            values.append(unit[0])
            pos = unit[1]
        if cnt < len(elts):
            return node
        return copy_as(JoinedStr, node, values=values)

    def fold(node):
        t = type(node)
        if t is BinOp:
            l, r = node.left, node.right
            if (is_const(l) and type(node.op) is Mod and type(r) is Tuple and isinstance(l.value, str)
                    and not any(type(e) is Starred for e in r.elts)):
                return optimize_format(node, l.value, r.elts)
            if not is_const(l) or not is_const(r) or type(node.op) not in binops:
                return node
            return folded(node, lambda: binops[type(node.op)](l.value, r.value))
        if t is UnaryOp:
            a = node.operand
            if not is_const(a):
                if type(node.op) is Not and type(a) is Compare and len(a.ops) == 1 and type(a.ops[0]) in negated:
                    a.ops = [negated[type(a.ops[0])]()]
                    return a
                return node
            return folded(node, lambda: unops[type(node.op)](a.value))
        if t is Tuple:
            if type(node.ctx) is Load and all(is_const(e) for e in node.elts):
                return make_const(node, tuple(e.value for e in node.elts))
            return node
        if t is Subscript:
            if is_const(node.value) and is_const(node.slice):
                return folded(node, lambda: node.value.value[node.slice.value])
            return node
        if t is Compare:
            if node.ops and type(node.ops[-1]) in (In, NotIn):
                node.comparators[-1] = fold_iter(node.comparators[-1])
            return node
        if t in (For, AsyncFor, comprehension):
            node.iter = fold_iter(node.iter)
            return node
        if t is Name and node.id == '__debug__' and type(node.ctx) is Load:
            return make_const(node, not optimize)
        return node

    def visit(node):
        if isinstance(node, list):
            return [visit(x) for x in node]
        if not isinstance(node, AST):
            return node
        new = type(node).__new__(type(node))
        for name in node._fields:
            if hasattr(node, name):
                setattr(new, name, visit(getattr(node, name)))
        for name in node._attributes:
            if hasattr(node, name):
                setattr(new, name, getattr(node, name))
        return fold(new)

    return visit(tree)
