//! `ast.dump(tree, include_attributes=True)` exactly as CPython 3.13 prints
//! it: fields in ASDL order, `None` optional fields and empty lists omitted
//! (except `Constant.value` and `MatchSingleton.value`), then the position
//! attributes.

use pyk_abi::ast::*;

pub fn dump_mod(m: &Mod) -> String {
    let mut o = String::with_capacity(4096);
    match m {
        Mod::Module { body, type_ignores } => {
            o.push_str("Module(");
            let mut f = F::new();
            f.stmts(&mut o, "body", body);
            if !type_ignores.is_empty() {
                f.key(&mut o, "type_ignores");
                list(&mut o, type_ignores, |o, t| {
                    o.push_str(&format!("TypeIgnore(lineno={}, tag=", t.lineno));
                    str_repr(o, &t.tag);
                    o.push(')');
                });
            }
            o.push(')');
        }
        Mod::Interactive { body } => {
            o.push_str("Interactive(");
            let mut f = F::new();
            f.stmts(&mut o, "body", body);
            o.push(')');
        }
        Mod::Expression { body } => {
            o.push_str("Expression(body=");
            expr(&mut o, body);
            o.push(')');
        }
        Mod::FunctionType { argtypes, returns } => {
            o.push_str("FunctionType(");
            let mut f = F::new();
            f.exprs(&mut o, "argtypes", argtypes);
            f.key(&mut o, "returns");
            expr(&mut o, returns);
            o.push(')');
        }
    }
    o
}

/// Field separator state for one node.
struct F {
    first: bool,
}

impl F {
    fn new() -> F {
        F { first: true }
    }

    fn key(&mut self, o: &mut String, k: &str) {
        if !self.first {
            o.push_str(", ");
        }
        self.first = false;
        o.push_str(k);
        o.push('=');
    }

    fn stmts(&mut self, o: &mut String, k: &str, v: &[Stmt]) {
        if v.is_empty() {
            return;
        }
        self.key(o, k);
        list(o, v, stmt);
    }

    fn exprs(&mut self, o: &mut String, k: &str, v: &[Expr]) {
        if v.is_empty() {
            return;
        }
        self.key(o, k);
        list(o, v, expr);
    }

    fn expr(&mut self, o: &mut String, k: &str, e: &Expr) {
        self.key(o, k);
        expr(o, e);
    }

    fn opt_expr(&mut self, o: &mut String, k: &str, e: &Option<Box<Expr>>) {
        if let Some(e) = e {
            self.key(o, k);
            expr(o, e);
        }
    }

    fn ident(&mut self, o: &mut String, k: &str, s: &str) {
        self.key(o, k);
        str_repr(o, s);
    }

    fn opt_ident(&mut self, o: &mut String, k: &str, s: &Option<String>) {
        if let Some(s) = s {
            self.ident(o, k, s);
        }
    }

    fn raw(&mut self, o: &mut String, k: &str, v: &str) {
        self.key(o, k);
        o.push_str(v);
    }

    fn idents(&mut self, o: &mut String, k: &str, v: &[String]) {
        if v.is_empty() {
            return;
        }
        self.key(o, k);
        list(o, v, |o, s| str_repr(o, s));
    }

    fn loc(&mut self, o: &mut String, l: &Loc) {
        self.raw(o, "lineno", &l.lineno.to_string());
        self.raw(o, "col_offset", &l.col_offset.to_string());
        self.raw(o, "end_lineno", &l.end_lineno.to_string());
        self.raw(o, "end_col_offset", &l.end_col_offset.to_string());
    }

    fn type_params(&mut self, o: &mut String, v: &[TypeParam]) {
        if v.is_empty() {
            return;
        }
        self.key(o, "type_params");
        list(o, v, type_param);
    }
}

fn list<T>(o: &mut String, v: &[T], each: impl Fn(&mut String, &T)) {
    o.push('[');
    for (i, x) in v.iter().enumerate() {
        if i > 0 {
            o.push_str(", ");
        }
        each(o, x);
    }
    o.push(']');
}

fn ctx(c: ExprContext) -> &'static str {
    match c {
        ExprContext::Load => "Load()",
        ExprContext::Store => "Store()",
        ExprContext::Del => "Del()",
    }
}

fn stmt(o: &mut String, s: &Stmt) {
    let mut f = F::new();
    match &s.node {
        StmtKind::FunctionDef { name, args, body, decorator_list, returns, type_comment, type_params }
        | StmtKind::AsyncFunctionDef { name, args, body, decorator_list, returns, type_comment, type_params } => {
            o.push_str(if matches!(s.node, StmtKind::FunctionDef { .. }) { "FunctionDef(" } else { "AsyncFunctionDef(" });
            f.ident(o, "name", name);
            f.key(o, "args");
            arguments(o, args);
            f.stmts(o, "body", body);
            f.exprs(o, "decorator_list", decorator_list);
            f.opt_expr(o, "returns", returns);
            f.opt_ident(o, "type_comment", type_comment);
            f.type_params(o, type_params);
        }
        StmtKind::ClassDef { name, bases, keywords, body, decorator_list, type_params } => {
            o.push_str("ClassDef(");
            f.ident(o, "name", name);
            f.exprs(o, "bases", bases);
            if !keywords.is_empty() {
                f.key(o, "keywords");
                list(o, keywords, keyword);
            }
            f.stmts(o, "body", body);
            f.exprs(o, "decorator_list", decorator_list);
            f.type_params(o, type_params);
        }
        StmtKind::Return { value } => {
            o.push_str("Return(");
            f.opt_expr(o, "value", value);
        }
        StmtKind::Delete { targets } => {
            o.push_str("Delete(");
            f.exprs(o, "targets", targets);
        }
        StmtKind::Assign { targets, value, type_comment } => {
            o.push_str("Assign(");
            f.exprs(o, "targets", targets);
            f.expr(o, "value", value);
            f.opt_ident(o, "type_comment", type_comment);
        }
        StmtKind::TypeAlias { name, type_params, value } => {
            o.push_str("TypeAlias(");
            f.expr(o, "name", name);
            f.type_params(o, type_params);
            f.expr(o, "value", value);
        }
        StmtKind::AugAssign { target, op, value } => {
            o.push_str("AugAssign(");
            f.expr(o, "target", target);
            f.raw(o, "op", &format!("{}()", op.name()));
            f.expr(o, "value", value);
        }
        StmtKind::AnnAssign { target, annotation, value, simple } => {
            o.push_str("AnnAssign(");
            f.expr(o, "target", target);
            f.expr(o, "annotation", annotation);
            f.opt_expr(o, "value", value);
            f.raw(o, "simple", if *simple { "1" } else { "0" });
        }
        StmtKind::For { target, iter, body, orelse, type_comment } | StmtKind::AsyncFor { target, iter, body, orelse, type_comment } => {
            o.push_str(if matches!(s.node, StmtKind::For { .. }) { "For(" } else { "AsyncFor(" });
            f.expr(o, "target", target);
            f.expr(o, "iter", iter);
            f.stmts(o, "body", body);
            f.stmts(o, "orelse", orelse);
            f.opt_ident(o, "type_comment", type_comment);
        }
        StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
            o.push_str(if matches!(s.node, StmtKind::While { .. }) { "While(" } else { "If(" });
            f.expr(o, "test", test);
            f.stmts(o, "body", body);
            f.stmts(o, "orelse", orelse);
        }
        StmtKind::With { items, body, type_comment } | StmtKind::AsyncWith { items, body, type_comment } => {
            o.push_str(if matches!(s.node, StmtKind::With { .. }) { "With(" } else { "AsyncWith(" });
            if !items.is_empty() {
                f.key(o, "items");
                list(o, items, withitem);
            }
            f.stmts(o, "body", body);
            f.opt_ident(o, "type_comment", type_comment);
        }
        StmtKind::Match { subject, cases } => {
            o.push_str("Match(");
            f.expr(o, "subject", subject);
            if !cases.is_empty() {
                f.key(o, "cases");
                list(o, cases, match_case);
            }
        }
        StmtKind::Raise { exc, cause } => {
            o.push_str("Raise(");
            f.opt_expr(o, "exc", exc);
            f.opt_expr(o, "cause", cause);
        }
        StmtKind::Try { body, handlers, orelse, finalbody } | StmtKind::TryStar { body, handlers, orelse, finalbody } => {
            o.push_str(if matches!(s.node, StmtKind::Try { .. }) { "Try(" } else { "TryStar(" });
            f.stmts(o, "body", body);
            if !handlers.is_empty() {
                f.key(o, "handlers");
                list(o, handlers, handler);
            }
            f.stmts(o, "orelse", orelse);
            f.stmts(o, "finalbody", finalbody);
        }
        StmtKind::Assert { test, msg } => {
            o.push_str("Assert(");
            f.expr(o, "test", test);
            f.opt_expr(o, "msg", msg);
        }
        StmtKind::Import { names } => {
            o.push_str("Import(");
            if !names.is_empty() {
                f.key(o, "names");
                list(o, names, alias);
            }
        }
        StmtKind::ImportFrom { module, names, level } => {
            o.push_str("ImportFrom(");
            f.opt_ident(o, "module", module);
            if !names.is_empty() {
                f.key(o, "names");
                list(o, names, alias);
            }
            f.raw(o, "level", &level.to_string());
        }
        StmtKind::Global { names } | StmtKind::Nonlocal { names } => {
            o.push_str(if matches!(s.node, StmtKind::Global { .. }) { "Global(" } else { "Nonlocal(" });
            f.idents(o, "names", names);
        }
        StmtKind::Expr { value } => {
            o.push_str("Expr(");
            f.expr(o, "value", value);
        }
        StmtKind::Pass {} => o.push_str("Pass("),
        StmtKind::Break {} => o.push_str("Break("),
        StmtKind::Continue {} => o.push_str("Continue("),
    }
    f.loc(o, &s.loc);
    o.push(')');
}

fn arguments(o: &mut String, a: &Arguments) {
    o.push_str("arguments(");
    let mut f = F::new();
    if !a.posonlyargs.is_empty() {
        f.key(o, "posonlyargs");
        list(o, &a.posonlyargs, arg);
    }
    if !a.args.is_empty() {
        f.key(o, "args");
        list(o, &a.args, arg);
    }
    if let Some(v) = &a.vararg {
        f.key(o, "vararg");
        arg(o, v);
    }
    if !a.kwonlyargs.is_empty() {
        f.key(o, "kwonlyargs");
        list(o, &a.kwonlyargs, arg);
    }
    if !a.kw_defaults.is_empty() {
        f.key(o, "kw_defaults");
        list(o, &a.kw_defaults, |o, d| match d {
            Some(e) => expr(o, e),
            None => o.push_str("None"),
        });
    }
    if let Some(v) = &a.kwarg {
        f.key(o, "kwarg");
        arg(o, v);
    }
    f.exprs(o, "defaults", &a.defaults);
    o.push(')');
}

fn arg(o: &mut String, a: &Arg) {
    o.push_str("arg(");
    let mut f = F::new();
    f.ident(o, "arg", &a.arg);
    if let Some(e) = &a.annotation {
        f.expr(o, "annotation", e);
    }
    f.opt_ident(o, "type_comment", &a.type_comment);
    f.loc(o, &a.loc);
    o.push(')');
}

fn keyword(o: &mut String, k: &Keyword) {
    o.push_str("keyword(");
    let mut f = F::new();
    f.opt_ident(o, "arg", &k.arg);
    f.expr(o, "value", &k.value);
    f.loc(o, &k.loc);
    o.push(')');
}

fn alias(o: &mut String, a: &Alias) {
    o.push_str("alias(");
    let mut f = F::new();
    f.ident(o, "name", &a.name);
    f.opt_ident(o, "asname", &a.asname);
    f.loc(o, &a.loc);
    o.push(')');
}

fn withitem(o: &mut String, w: &WithItem) {
    o.push_str("withitem(");
    let mut f = F::new();
    f.expr(o, "context_expr", &w.context_expr);
    if let Some(v) = &w.optional_vars {
        f.expr(o, "optional_vars", v);
    }
    o.push(')');
}

fn handler(o: &mut String, h: &ExceptHandler) {
    o.push_str("ExceptHandler(");
    let mut f = F::new();
    if let Some(t) = &h.type_ {
        f.expr(o, "type", t);
    }
    f.opt_ident(o, "name", &h.name);
    f.stmts(o, "body", &h.body);
    f.loc(o, &h.loc);
    o.push(')');
}

fn comprehension(o: &mut String, c: &Comprehension) {
    o.push_str("comprehension(");
    let mut f = F::new();
    f.expr(o, "target", &c.target);
    f.expr(o, "iter", &c.iter);
    f.exprs(o, "ifs", &c.ifs);
    f.raw(o, "is_async", if c.is_async { "1" } else { "0" });
    o.push(')');
}

fn match_case(o: &mut String, c: &MatchCase) {
    o.push_str("match_case(");
    let mut f = F::new();
    f.key(o, "pattern");
    pattern(o, &c.pattern);
    if let Some(g) = &c.guard {
        f.expr(o, "guard", g);
    }
    f.stmts(o, "body", &c.body);
    o.push(')');
}

fn pattern(o: &mut String, p: &Pattern) {
    let mut f = F::new();
    match &p.node {
        PatternKind::MatchValue { value } => {
            o.push_str("MatchValue(");
            f.expr(o, "value", value);
        }
        PatternKind::MatchSingleton { value } => {
            o.push_str("MatchSingleton(");
            f.key(o, "value");
            constant(o, value);
        }
        PatternKind::MatchSequence { patterns } => {
            o.push_str("MatchSequence(");
            if !patterns.is_empty() {
                f.key(o, "patterns");
                list(o, patterns, pattern);
            }
        }
        PatternKind::MatchMapping { keys, patterns, rest } => {
            o.push_str("MatchMapping(");
            f.exprs(o, "keys", keys);
            if !patterns.is_empty() {
                f.key(o, "patterns");
                list(o, patterns, pattern);
            }
            f.opt_ident(o, "rest", rest);
        }
        PatternKind::MatchClass { cls, patterns, kwd_attrs, kwd_patterns } => {
            o.push_str("MatchClass(");
            f.expr(o, "cls", cls);
            if !patterns.is_empty() {
                f.key(o, "patterns");
                list(o, patterns, pattern);
            }
            f.idents(o, "kwd_attrs", kwd_attrs);
            if !kwd_patterns.is_empty() {
                f.key(o, "kwd_patterns");
                list(o, kwd_patterns, pattern);
            }
        }
        PatternKind::MatchStar { name } => {
            o.push_str("MatchStar(");
            f.opt_ident(o, "name", name);
        }
        PatternKind::MatchAs { pattern: pat, name } => {
            o.push_str("MatchAs(");
            if let Some(pp) = pat {
                f.key(o, "pattern");
                pattern(o, pp);
            }
            f.opt_ident(o, "name", name);
        }
        PatternKind::MatchOr { patterns } => {
            o.push_str("MatchOr(");
            if !patterns.is_empty() {
                f.key(o, "patterns");
                list(o, patterns, pattern);
            }
        }
    }
    f.loc(o, &p.loc);
    o.push(')');
}

fn type_param(o: &mut String, t: &TypeParam) {
    let mut f = F::new();
    match &t.node {
        TypeParamKind::TypeVar { name, bound, default_value } => {
            o.push_str("TypeVar(");
            f.ident(o, "name", name);
            f.opt_expr(o, "bound", bound);
            f.opt_expr(o, "default_value", default_value);
        }
        TypeParamKind::ParamSpec { name, default_value } => {
            o.push_str("ParamSpec(");
            f.ident(o, "name", name);
            f.opt_expr(o, "default_value", default_value);
        }
        TypeParamKind::TypeVarTuple { name, default_value } => {
            o.push_str("TypeVarTuple(");
            f.ident(o, "name", name);
            f.opt_expr(o, "default_value", default_value);
        }
    }
    f.loc(o, &t.loc);
    o.push(')');
}

fn expr(o: &mut String, e: &Expr) {
    let mut f = F::new();
    match &e.node {
        ExprKind::BoolOp { op, values } => {
            o.push_str("BoolOp(");
            f.raw(o, "op", if *op == BoolOp::And { "And()" } else { "Or()" });
            f.exprs(o, "values", values);
        }
        ExprKind::NamedExpr { target, value } => {
            o.push_str("NamedExpr(");
            f.expr(o, "target", target);
            f.expr(o, "value", value);
        }
        ExprKind::BinOp { left, op, right } => {
            o.push_str("BinOp(");
            f.expr(o, "left", left);
            f.raw(o, "op", &format!("{}()", op.name()));
            f.expr(o, "right", right);
        }
        ExprKind::UnaryOp { op, operand } => {
            o.push_str("UnaryOp(");
            f.raw(o, "op", &format!("{}()", op.name()));
            f.expr(o, "operand", operand);
        }
        ExprKind::Lambda { args, body } => {
            o.push_str("Lambda(");
            f.key(o, "args");
            arguments(o, args);
            f.expr(o, "body", body);
        }
        ExprKind::IfExp { test, body, orelse } => {
            o.push_str("IfExp(");
            f.expr(o, "test", test);
            f.expr(o, "body", body);
            f.expr(o, "orelse", orelse);
        }
        ExprKind::Dict { keys, values } => {
            o.push_str("Dict(");
            if !keys.is_empty() {
                f.key(o, "keys");
                list(o, keys, |o, k| match k {
                    Some(k) => expr(o, k),
                    None => o.push_str("None"),
                });
            }
            f.exprs(o, "values", values);
        }
        ExprKind::Set { elts } => {
            o.push_str("Set(");
            f.exprs(o, "elts", elts);
        }
        ExprKind::ListComp { elt, generators } | ExprKind::SetComp { elt, generators } | ExprKind::GeneratorExp { elt, generators } => {
            o.push_str(match e.node {
                ExprKind::ListComp { .. } => "ListComp(",
                ExprKind::SetComp { .. } => "SetComp(",
                _ => "GeneratorExp(",
            });
            f.expr(o, "elt", elt);
            if !generators.is_empty() {
                f.key(o, "generators");
                list(o, generators, comprehension);
            }
        }
        ExprKind::DictComp { key, value, generators } => {
            o.push_str("DictComp(");
            f.expr(o, "key", key);
            f.expr(o, "value", value);
            if !generators.is_empty() {
                f.key(o, "generators");
                list(o, generators, comprehension);
            }
        }
        ExprKind::Await { value } => {
            o.push_str("Await(");
            f.expr(o, "value", value);
        }
        ExprKind::Yield { value } => {
            o.push_str("Yield(");
            f.opt_expr(o, "value", value);
        }
        ExprKind::YieldFrom { value } => {
            o.push_str("YieldFrom(");
            f.expr(o, "value", value);
        }
        ExprKind::Compare { left, ops, comparators } => {
            o.push_str("Compare(");
            f.expr(o, "left", left);
            if !ops.is_empty() {
                f.key(o, "ops");
                list(o, ops, |o, op| {
                    o.push_str(op.name());
                    o.push_str("()");
                });
            }
            f.exprs(o, "comparators", comparators);
        }
        ExprKind::Call { func, args, keywords } => {
            o.push_str("Call(");
            f.expr(o, "func", func);
            f.exprs(o, "args", args);
            if !keywords.is_empty() {
                f.key(o, "keywords");
                list(o, keywords, keyword);
            }
        }
        ExprKind::FormattedValue { value, conversion, format_spec } => {
            o.push_str("FormattedValue(");
            f.expr(o, "value", value);
            f.raw(o, "conversion", &conversion.to_string());
            f.opt_expr(o, "format_spec", format_spec);
        }
        ExprKind::JoinedStr { values } => {
            o.push_str("JoinedStr(");
            f.exprs(o, "values", values);
        }
        ExprKind::Constant { value, kind } => {
            o.push_str("Constant(");
            f.key(o, "value");
            constant(o, value);
            f.opt_ident(o, "kind", kind);
        }
        ExprKind::Attribute { value, attr, ctx: c } => {
            o.push_str("Attribute(");
            f.expr(o, "value", value);
            f.ident(o, "attr", attr);
            f.raw(o, "ctx", ctx(*c));
        }
        ExprKind::Subscript { value, slice, ctx: c } => {
            o.push_str("Subscript(");
            f.expr(o, "value", value);
            f.expr(o, "slice", slice);
            f.raw(o, "ctx", ctx(*c));
        }
        ExprKind::Starred { value, ctx: c } => {
            o.push_str("Starred(");
            f.expr(o, "value", value);
            f.raw(o, "ctx", ctx(*c));
        }
        ExprKind::Name { id, ctx: c } => {
            o.push_str("Name(");
            f.ident(o, "id", id);
            f.raw(o, "ctx", ctx(*c));
        }
        ExprKind::List { elts, ctx: c } | ExprKind::Tuple { elts, ctx: c } => {
            o.push_str(if matches!(e.node, ExprKind::List { .. }) { "List(" } else { "Tuple(" });
            f.exprs(o, "elts", elts);
            f.raw(o, "ctx", ctx(*c));
        }
        ExprKind::Slice { lower, upper, step } => {
            o.push_str("Slice(");
            f.opt_expr(o, "lower", lower);
            f.opt_expr(o, "upper", upper);
            f.opt_expr(o, "step", step);
        }
    }
    f.loc(o, &e.loc);
    o.push(')');
}

pub fn constant(o: &mut String, c: &Constant) {
    match c {
        Constant::None {} => o.push_str("None"),
        Constant::True {} => o.push_str("True"),
        Constant::False {} => o.push_str("False"),
        Constant::Ellipsis {} => o.push_str("Ellipsis"),
        Constant::Int { value } => o.push_str(&value.to_string()),
        Constant::BigInt { digits } => o.push_str(digits),
        Constant::Float { value } => o.push_str(&float_repr(*value)),
        Constant::Complex { real, imag } => {
            if *real == 0.0 && real.is_sign_positive() {
                o.push_str(&complex_part(*imag));
                o.push('j');
            } else {
                o.push('(');
                o.push_str(&complex_part(*real));
                if *imag >= 0.0 || imag.is_nan() {
                    o.push('+');
                }
                o.push_str(&complex_part(*imag));
                o.push_str("j)");
            }
        }
        Constant::Str { value } => str_repr(o, value),
        Constant::Bytes { value } => bytes_repr(o, value),
        Constant::Tuple { items } => {
            o.push('(');
            for (i, x) in items.iter().enumerate() {
                if i > 0 {
                    o.push_str(", ");
                }
                constant(o, x);
            }
            if items.len() == 1 {
                o.push(',');
            }
            o.push(')');
        }
        Constant::FrozenSet { items } => {
            if items.is_empty() {
                o.push_str("frozenset()");
            } else {
                o.push_str("frozenset({");
                for (i, x) in items.iter().enumerate() {
                    if i > 0 {
                        o.push_str(", ");
                    }
                    constant(o, x);
                }
                o.push_str("})");
            }
        }
    }
}

fn complex_part(x: f64) -> String {
    let r = float_repr(x);
    match r.strip_suffix(".0") {
        Some(s) => s.to_string(),
        None => r,
    }
}

/// Python's `repr(float)`: shortest round-trip digits, exponent form when
/// the exponent is below -4 or at least 16.
pub fn float_repr(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf".into() } else { "-inf".into() };
    }
    if x == 0.0 {
        return if x.is_sign_negative() { "-0.0".into() } else { "0.0".into() };
    }
    let s = format!("{:e}", x);
    let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let neg = mant.starts_with('-');
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    let mut out = String::new();
    if neg {
        out.push('-');
    }
    if (-4..16).contains(&exp) {
        if exp >= 0 {
            let e = exp as usize;
            if digits.len() > e + 1 {
                out.push_str(&digits[..e + 1]);
                out.push('.');
                out.push_str(&digits[e + 1..]);
            } else {
                out.push_str(&digits);
                for _ in digits.len()..e + 1 {
                    out.push('0');
                }
                out.push_str(".0");
            }
        } else {
            out.push_str("0.");
            for _ in 0..(-exp - 1) {
                out.push('0');
            }
            out.push_str(&digits);
        }
    } else {
        out.push_str(&digits[..1]);
        if digits.len() > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        out.push('e');
        out.push(if exp < 0 { '-' } else { '+' });
        out.push_str(&format!("{:02}", exp.abs()));
    }
    out
}

pub fn printable(c: char) -> bool {
    let u = c as u32;
    if u < 0x7f {
        return u >= 0x20;
    }
    let t = crate::unicode_printable::NON_PRINTABLE;
    let i = t.partition_point(|&(_, hi)| hi < u);
    !(i < t.len() && t[i].0 <= u)
}

pub fn str_repr(o: &mut String, s: &str) {
    let q = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    o.push(q);
    for c in s.chars() {
        match c {
            '\\' => o.push_str("\\\\"),
            '\n' => o.push_str("\\n"),
            '\r' => o.push_str("\\r"),
            '\t' => o.push_str("\\t"),
            _ if c == q => {
                o.push('\\');
                o.push(c);
            }
            _ if printable(c) => o.push(c),
            _ => {
                let u = pyk_abi::surrogate::code_point(c);
                if u < 0x100 {
                    o.push_str(&format!("\\x{u:02x}"));
                } else if u < 0x10000 {
                    o.push_str(&format!("\\u{u:04x}"));
                } else {
                    o.push_str(&format!("\\U{u:08x}"));
                }
            }
        }
    }
    o.push(q);
}

pub fn bytes_repr(o: &mut String, b: &[u8]) {
    let q = if b.contains(&b'\'') && !b.contains(&b'"') { b'"' } else { b'\'' };
    o.push('b');
    o.push(q as char);
    for &c in b {
        match c {
            b'\\' => o.push_str("\\\\"),
            b'\n' => o.push_str("\\n"),
            b'\r' => o.push_str("\\r"),
            b'\t' => o.push_str("\\t"),
            _ if c == q => {
                o.push('\\');
                o.push(c as char);
            }
            0x20..=0x7e => o.push(c as char),
            _ => o.push_str(&format!("\\x{c:02x}")),
        }
    }
    o.push(q as char);
}
