//! `_ast`: CPython 3.13's AST node classes, and the two conversions between
//! them and the AST wire format (`pyk_abi::ast`).
//!
//! The classes are made by Python code (`astmod_src.py`, compiled on first
//! import like `_collections`) from a table of 3.13's abstract grammar, so
//! `_fields`, `_field_types`, `__match_args__`, docs and the constructor's
//! rules come from one place. The conversions are Rust: `to_python` turns
//! the parser's tree into node objects (`compile(..., PyCF_ONLY_AST)`), and
//! `from_python` turns node objects back into a wire tree for the compiler
//! component (`compile(tree, ...)`), raising CPython's errors for malformed
//! trees.

use std::collections::HashMap;
use std::sync::OnceLock;

use pyk_abi::ast::*;
use pyk_abi::component::Mode;

use crate::abstract_ as ab;
use crate::error::{type_error, value_error, PyResult};
use crate::object::Obj;
use crate::types::dict::{as_dict, get_str};
use crate::types::int;
use crate::types::str::{as_str, istr, new_str};
use crate::types::typeobj::{as_type, TypeObject};

const SOURCE: &str = include_str!("astmod_src.py");

const DOC: &str = "";

/// Flags of `compile()` this module defines.
pub const PYCF_ONLY_AST: i64 = 0x400;
/// The compile flags the parser component honours: `PyCF_DONT_IMPLY_DEDENT`
/// (input ending inside a block is incomplete, for codeop) and
/// `PyCF_TYPE_COMMENTS` (`# type:` comments kept in the tree).
pub const PARSER_FLAGS: i64 = 0x200 | 0x1000;

struct State {
    module: Obj,
    /// Every node class by name.
    classes: HashMap<&'static str, &'static TypeObject>,
    /// Class pointer to name, for dispatching an object on its class.
    names: HashMap<usize, &'static str>,
    /// The shared instance of each field-less class (Load, Add, ...).
    singletons: HashMap<&'static str, Obj>,
    /// `_optimize(tree, optimize)`: CPython's AST optimizer, for
    /// PyCF_OPTIMIZED_AST (kept out of the module's namespace).
    optimize: Option<Obj>,
}

static STATE: OnceLock<State> = OnceLock::new();

fn leak(s: &str) -> &'static str {
    Box::leak(s.to_owned().into_boxed_str())
}

fn state() -> PyResult<&'static State> {
    if let Some(s) = STATE.get() {
        return Ok(s);
    }
    let m = crate::collectionsmod::module_from_source("_ast", DOC, SOURCE)?;
    let d = crate::types::module::as_module(&m).expect("module").dict.clone();
    let mut classes = HashMap::new();
    let mut names = HashMap::new();
    let dd = as_dict(&d).expect("dict");
    for (k, v) in dd.items() {
        if let (Some(name), Some(t)) = (as_str(&k), as_type(&v)) {
            let name = leak(name);
            classes.insert(name, t);
            names.insert(t as *const TypeObject as usize, name);
        }
    }
    let mut singletons = HashMap::new();
    let sk = istr("_singletons");
    if let Some(s) = get_str(&d, &sk) {
        if let Some(sd) = as_dict(&s) {
            for (k, v) in sd.items() {
                if let Some(t) = as_type(&k) {
                    if let Some(n) = names.get(&(t as *const TypeObject as usize)) {
                        singletons.insert(*n, v);
                    }
                }
            }
        }
        dd.del(&sk)?;
    }
    let ok = istr("_optimize");
    let optimize = get_str(&d, &ok);
    if optimize.is_some() {
        dd.del(&ok)?;
    }
    let _ = STATE.set(State { module: m, classes, names, singletons, optimize });
    Ok(STATE.get().expect("state just set"))
}

/// `_ast`, created on first import (the same module on every import, as
/// the node classes are shared by every tree).
pub fn make_module() -> PyResult<Obj> {
    Ok(state()?.module.clone())
}

/// PyCF_OPTIMIZED_AST without its PyCF_ONLY_AST bit.
pub const PYCF_OPTIMIZED_AST: i64 = 0x8000;

/// The optimized copy of a tree (`optimize` is the level, -1 for the
/// interpreter's), as `compile(..., flags=PyCF_OPTIMIZED_AST)` gives it.
pub fn optimize_tree(tree: &Obj, optimize: i64) -> PyResult {
    let f = state()?.optimize.clone().ok_or_else(|| crate::error::system_error("_ast has no optimizer"))?;
    let level = if optimize < 0 { crate::interp::optimize_level() as i64 } else { optimize };
    ab::call(&f, &[tree.clone(), crate::types::int::from_i64(level)], None)
}

/// True when `o` is an instance of `ast.AST` (false before `_ast` exists).
pub fn is_ast(o: &Obj) -> bool {
    STATE.get().and_then(|s| s.classes.get("AST")).is_some_and(|t| ab::isinstance_type(o, t))
}

// ------------------------------------------------------------ wire -> objects

/// Parses `source` with the parser component and returns the tree as node objects.
pub fn parse_to_objects(source: &str, filename: &str, mode: Mode, flags: u32) -> PyResult {
    // A tree too deep for the parser's backstop is, for `ast`, too deep to
    // construct (CPython's compiler and `ast` word the same limit apart).
    let bytes = crate::interp::parse_to_bytes_for_ast(source, filename, mode, flags)?;
    let tree = match decode_with_stack(&bytes, crate::thread::stack_remaining() / 2) {
        Ok(t) => t,
        Err(e) if e.message.contains("too deep") => return Err(ast_recursion_error()),
        Err(e) => return Err(crate::error::system_error(format!("invalid AST from the parser: {e}"))),
    };
    to_python(&tree)
}

/// The node objects for a wire tree.
pub fn to_python(m: &Mod) -> PyResult {
    ToPy { st: state()?, depth: std::cell::Cell::new(0) }.module(m)
}

/// Nodes nest at most this deep in the objects `ast.parse` builds (CPython
/// 3.13: `x+x+…` with 9,994 operators parses, one more does not).
const TO_PY_MAX_DEPTH: u32 = 9997;

fn ast_recursion_error() -> crate::error::PyErr {
    crate::error::recursion_error("maximum recursion depth exceeded during ast construction")
}

struct ToPy {
    st: &'static State,
    depth: std::cell::Cell<u32>,
}

/// One level of node nesting, given back when dropped.
struct Deeper<'a>(&'a std::cell::Cell<u32>);

impl Drop for Deeper<'_> {
    fn drop(&mut self) {
        self.0.set(self.0.get() - 1);
    }
}

type Fields = Vec<(&'static str, Obj)>;

fn int_obj(n: impl Into<i64>) -> Obj {
    int::from_i64(n.into())
}

fn opt_str(s: &Option<String>) -> Obj {
    s.as_deref().map(new_str).unwrap_or_else(crate::types::none)
}

impl ToPy {
    fn deeper(&self) -> PyResult<Deeper<'_>> {
        crate::thread::check_recursion().map_err(|_| ast_recursion_error())?;
        let d = self.depth.get() + 1;
        self.depth.set(d);
        let g = Deeper(&self.depth);
        if d > TO_PY_MAX_DEPTH {
            return Err(ast_recursion_error());
        }
        Ok(g)
    }

    fn node(&self, cls: &'static str, fields: Fields, loc: Option<&Loc>) -> PyResult {
        let t = self.st.classes.get(cls).ok_or_else(|| crate::error::system_error(format!("_ast has no class {cls}")))?;
        let o = crate::types::class::alloc_instance(t, &[], None)?;
        let d = crate::types::class::instance_dict(&o).ok_or_else(|| crate::error::system_error("AST node without a __dict__"))?;
        let dd = as_dict(&d).expect("dict");
        for (k, v) in fields {
            dd.set(istr(k), v)?;
        }
        if let Some(l) = loc {
            dd.set(istr("lineno"), int_obj(l.lineno))?;
            dd.set(istr("col_offset"), int_obj(l.col_offset))?;
            dd.set(istr("end_lineno"), int_obj(l.end_lineno))?;
            dd.set(istr("end_col_offset"), int_obj(l.end_col_offset))?;
        }
        Ok(o)
    }

    fn single(&self, name: &'static str) -> PyResult {
        self.st.singletons.get(name).cloned().ok_or_else(|| crate::error::system_error(format!("_ast has no {name} instance")))
    }

    fn list<T>(&self, v: &[T], f: impl Fn(&Self, &T) -> PyResult) -> PyResult {
        let mut out = Vec::with_capacity(v.len());
        for x in v {
            out.push(f(self, x)?);
        }
        Ok(crate::types::list::new_list(out))
    }

    fn module(&self, m: &Mod) -> PyResult {
        let _level = self.deeper()?;
        match m {
            Mod::Module { body, type_ignores } => {
                let ti = self.list(type_ignores, |s, t| s.node("TypeIgnore", vec![("lineno", int_obj(t.lineno)), ("tag", new_str(&t.tag))], None))?;
                self.node("Module", vec![("body", self.stmts(body)?), ("type_ignores", ti)], None)
            }
            Mod::Interactive { body } => self.node("Interactive", vec![("body", self.stmts(body)?)], None),
            Mod::Expression { body } => self.node("Expression", vec![("body", self.expr(body)?)], None),
            Mod::FunctionType { argtypes, returns } => {
                self.node("FunctionType", vec![("argtypes", self.exprs(argtypes)?), ("returns", self.expr(returns)?)], None)
            }
        }
    }

    fn stmts(&self, v: &[Stmt]) -> PyResult {
        self.list(v, Self::stmt)
    }

    fn exprs(&self, v: &[Expr]) -> PyResult {
        self.list(v, Self::expr)
    }

    fn opt_expr(&self, e: &Option<Box<Expr>>) -> PyResult {
        match e {
            Some(e) => self.expr(e),
            None => Ok(crate::types::none()),
        }
    }

    fn type_params(&self, v: &[TypeParam]) -> PyResult {
        self.list(v, |s, p| {
            let (cls, mut f) = match &p.node {
                TypeParamKind::TypeVar { name, bound, default_value } => {
                    ("TypeVar", vec![("name", new_str(name)), ("bound", s.opt_expr(bound)?), ("default_value", s.opt_expr(default_value)?)])
                }
                TypeParamKind::ParamSpec { name, default_value } => ("ParamSpec", vec![("name", new_str(name)), ("default_value", s.opt_expr(default_value)?)]),
                TypeParamKind::TypeVarTuple { name, default_value } => {
                    ("TypeVarTuple", vec![("name", new_str(name)), ("default_value", s.opt_expr(default_value)?)])
                }
            };
            f.shrink_to_fit();
            s.node(cls, f, Some(&p.loc))
        })
    }

    fn arguments(&self, a: &Arguments) -> PyResult {
        let arg = |s: &Self, a: &Arg| -> PyResult {
            let ann = match &a.annotation {
                Some(e) => s.expr(e)?,
                None => crate::types::none(),
            };
            s.node("arg", vec![("arg", new_str(&a.arg)), ("annotation", ann), ("type_comment", opt_str(&a.type_comment))], Some(&a.loc))
        };
        let opt_arg = |s: &Self, a: &Option<Arg>| -> PyResult {
            match a {
                Some(a) => arg(s, a),
                None => Ok(crate::types::none()),
            }
        };
        let kw_defaults = self.list(&a.kw_defaults, |s, e| match e {
            Some(e) => s.expr(e),
            None => Ok(crate::types::none()),
        })?;
        self.node(
            "arguments",
            vec![
                ("posonlyargs", self.list(&a.posonlyargs, arg)?),
                ("args", self.list(&a.args, arg)?),
                ("vararg", opt_arg(self, &a.vararg)?),
                ("kwonlyargs", self.list(&a.kwonlyargs, arg)?),
                ("kw_defaults", kw_defaults),
                ("kwarg", opt_arg(self, &a.kwarg)?),
                ("defaults", self.exprs(&a.defaults)?),
            ],
            None,
        )
    }

    fn keywords(&self, v: &[Keyword]) -> PyResult {
        self.list(v, |s, k| s.node("keyword", vec![("arg", opt_str(&k.arg)), ("value", s.expr(&k.value)?)], Some(&k.loc)))
    }

    fn comprehensions(&self, v: &[Comprehension]) -> PyResult {
        self.list(v, |s, c| {
            s.node(
                "comprehension",
                vec![("target", s.expr(&c.target)?), ("iter", s.expr(&c.iter)?), ("ifs", s.exprs(&c.ifs)?), ("is_async", int_obj(c.is_async as i64))],
                None,
            )
        })
    }

    fn stmt(&self, st: &Stmt) -> PyResult {
        let _level = self.deeper()?;
        let (cls, f): (&'static str, Fields) = match &st.node {
            StmtKind::FunctionDef { name, args, body, decorator_list, returns, type_comment, type_params }
            | StmtKind::AsyncFunctionDef { name, args, body, decorator_list, returns, type_comment, type_params } => (
                if matches!(st.node, StmtKind::FunctionDef { .. }) { "FunctionDef" } else { "AsyncFunctionDef" },
                vec![
                    ("name", new_str(name)),
                    ("args", self.arguments(args)?),
                    ("body", self.stmts(body)?),
                    ("decorator_list", self.exprs(decorator_list)?),
                    ("returns", self.opt_expr(returns)?),
                    ("type_comment", opt_str(type_comment)),
                    ("type_params", self.type_params(type_params)?),
                ],
            ),
            StmtKind::ClassDef { name, bases, keywords, body, decorator_list, type_params } => (
                "ClassDef",
                vec![
                    ("name", new_str(name)),
                    ("bases", self.exprs(bases)?),
                    ("keywords", self.keywords(keywords)?),
                    ("body", self.stmts(body)?),
                    ("decorator_list", self.exprs(decorator_list)?),
                    ("type_params", self.type_params(type_params)?),
                ],
            ),
            StmtKind::Return { value } => ("Return", vec![("value", self.opt_expr(value)?)]),
            StmtKind::Delete { targets } => ("Delete", vec![("targets", self.exprs(targets)?)]),
            StmtKind::Assign { targets, value, type_comment } => {
                ("Assign", vec![("targets", self.exprs(targets)?), ("value", self.expr(value)?), ("type_comment", opt_str(type_comment))])
            }
            StmtKind::TypeAlias { name, type_params, value } => {
                ("TypeAlias", vec![("name", self.expr(name)?), ("type_params", self.type_params(type_params)?), ("value", self.expr(value)?)])
            }
            StmtKind::AugAssign { target, op, value } => {
                ("AugAssign", vec![("target", self.expr(target)?), ("op", self.single(op.name())?), ("value", self.expr(value)?)])
            }
            StmtKind::AnnAssign { target, annotation, value, simple } => (
                "AnnAssign",
                vec![
                    ("target", self.expr(target)?),
                    ("annotation", self.expr(annotation)?),
                    ("value", self.opt_expr(value)?),
                    ("simple", int_obj(*simple as i64)),
                ],
            ),
            StmtKind::For { target, iter, body, orelse, type_comment } | StmtKind::AsyncFor { target, iter, body, orelse, type_comment } => (
                if matches!(st.node, StmtKind::For { .. }) { "For" } else { "AsyncFor" },
                vec![
                    ("target", self.expr(target)?),
                    ("iter", self.expr(iter)?),
                    ("body", self.stmts(body)?),
                    ("orelse", self.stmts(orelse)?),
                    ("type_comment", opt_str(type_comment)),
                ],
            ),
            StmtKind::While { test, body, orelse } => {
                ("While", vec![("test", self.expr(test)?), ("body", self.stmts(body)?), ("orelse", self.stmts(orelse)?)])
            }
            StmtKind::If { test, body, orelse } => ("If", vec![("test", self.expr(test)?), ("body", self.stmts(body)?), ("orelse", self.stmts(orelse)?)]),
            StmtKind::With { items, body, type_comment } | StmtKind::AsyncWith { items, body, type_comment } => {
                let items = self.list(items, |s, w| {
                    let v = match &w.optional_vars {
                        Some(e) => s.expr(e)?,
                        None => crate::types::none(),
                    };
                    s.node("withitem", vec![("context_expr", s.expr(&w.context_expr)?), ("optional_vars", v)], None)
                })?;
                (
                    if matches!(st.node, StmtKind::With { .. }) { "With" } else { "AsyncWith" },
                    vec![("items", items), ("body", self.stmts(body)?), ("type_comment", opt_str(type_comment))],
                )
            }
            StmtKind::Match { subject, cases } => {
                let cases = self.list(cases, |s, c| {
                    let guard = match &c.guard {
                        Some(e) => s.expr(e)?,
                        None => crate::types::none(),
                    };
                    s.node("match_case", vec![("pattern", s.pattern(&c.pattern)?), ("guard", guard), ("body", s.stmts(&c.body)?)], None)
                })?;
                ("Match", vec![("subject", self.expr(subject)?), ("cases", cases)])
            }
            StmtKind::Raise { exc, cause } => ("Raise", vec![("exc", self.opt_expr(exc)?), ("cause", self.opt_expr(cause)?)]),
            StmtKind::Try { body, handlers, orelse, finalbody } | StmtKind::TryStar { body, handlers, orelse, finalbody } => {
                let handlers = self.list(handlers, |s, h| {
                    let t = match &h.type_ {
                        Some(e) => s.expr(e)?,
                        None => crate::types::none(),
                    };
                    s.node("ExceptHandler", vec![("type", t), ("name", opt_str(&h.name)), ("body", s.stmts(&h.body)?)], Some(&h.loc))
                })?;
                (
                    if matches!(st.node, StmtKind::Try { .. }) { "Try" } else { "TryStar" },
                    vec![("body", self.stmts(body)?), ("handlers", handlers), ("orelse", self.stmts(orelse)?), ("finalbody", self.stmts(finalbody)?)],
                )
            }
            StmtKind::Assert { test, msg } => ("Assert", vec![("test", self.expr(test)?), ("msg", self.opt_expr(msg)?)]),
            StmtKind::Import { names } => ("Import", vec![("names", self.aliases(names)?)]),
            StmtKind::ImportFrom { module, names, level } => {
                ("ImportFrom", vec![("module", opt_str(module)), ("names", self.aliases(names)?), ("level", int_obj(*level))])
            }
            StmtKind::Global { names } => ("Global", vec![("names", self.list(names, |_, n| Ok(new_str(n)))?)]),
            StmtKind::Nonlocal { names } => ("Nonlocal", vec![("names", self.list(names, |_, n| Ok(new_str(n)))?)]),
            StmtKind::Expr { value } => ("Expr", vec![("value", self.expr(value)?)]),
            StmtKind::Pass {} => ("Pass", vec![]),
            StmtKind::Break {} => ("Break", vec![]),
            StmtKind::Continue {} => ("Continue", vec![]),
        };
        self.node(cls, f, Some(&st.loc))
    }

    fn aliases(&self, v: &[Alias]) -> PyResult {
        self.list(v, |s, a| s.node("alias", vec![("name", new_str(&a.name)), ("asname", opt_str(&a.asname))], Some(&a.loc)))
    }

    fn expr(&self, e: &Expr) -> PyResult {
        let _level = self.deeper()?;
        let (cls, f): (&'static str, Fields) = match &e.node {
            ExprKind::BoolOp { op, values } => ("BoolOp", vec![("op", self.single(op.name())?), ("values", self.exprs(values)?)]),
            ExprKind::NamedExpr { target, value } => ("NamedExpr", vec![("target", self.expr(target)?), ("value", self.expr(value)?)]),
            ExprKind::BinOp { left, op, right } => {
                ("BinOp", vec![("left", self.expr(left)?), ("op", self.single(op.name())?), ("right", self.expr(right)?)])
            }
            ExprKind::UnaryOp { op, operand } => ("UnaryOp", vec![("op", self.single(op.name())?), ("operand", self.expr(operand)?)]),
            ExprKind::Lambda { args, body } => ("Lambda", vec![("args", self.arguments(args)?), ("body", self.expr(body)?)]),
            ExprKind::IfExp { test, body, orelse } => {
                ("IfExp", vec![("test", self.expr(test)?), ("body", self.expr(body)?), ("orelse", self.expr(orelse)?)])
            }
            ExprKind::Dict { keys, values } => {
                let keys = self.list(keys, |s, k| match k {
                    Some(k) => s.expr(k),
                    None => Ok(crate::types::none()),
                })?;
                ("Dict", vec![("keys", keys), ("values", self.exprs(values)?)])
            }
            ExprKind::Set { elts } => ("Set", vec![("elts", self.exprs(elts)?)]),
            ExprKind::ListComp { elt, generators } => ("ListComp", vec![("elt", self.expr(elt)?), ("generators", self.comprehensions(generators)?)]),
            ExprKind::SetComp { elt, generators } => ("SetComp", vec![("elt", self.expr(elt)?), ("generators", self.comprehensions(generators)?)]),
            ExprKind::DictComp { key, value, generators } => (
                "DictComp",
                vec![("key", self.expr(key)?), ("value", self.expr(value)?), ("generators", self.comprehensions(generators)?)],
            ),
            ExprKind::GeneratorExp { elt, generators } => {
                ("GeneratorExp", vec![("elt", self.expr(elt)?), ("generators", self.comprehensions(generators)?)])
            }
            ExprKind::Await { value } => ("Await", vec![("value", self.expr(value)?)]),
            ExprKind::Yield { value } => ("Yield", vec![("value", self.opt_expr(value)?)]),
            ExprKind::YieldFrom { value } => ("YieldFrom", vec![("value", self.expr(value)?)]),
            ExprKind::Compare { left, ops, comparators } => (
                "Compare",
                vec![("left", self.expr(left)?), ("ops", self.list(ops, |s, o| s.single(o.name()))?), ("comparators", self.exprs(comparators)?)],
            ),
            ExprKind::Call { func, args, keywords } => {
                ("Call", vec![("func", self.expr(func)?), ("args", self.exprs(args)?), ("keywords", self.keywords(keywords)?)])
            }
            ExprKind::FormattedValue { value, conversion, format_spec } => (
                "FormattedValue",
                vec![("value", self.expr(value)?), ("conversion", int_obj(*conversion)), ("format_spec", self.opt_expr(format_spec)?)],
            ),
            ExprKind::JoinedStr { values } => ("JoinedStr", vec![("values", self.exprs(values)?)]),
            ExprKind::Constant { value, kind } => ("Constant", vec![("value", constant(value)?), ("kind", opt_str(kind))]),
            ExprKind::Attribute { value, attr, ctx } => {
                ("Attribute", vec![("value", self.expr(value)?), ("attr", new_str(attr)), ("ctx", self.single(ctx.name())?)])
            }
            ExprKind::Subscript { value, slice, ctx } => {
                ("Subscript", vec![("value", self.expr(value)?), ("slice", self.expr(slice)?), ("ctx", self.single(ctx.name())?)])
            }
            ExprKind::Starred { value, ctx } => ("Starred", vec![("value", self.expr(value)?), ("ctx", self.single(ctx.name())?)]),
            ExprKind::Name { id, ctx } => ("Name", vec![("id", new_str(id)), ("ctx", self.single(ctx.name())?)]),
            ExprKind::List { elts, ctx } => ("List", vec![("elts", self.exprs(elts)?), ("ctx", self.single(ctx.name())?)]),
            ExprKind::Tuple { elts, ctx } => ("Tuple", vec![("elts", self.exprs(elts)?), ("ctx", self.single(ctx.name())?)]),
            ExprKind::Slice { lower, upper, step } => {
                ("Slice", vec![("lower", self.opt_expr(lower)?), ("upper", self.opt_expr(upper)?), ("step", self.opt_expr(step)?)])
            }
        };
        self.node(cls, f, Some(&e.loc))
    }

    fn patterns(&self, v: &[Pattern]) -> PyResult {
        self.list(v, Self::pattern)
    }

    fn pattern(&self, p: &Pattern) -> PyResult {
        let _level = self.deeper()?;
        let (cls, f): (&'static str, Fields) = match &p.node {
            PatternKind::MatchValue { value } => ("MatchValue", vec![("value", self.expr(value)?)]),
            PatternKind::MatchSingleton { value } => ("MatchSingleton", vec![("value", constant(value)?)]),
            PatternKind::MatchSequence { patterns } => ("MatchSequence", vec![("patterns", self.patterns(patterns)?)]),
            PatternKind::MatchMapping { keys, patterns, rest } => {
                ("MatchMapping", vec![("keys", self.exprs(keys)?), ("patterns", self.patterns(patterns)?), ("rest", opt_str(rest))])
            }
            PatternKind::MatchClass { cls, patterns, kwd_attrs, kwd_patterns } => (
                "MatchClass",
                vec![
                    ("cls", self.expr(cls)?),
                    ("patterns", self.patterns(patterns)?),
                    ("kwd_attrs", self.list(kwd_attrs, |_, n| Ok(new_str(n)))?),
                    ("kwd_patterns", self.patterns(kwd_patterns)?),
                ],
            ),
            PatternKind::MatchStar { name } => ("MatchStar", vec![("name", opt_str(name))]),
            PatternKind::MatchAs { pattern, name } => {
                let pat = match pattern {
                    Some(p) => self.pattern(p)?,
                    None => crate::types::none(),
                };
                ("MatchAs", vec![("pattern", pat), ("name", opt_str(name))])
            }
            PatternKind::MatchOr { patterns } => ("MatchOr", vec![("patterns", self.patterns(patterns)?)]),
        };
        self.node(cls, f, Some(&p.loc))
    }
}

fn constant(c: &Constant) -> PyResult {
    Ok(match c {
        Constant::None {} => crate::types::none(),
        Constant::True {} => crate::types::bool_obj(true),
        Constant::False {} => crate::types::bool_obj(false),
        Constant::Ellipsis {} => crate::types::singletons::ellipsis(),
        Constant::Int { value } => int::from_i64(*value),
        // The wire's decimal text, whatever the literal's base: no digit
        // limit (the parser's caller checked decimal literals' length).
        Constant::BigInt { digits } => int::from_bigint(digits.parse().map_err(|_| crate::error::system_error(format!("bad integer constant {digits:?}")))?),
        Constant::Float { value } => crate::types::float::new_float(*value),
        Constant::Complex { real, imag } => crate::types::complex::new_complex(*real, *imag),
        Constant::Str { value } => new_str(value),
        Constant::Bytes { value } => crate::types::bytes::new_bytes(value),
        Constant::Tuple { items } => crate::types::tuple::new_tuple(items.iter().map(constant).collect::<PyResult<Vec<_>>>()?),
        Constant::FrozenSet { items } => {
            let items = items.iter().map(constant).collect::<PyResult<Vec<_>>>()?;
            crate::types::set::set_from(&crate::types::set::FROZENSET_TYPE, &items)?
        }
    })
}

// ------------------------------------------------------------ objects -> wire

/// Compiles a tree of node objects: checks it is the node `mode` expects,
/// converts it to the wire format (CPython's errors for malformed trees)
/// and hands it to the compiler component.
pub fn compile_objects(tree: &Obj, filename: &str, mode: Mode) -> PyResult {
    let (m, frozensets) = from_python_keeping(tree, mode)?;
    let bytes = encode(&m);
    // A Constant's empty frozenset comes back as itself, as CPython's
    // compiler keeps the object it was given.
    crate::types::code::with_kept_frozensets(frozensets, || crate::interp::compile_ast_bytes(&bytes, filename, mode))
}

/// The wire tree of a node-object tree (the `mod` node `mode` wants).
pub fn from_python(tree: &Obj, mode: Mode) -> PyResult<Mod> {
    Ok(from_python_keeping(tree, mode)?.0)
}

/// `from_python`, with the empty frozensets its Constant nodes hold.
fn from_python_keeping(tree: &Obj, mode: Mode) -> PyResult<(Mod, Vec<Obj>)> {
    let f = FromPy { st: state()?, frozensets: Default::default() };
    let want = match mode {
        Mode::Exec => "Module",
        Mode::Eval => "Expression",
        Mode::Single => "Interactive",
        Mode::FuncType => "FunctionType",
    };
    if !f.is(tree, want) {
        return Err(type_error(format!("expected {want} node, got {}", tree.type_obj().name())));
    }
    let m = f.module(tree)?;
    Ok((m, f.frozensets.into_inner()))
}

/// The position rules CPython's validator applies to statements,
/// expressions and patterns: lines in order, a negative line or column only
/// when both ends are the same (positions deliberately absent), and columns
/// in order on one line.
fn check_positions(lineno: i64, end_lineno: i64, col: i64, end_col: i64) -> PyResult<()> {
    if lineno > end_lineno {
        return Err(value_error(format!("AST node line range ({lineno}, {end_lineno}) is not valid")));
    }
    if (lineno < 0 && end_lineno != lineno) || (col < 0 && col != end_col) {
        return Err(value_error(format!("AST node column range ({col}, {end_col}) for line range ({lineno}, {end_lineno}) is not valid")));
    }
    if lineno == end_lineno && col > end_col {
        return Err(value_error(format!("line {lineno}, column {col}-{end_col} is not a valid range")));
    }
    Ok(())
}

/// CPython's validator message for None in a list of expressions.
const NONE_IN_EXPRS: &str = "None disallowed in expression list";

struct FromPy {
    st: &'static State,
    /// The empty frozensets met as Constant values (CPython's compiler
    /// rebuilds a non-empty one from its merged items, but keeps these).
    frozensets: std::cell::RefCell<Vec<Obj>>,
}

fn type_name(o: &Obj) -> &'static str {
    o.type_obj().name()
}

impl FromPy {
    fn is(&self, o: &Obj, cls: &str) -> bool {
        self.st.classes.get(cls).is_some_and(|t| ab::isinstance_type(o, t))
    }

    /// The concrete node class `o` is an instance of, checked against the
    /// constructors of sum type `sum` in grammar order.
    fn kind(&self, o: &Obj, sum: &str, ctors: &[&'static str]) -> PyResult<&'static str> {
        if crate::types::is_none(o) {
            // CPython reads a product node's fields from None, so the
            // first required one is reported missing.
            let first = match sum {
                "keyword" => Some("value"),
                "comprehension" => Some("target"),
                "alias" => Some("name"),
                "withitem" => Some("context_expr"),
                "match_case" => Some("pattern"),
                "arg" => Some("arg"),
                _ => None,
            };
            if let Some(f) = first {
                return Err(type_error(format!("required field \"{f}\" missing from {sum}")));
            }
        }
        let t = o.type_obj();
        for &p in t.mro() {
            if let Some(n) = self.st.names.get(&(p as usize)) {
                if ctors.contains(n) {
                    return Ok(n);
                }
            }
        }
        Err(type_error(format!("expected some sort of {sum}, but got {}", ab::repr_string(o)?)))
    }

    fn get(&self, o: &Obj, name: &'static str) -> PyResult<Option<Obj>> {
        ab::lookup_attr(o, &istr(name))
    }

    /// A field that must be there (it may be None).
    fn present(&self, o: &Obj, name: &'static str, owner: &str) -> PyResult<Obj> {
        self.get(o, name)?.ok_or_else(|| type_error(format!("required field \"{name}\" missing from {owner}")))
    }

    /// A required field: missing is a TypeError, None a ValueError.
    fn required(&self, o: &Obj, name: &'static str, owner: &str) -> PyResult<Obj> {
        let v = self.present(o, name, owner)?;
        if crate::types::is_none(&v) {
            return Err(value_error(format!("field '{name}' is required for {owner}")));
        }
        Ok(v)
    }

    fn optional(&self, o: &Obj, name: &'static str) -> PyResult<Option<Obj>> {
        Ok(self.get(o, name)?.filter(|v| !crate::types::is_none(v)))
    }

    fn seq(&self, o: &Obj, name: &'static str, owner: &str) -> PyResult<Vec<Obj>> {
        let v = self.present(o, name, owner)?;
        match crate::types::list::as_list(&v) {
            Some(l) => Ok(l.snapshot()),
            None => Err(type_error(format!("{owner} field \"{name}\" must be a list, not a {}", type_name(&v)))),
        }
    }

    fn list<T>(&self, o: &Obj, name: &'static str, owner: &str, f: impl Fn(&Self, &Obj) -> PyResult<T>) -> PyResult<Vec<T>> {
        let items = self.seq(o, name, owner)?;
        let mut out = Vec::with_capacity(items.len());
        for x in &items {
            out.push(f(self, x)?);
        }
        Ok(out)
    }

    fn ident_value(&self, v: &Obj) -> PyResult<String> {
        match as_str(v) {
            Some(s) if v.type_obj().is_subtype(&crate::types::str::STR_TYPE) => Ok(s.to_string()),
            _ => Err(type_error("AST identifier must be of type str")),
        }
    }

    fn ident(&self, o: &Obj, name: &'static str, owner: &str) -> PyResult<String> {
        let v = self.required(o, name, owner)?;
        self.ident_value(&v)
    }

    fn opt_ident(&self, o: &Obj, name: &'static str) -> PyResult<Option<String>> {
        self.optional(o, name)?.map(|v| self.ident_value(&v)).transpose()
    }

    fn opt_string(&self, o: &Obj, name: &'static str) -> PyResult<Option<String>> {
        self.optional(o, name)?
            .map(|v| match as_str(&v) {
                Some(s) => Ok(s.to_string()),
                None => Err(type_error("AST string must be of type str")),
            })
            .transpose()
    }

    fn int_value(&self, v: &Obj) -> PyResult<i64> {
        if !int::is_int(v) {
            return Err(value_error(format!("invalid integer value: {}", ab::repr_string(v)?)));
        }
        int::as_i64(v).ok_or_else(|| crate::error::overflow_error("Python int too large to convert to C int"))
    }

    fn int(&self, o: &Obj, name: &'static str, owner: &str) -> PyResult<i64> {
        let v = self.present(o, name, owner)?;
        self.int_value(&v)
    }

    fn u32_field(&self, o: &Obj, name: &'static str, owner: &str) -> PyResult<u32> {
        Ok(self.int(o, name, owner)?.clamp(0, u32::MAX as i64) as u32)
    }

    fn loc(&self, o: &Obj, owner: &str, end_optional: bool) -> PyResult<Loc> {
        let lineno = self.int(o, "lineno", owner)?;
        let col_offset = self.int(o, "col_offset", owner)?;
        let (end_lineno, end_col_offset) = if end_optional {
            let el = match self.optional(o, "end_lineno")? {
                Some(v) => self.int_value(&v)?,
                None => lineno,
            };
            let ec = match self.optional(o, "end_col_offset")? {
                Some(v) => self.int_value(&v)?,
                None => col_offset,
            };
            (el, ec)
        } else {
            (self.int(o, "end_lineno", owner)?, self.int(o, "end_col_offset", owner)?)
        };
        if matches!(owner, "stmt" | "expr" | "pattern") {
            check_positions(lineno, end_lineno, col_offset, end_col_offset)?;
        }
        let u = |v: i64| v.clamp(0, u32::MAX as i64) as u32;
        Ok(Loc { lineno: u(lineno), col_offset: u(col_offset), end_lineno: u(end_lineno), end_col_offset: u(end_col_offset) })
    }

    fn module(&self, o: &Obj) -> PyResult<Mod> {
        let k = self.kind(o, "mod", &["Module", "Interactive", "Expression", "FunctionType"])?;
        Ok(match k {
            "Module" => {
                let body = self.list(o, "body", k, Self::stmt)?;
                let type_ignores = self.list(o, "type_ignores", k, |s, t| {
                    s.kind(t, "type_ignore", &["TypeIgnore"])?;
                    let lineno = s.u32_field(t, "lineno", "TypeIgnore")?;
                    let tag = s.required(t, "tag", "TypeIgnore")?;
                    let tag = as_str(&tag).ok_or_else(|| type_error("AST string must be of type str"))?.to_string();
                    Ok(TypeIgnore { lineno, tag })
                })?;
                Mod::Module { body, type_ignores }
            }
            "Interactive" => Mod::Interactive { body: self.list(o, "body", k, Self::stmt)? },
            "Expression" => Mod::Expression { body: self.expr_field(o, "body", k, ExprContext::Load)? },
            _ => Mod::FunctionType {
                argtypes: self.list(o, "argtypes", k, |s, e| s.expr(e, ExprContext::Load))?,
                returns: self.expr_field(o, "returns", k, ExprContext::Load)?,
            },
        })
    }

    fn expr_field(&self, o: &Obj, name: &'static str, owner: &str, ctx: ExprContext) -> PyResult<Box<Expr>> {
        let v = self.required(o, name, owner)?;
        Ok(Box::new(self.expr(&v, ctx)?))
    }

    fn opt_expr_field(&self, o: &Obj, name: &'static str) -> PyResult<Option<Box<Expr>>> {
        match self.optional(o, name)? {
            Some(v) => Ok(Some(Box::new(self.expr(&v, ExprContext::Load)?))),
            None => Ok(None),
        }
    }

    fn exprs(&self, o: &Obj, name: &'static str, owner: &str, ctx: ExprContext) -> PyResult<Vec<Expr>> {
        self.list(o, name, owner, |s, e| s.expr(e, ctx))
    }

    fn body(&self, o: &Obj, name: &'static str, owner: &str, nonempty: bool) -> PyResult<Vec<Stmt>> {
        let v = self.list(o, name, owner, Self::stmt)?;
        if nonempty && v.is_empty() {
            return Err(value_error(format!("empty {name} on {owner}")));
        }
        Ok(v)
    }

    fn unit<T: Copy>(&self, o: &Obj, name: &'static str, owner: &str, sum: &str, all: &[T], names: impl Fn(T) -> &'static str) -> PyResult<T> {
        let v = self.present(o, name, owner)?;
        self.unit_value(&v, sum, all, names)
    }

    fn unit_value<T: Copy>(&self, v: &Obj, sum: &str, all: &[T], names: impl Fn(T) -> &'static str) -> PyResult<T> {
        for &x in all {
            if self.is(v, names(x)) {
                return Ok(x);
            }
        }
        Err(type_error(format!("expected some sort of {sum}, but got {}", ab::repr_string(v)?)))
    }

    fn type_params(&self, o: &Obj, owner: &str) -> PyResult<Vec<TypeParam>> {
        // Trees built by hand before 3.12 have no type_params: CPython
        // treats a missing list as empty here.
        if self.get(o, "type_params")?.is_none() {
            return Ok(vec![]);
        }
        self.list(o, "type_params", owner, |s, p| {
            let loc = s.loc(p, "type_param", false)?;
            let k = s.kind(p, "type_param", &["TypeVar", "ParamSpec", "TypeVarTuple"])?;
            let name = s.ident(p, "name", k)?;
            let default_value = s.opt_expr_field(p, "default_value")?;
            let node = match k {
                "TypeVar" => TypeParamKind::TypeVar { name, bound: s.opt_expr_field(p, "bound")?, default_value },
                "ParamSpec" => TypeParamKind::ParamSpec { name, default_value },
                _ => TypeParamKind::TypeVarTuple { name, default_value },
            };
            Ok(TypeParam { node, loc })
        })
    }

    fn arg(&self, a: &Obj) -> PyResult<Arg> {
        self.kind(a, "arg", &["arg"])?;
        Ok(Arg {
            arg: self.ident(a, "arg", "arg")?,
            annotation: self.opt_expr_field(a, "annotation")?.map(|b| *b),
            type_comment: self.opt_string(a, "type_comment")?,
            loc: self.loc(a, "arg", true)?,
        })
    }

    fn arguments(&self, o: &Obj, owner: &str) -> PyResult<Box<Arguments>> {
        let a = self.required(o, "args", owner)?;
        self.kind(&a, "arguments", &["arguments"])?;
        let k = "arguments";
        let opt_arg = |name: &'static str| -> PyResult<Option<Arg>> { self.optional(&a, name)?.map(|v| self.arg(&v)).transpose() };
        let args = Arguments {
            posonlyargs: self.list(&a, "posonlyargs", k, Self::arg)?,
            args: self.list(&a, "args", k, Self::arg)?,
            vararg: opt_arg("vararg")?,
            kwonlyargs: self.list(&a, "kwonlyargs", k, Self::arg)?,
            kw_defaults: self.list(&a, "kw_defaults", k, |s, e| if crate::types::is_none(e) { Ok(None) } else { s.expr(e, ExprContext::Load).map(Some) })?,
            kwarg: opt_arg("kwarg")?,
            defaults: Vec::new(),
        };
        // None among the defaults is refused after the counts are checked,
        // as CPython's validator does.
        let defaults = self.list(&a, "defaults", k, |s, e| if crate::types::is_none(e) { Ok(None) } else { s.expr(e, ExprContext::Load).map(Some) })?;
        let mut args = args;
        if args.kw_defaults.len() != args.kwonlyargs.len() {
            return Err(value_error("length of kwonlyargs is not the same as kw_defaults on arguments"));
        }
        if defaults.len() > args.posonlyargs.len() + args.args.len() {
            return Err(value_error("more positional defaults than args on arguments"));
        }
        args.defaults = defaults.into_iter().map(|d| d.ok_or_else(|| value_error(NONE_IN_EXPRS))).collect::<PyResult<_>>()?;
        Ok(Box::new(args))
    }

    fn keywords(&self, o: &Obj, owner: &str) -> PyResult<Vec<Keyword>> {
        self.list(o, "keywords", owner, |s, k| {
            s.kind(k, "keyword", &["keyword"])?;
            Ok(Keyword { arg: s.opt_ident(k, "arg")?, value: *s.expr_field(k, "value", "keyword", ExprContext::Load)?, loc: s.loc(k, "keyword", true)? })
        })
    }

    fn stmt(&self, o: &Obj) -> PyResult<Stmt> {
        crate::thread::check_recursion()?;
        const CTORS: &[&str] = &[
            "FunctionDef", "AsyncFunctionDef", "ClassDef", "Return", "Delete", "Assign", "TypeAlias", "AugAssign", "AnnAssign", "For",
            "AsyncFor", "While", "If", "With", "AsyncWith", "Match", "Raise", "Try", "TryStar", "Assert", "Import", "ImportFrom", "Global",
            "Nonlocal", "Expr", "Pass", "Break", "Continue",
        ];
        if crate::types::is_none(o) {
            return Err(value_error("None disallowed in statement list"));
        }
        // CPython reads the position attributes before it looks at the class.
        let loc = self.loc(o, "stmt", true)?;
        let k = self.kind(o, "stmt", CTORS)?;
        let load = ExprContext::Load;
        let store = ExprContext::Store;
        let node = match k {
            "FunctionDef" | "AsyncFunctionDef" => {
                let name = self.ident(o, "name", k)?;
                let args = self.arguments(o, k)?;
                let body = self.body(o, "body", k, true)?;
                let decorator_list = self.exprs(o, "decorator_list", k, load)?;
                let returns = self.opt_expr_field(o, "returns")?;
                let type_comment = self.opt_string(o, "type_comment")?;
                let type_params = self.type_params(o, k)?;
                if k == "FunctionDef" {
                    StmtKind::FunctionDef { name, args, body, decorator_list, returns, type_comment, type_params }
                } else {
                    StmtKind::AsyncFunctionDef { name, args, body, decorator_list, returns, type_comment, type_params }
                }
            }
            "ClassDef" => StmtKind::ClassDef {
                name: self.ident(o, "name", k)?,
                bases: self.exprs(o, "bases", k, load)?,
                keywords: self.keywords(o, k)?,
                body: self.body(o, "body", k, true)?,
                decorator_list: self.exprs(o, "decorator_list", k, load)?,
                type_params: self.type_params(o, k)?,
            },
            "Return" => StmtKind::Return { value: self.opt_expr_field(o, "value")? },
            "Delete" => {
                let targets = self.exprs(o, "targets", k, ExprContext::Del)?;
                if targets.is_empty() {
                    return Err(value_error("empty targets on Delete"));
                }
                StmtKind::Delete { targets }
            }
            "Assign" => {
                let targets = self.exprs(o, "targets", k, store)?;
                if targets.is_empty() {
                    return Err(value_error("empty targets on Assign"));
                }
                StmtKind::Assign { targets, value: self.expr_field(o, "value", k, load)?, type_comment: self.opt_string(o, "type_comment")? }
            }
            "TypeAlias" => {
                let name = self.expr_field(o, "name", k, store)?;
                if !matches!(name.node, ExprKind::Name { .. }) {
                    return Err(type_error("TypeAlias with non-Name name"));
                }
                StmtKind::TypeAlias { name, type_params: self.type_params(o, k)?, value: self.expr_field(o, "value", k, load)? }
            }
            "AugAssign" => StmtKind::AugAssign {
                target: self.expr_field(o, "target", k, store)?,
                op: self.unit(o, "op", k, "operator", Operator::ALL, Operator::name)?,
                value: self.expr_field(o, "value", k, load)?,
            },
            "AnnAssign" => {
                let target = self.expr_field(o, "target", k, store)?;
                let annotation = self.expr_field(o, "annotation", k, load)?;
                let value = self.opt_expr_field(o, "value")?;
                let simple = self.int(o, "simple", k)? != 0;
                if simple && !matches!(target.node, ExprKind::Name { .. }) {
                    return Err(type_error("AnnAssign with simple non-Name target"));
                }
                StmtKind::AnnAssign { target, annotation, value, simple }
            }
            "For" | "AsyncFor" => {
                let target = self.expr_field(o, "target", k, store)?;
                let iter = self.expr_field(o, "iter", k, load)?;
                let body = self.body(o, "body", k, true)?;
                let orelse = self.body(o, "orelse", k, false)?;
                let type_comment = self.opt_string(o, "type_comment")?;
                if k == "For" {
                    StmtKind::For { target, iter, body, orelse, type_comment }
                } else {
                    StmtKind::AsyncFor { target, iter, body, orelse, type_comment }
                }
            }
            "While" => StmtKind::While { test: self.expr_field(o, "test", k, load)?, body: self.body(o, "body", k, true)?, orelse: self.body(o, "orelse", k, false)? },
            "If" => StmtKind::If { test: self.expr_field(o, "test", k, load)?, body: self.body(o, "body", k, true)?, orelse: self.body(o, "orelse", k, false)? },
            "With" | "AsyncWith" => {
                let items = self.list(o, "items", k, |s, w| {
                    s.kind(w, "withitem", &["withitem"])?;
                    Ok(WithItem {
                        context_expr: *s.expr_field(w, "context_expr", "withitem", load)?,
                        optional_vars: s.optional(w, "optional_vars")?.map(|v| s.expr(&v, store)).transpose()?,
                    })
                })?;
                if items.is_empty() {
                    return Err(value_error(format!("empty items on {k}")));
                }
                let body = self.body(o, "body", k, true)?;
                let type_comment = self.opt_string(o, "type_comment")?;
                if k == "With" {
                    StmtKind::With { items, body, type_comment }
                } else {
                    StmtKind::AsyncWith { items, body, type_comment }
                }
            }
            "Match" => {
                let subject = self.expr_field(o, "subject", k, load)?;
                let cases = self.list(o, "cases", k, |s, c| {
                    s.kind(c, "match_case", &["match_case"])?;
                    let pattern = s.required(c, "pattern", "match_case")?;
                    let pattern = s.pattern(&pattern)?;
                    validate_pattern(&pattern, false)?;
                    Ok(MatchCase {
                        pattern,
                        guard: s.opt_expr_field(c, "guard")?.map(|b| *b),
                        body: s.body(c, "body", "match_case", true)?,
                    })
                })?;
                if cases.is_empty() {
                    return Err(value_error("empty cases on Match"));
                }
                StmtKind::Match { subject, cases }
            }
            "Raise" => {
                let exc = self.opt_expr_field(o, "exc")?;
                let cause = self.opt_expr_field(o, "cause")?;
                if exc.is_none() && cause.is_some() {
                    return Err(value_error("Raise with cause but no exception"));
                }
                StmtKind::Raise { exc, cause }
            }
            "Try" | "TryStar" => {
                let body = self.body(o, "body", k, true)?;
                let handlers = self.list(o, "handlers", k, |s, h| {
                    let loc = s.loc(h, "excepthandler", true)?;
                    s.kind(h, "excepthandler", &["ExceptHandler"])?;
                    Ok(ExceptHandler {
                        type_: s.opt_expr_field(h, "type")?.map(|b| *b),
                        name: s.opt_ident(h, "name")?,
                        body: s.body(h, "body", "ExceptHandler", true)?,
                        loc,
                    })
                })?;
                let orelse = self.body(o, "orelse", k, false)?;
                let finalbody = self.body(o, "finalbody", k, false)?;
                if handlers.is_empty() && finalbody.is_empty() {
                    return Err(value_error(format!("{k} has neither except handlers nor finalbody")));
                }
                if handlers.is_empty() && !orelse.is_empty() {
                    return Err(value_error(format!("{k} has orelse but no except handlers")));
                }
                if k == "Try" {
                    StmtKind::Try { body, handlers, orelse, finalbody }
                } else {
                    StmtKind::TryStar { body, handlers, orelse, finalbody }
                }
            }
            "Assert" => StmtKind::Assert { test: self.expr_field(o, "test", k, load)?, msg: self.opt_expr_field(o, "msg")? },
            "Import" | "ImportFrom" => {
                let names = self.list(o, "names", k, |s, a| {
                    s.kind(a, "alias", &["alias"])?;
                    Ok(Alias { name: s.ident(a, "name", "alias")?, asname: s.opt_ident(a, "asname")?, loc: s.loc(a, "alias", true)? })
                })?;
                if names.is_empty() {
                    return Err(value_error(format!("empty names on {k}")));
                }
                if k == "Import" {
                    StmtKind::Import { names }
                } else {
                    let module = self.opt_ident(o, "module")?;
                    let level = match self.optional(o, "level")? {
                        Some(v) => self.int_value(&v)?,
                        None => 0,
                    };
                    if level < 0 {
                        return Err(value_error("Negative ImportFrom level"));
                    }
                    StmtKind::ImportFrom { module, names, level: level.min(u32::MAX as i64) as u32 }
                }
            }
            "Global" | "Nonlocal" => {
                let names = self.list(o, "names", k, |s, n| s.ident_value(n))?;
                if names.is_empty() {
                    return Err(value_error(format!("empty names on {k}")));
                }
                if k == "Global" {
                    StmtKind::Global { names }
                } else {
                    StmtKind::Nonlocal { names }
                }
            }
            "Expr" => StmtKind::Expr { value: self.expr_field(o, "value", k, load)? },
            "Pass" => StmtKind::Pass {},
            "Break" => StmtKind::Break {},
            _ => StmtKind::Continue {},
        };
        Ok(Stmt { node, loc })
    }

    fn comprehensions(&self, o: &Obj, owner: &str) -> PyResult<Vec<Comprehension>> {
        let v = self.list(o, "generators", owner, |s, c| {
            s.kind(c, "comprehension", &["comprehension"])?;
            let k = "comprehension";
            Ok(Comprehension {
                target: *s.expr_field(c, "target", k, ExprContext::Store)?,
                iter: *s.expr_field(c, "iter", k, ExprContext::Load)?,
                ifs: s.exprs(c, "ifs", k, ExprContext::Load)?,
                is_async: s.int(c, "is_async", k)? != 0,
            })
        })?;
        if v.is_empty() {
            return Err(value_error(format!("comprehension with no generators")));
        }
        Ok(v)
    }

    fn check_ctx(&self, actual: ExprContext, want: ExprContext) -> PyResult<()> {
        if actual != want {
            return Err(value_error(format!("expression must have {} context but has {} instead", want.name(), actual.name())));
        }
        Ok(())
    }

    fn ctx(&self, o: &Obj, k: &str) -> PyResult<ExprContext> {
        self.unit(o, "ctx", k, "expr_context", ExprContext::ALL, ExprContext::name)
    }

    fn expr(&self, o: &Obj, want: ExprContext) -> PyResult<Expr> {
        crate::thread::check_recursion()?;
        const CTORS: &[&str] = &[
            "BoolOp", "NamedExpr", "BinOp", "UnaryOp", "Lambda", "IfExp", "Dict", "Set", "ListComp", "SetComp", "DictComp", "GeneratorExp",
            "Await", "Yield", "YieldFrom", "Compare", "Call", "FormattedValue", "JoinedStr", "Constant", "Attribute", "Subscript", "Starred",
            "Name", "List", "Tuple", "Slice",
        ];
        if crate::types::is_none(o) {
            return Err(value_error(NONE_IN_EXPRS));
        }
        let loc = self.loc(o, "expr", true)?;
        let k = self.kind(o, "expr", CTORS)?;
        let load = ExprContext::Load;
        let has_ctx = matches!(k, "Attribute" | "Subscript" | "Starred" | "Name" | "List" | "Tuple");
        if !has_ctx && want != load {
            return Err(value_error(format!("expression which can't be assigned to in {} context", want.name())));
        }
        let node = match k {
            "BoolOp" => {
                let values = self.exprs(o, "values", k, load)?;
                if values.len() < 2 {
                    return Err(value_error("BoolOp with less than 2 values"));
                }
                ExprKind::BoolOp { op: self.unit(o, "op", k, "boolop", BoolOp::ALL, BoolOp::name)?, values }
            }
            "NamedExpr" => {
                let target = self.expr_field(o, "target", k, ExprContext::Store)?;
                if !matches!(target.node, ExprKind::Name { .. }) {
                    return Err(type_error("NamedExpr target must be a Name"));
                }
                ExprKind::NamedExpr { target, value: self.expr_field(o, "value", k, load)? }
            }
            "BinOp" => ExprKind::BinOp {
                left: self.expr_field(o, "left", k, load)?,
                op: self.unit(o, "op", k, "operator", Operator::ALL, Operator::name)?,
                right: self.expr_field(o, "right", k, load)?,
            },
            "UnaryOp" => ExprKind::UnaryOp { op: self.unit(o, "op", k, "unaryop", UnaryOp::ALL, UnaryOp::name)?, operand: self.expr_field(o, "operand", k, load)? },
            "Lambda" => ExprKind::Lambda { args: self.arguments(o, k)?, body: self.expr_field(o, "body", k, load)? },
            "IfExp" => ExprKind::IfExp {
                test: self.expr_field(o, "test", k, load)?,
                body: self.expr_field(o, "body", k, load)?,
                orelse: self.expr_field(o, "orelse", k, load)?,
            },
            "Dict" => {
                let keys = self.list(o, "keys", k, |s, e| if crate::types::is_none(e) { Ok(None) } else { s.expr(e, load).map(Some) })?;
                let values = self.exprs(o, "values", k, load)?;
                if keys.len() != values.len() {
                    return Err(value_error("Dict doesn't have the same number of keys as values"));
                }
                ExprKind::Dict { keys, values }
            }
            "Set" => ExprKind::Set { elts: self.exprs(o, "elts", k, load)? },
            // CPython's validator checks the generators before the element.
            "ListComp" => ExprKind::ListComp { generators: self.comprehensions(o, k)?, elt: self.expr_field(o, "elt", k, load)? },
            "SetComp" => ExprKind::SetComp { generators: self.comprehensions(o, k)?, elt: self.expr_field(o, "elt", k, load)? },
            "GeneratorExp" => ExprKind::GeneratorExp { generators: self.comprehensions(o, k)?, elt: self.expr_field(o, "elt", k, load)? },
            "DictComp" => ExprKind::DictComp {
                generators: self.comprehensions(o, k)?,
                key: self.expr_field(o, "key", k, load)?,
                value: self.expr_field(o, "value", k, load)?,
            },
            "Await" => ExprKind::Await { value: self.expr_field(o, "value", k, load)? },
            "Yield" => ExprKind::Yield { value: self.opt_expr_field(o, "value")? },
            "YieldFrom" => ExprKind::YieldFrom { value: self.expr_field(o, "value", k, load)? },
            "Compare" => {
                let left = self.expr_field(o, "left", k, load)?;
                let ops = self.list(o, "ops", k, |s, v| s.unit_value(v, "cmpop", CmpOp::ALL, CmpOp::name))?;
                let comparators = self.exprs(o, "comparators", k, load)?;
                if comparators.is_empty() {
                    return Err(value_error("Compare with no comparators"));
                }
                if ops.len() != comparators.len() {
                    return Err(value_error("Compare has a different number of comparators and operands"));
                }
                ExprKind::Compare { left, ops, comparators }
            }
            "Call" => ExprKind::Call { func: self.expr_field(o, "func", k, load)?, args: self.exprs(o, "args", k, load)?, keywords: self.keywords(o, k)? },
            "FormattedValue" => ExprKind::FormattedValue {
                value: self.expr_field(o, "value", k, load)?,
                conversion: self.int(o, "conversion", k)?.clamp(i32::MIN as i64, i32::MAX as i64) as i32,
                format_spec: self.opt_expr_field(o, "format_spec")?,
            },
            "JoinedStr" => ExprKind::JoinedStr { values: self.exprs(o, "values", k, load)? },
            "Constant" => {
                let v = self.present(o, "value", k)?;
                ExprKind::Constant { value: self.constant(&v)?, kind: self.opt_string(o, "kind")? }
            }
            "Attribute" => {
                let value = self.expr_field(o, "value", k, load)?;
                let attr = self.ident(o, "attr", k)?;
                let ctx = self.ctx(o, k)?;
                self.check_ctx(ctx, want)?;
                ExprKind::Attribute { value, attr, ctx }
            }
            "Subscript" => {
                let value = self.expr_field(o, "value", k, load)?;
                let slice = self.expr_field(o, "slice", k, load)?;
                let ctx = self.ctx(o, k)?;
                self.check_ctx(ctx, want)?;
                ExprKind::Subscript { value, slice, ctx }
            }
            "Starred" => {
                let value = self.expr_field(o, "value", k, want)?;
                let ctx = self.ctx(o, k)?;
                self.check_ctx(ctx, want)?;
                ExprKind::Starred { value, ctx }
            }
            "Name" => {
                let id = self.ident(o, "id", k)?;
                let ctx = self.ctx(o, k)?;
                self.check_ctx(ctx, want)?;
                if matches!(id.as_str(), "None" | "True" | "False") {
                    return Err(value_error(format!("identifier field can't represent '{id}' constant")));
                }
                ExprKind::Name { id, ctx }
            }
            "List" | "Tuple" => {
                let elts = self.exprs(o, "elts", k, want)?;
                let ctx = self.ctx(o, k)?;
                self.check_ctx(ctx, want)?;
                if k == "List" {
                    ExprKind::List { elts, ctx }
                } else {
                    ExprKind::Tuple { elts, ctx }
                }
            }
            _ => ExprKind::Slice { lower: self.opt_expr_field(o, "lower")?, upper: self.opt_expr_field(o, "upper")?, step: self.opt_expr_field(o, "step")? },
        };
        Ok(Expr { node, loc })
    }

    fn constant(&self, v: &Obj) -> PyResult<Constant> {
        use crate::types::singletons::BOOL_TYPE;
        let t = v.type_ptr();
        if crate::types::is_none(v) {
            return Ok(Constant::None {});
        }
        if v.value() == crate::types::singletons::ellipsis().value() {
            return Ok(Constant::Ellipsis {});
        }
        if t == &BOOL_TYPE as *const _ {
            return Ok(if ab::is_true(v)? { Constant::True {} } else { Constant::False {} });
        }
        if t == &int::INT_TYPE as *const _ {
            return Ok(match int::as_i64(v) {
                Some(value) => Constant::Int { value },
                None => Constant::BigInt { digits: int::as_bigint(v).unwrap_or_default().to_string() },
            });
        }
        if t == &crate::types::float::FLOAT_TYPE as *const _ {
            return Ok(Constant::Float { value: crate::types::float::as_f64(v).unwrap_or(0.0) });
        }
        if t == &crate::types::complex::COMPLEX_TYPE as *const _ {
            let (real, imag) = crate::types::complex::as_complex(v).unwrap_or((0.0, 0.0));
            return Ok(Constant::Complex { real, imag });
        }
        if t == &crate::types::str::STR_TYPE as *const _ {
            return Ok(Constant::Str { value: as_str(v).unwrap_or("").to_string() });
        }
        if t == &crate::types::bytes::BYTES_TYPE as *const _ {
            return Ok(Constant::Bytes { value: crate::types::bytes::as_bytes(v).unwrap_or(&[]).to_vec() });
        }
        if t == &crate::types::tuple::TUPLE_TYPE as *const _ {
            let items = crate::types::tuple::as_tuple(v).unwrap_or(&[]).iter().map(|x| self.constant(x)).collect::<PyResult<Vec<_>>>()?;
            return Ok(Constant::Tuple { items });
        }
        if t == &crate::types::set::FROZENSET_TYPE as *const _ {
            let items = crate::types::set::as_anyset(v).map(|s| s.items()).unwrap_or_default();
            let items = items.iter().map(|x| self.constant(x)).collect::<PyResult<Vec<_>>>()?;
            if items.is_empty() {
                self.frozensets.borrow_mut().push(v.clone());
            }
            return Ok(Constant::FrozenSet { items });
        }
        Err(type_error(format!("got an invalid type in Constant: {}", type_name(v))))
    }

    fn patterns(&self, o: &Obj, name: &'static str, owner: &str) -> PyResult<Vec<Pattern>> {
        self.list(o, name, owner, Self::pattern)
    }

    fn pattern(&self, o: &Obj) -> PyResult<Pattern> {
        crate::thread::check_recursion()?;
        const CTORS: &[&str] = &["MatchValue", "MatchSingleton", "MatchSequence", "MatchMapping", "MatchClass", "MatchStar", "MatchAs", "MatchOr"];
        let loc = self.loc(o, "pattern", false)?;
        let k = self.kind(o, "pattern", CTORS)?;
        let load = ExprContext::Load;
        let node = match k {
            "MatchValue" => PatternKind::MatchValue { value: self.expr_field(o, "value", k, load)? },
            "MatchSingleton" => {
                let v = self.present(o, "value", k)?;
                let value = self.constant(&v)?;
                if !matches!(value, Constant::None {} | Constant::True {} | Constant::False {}) {
                    return Err(value_error("MatchSingleton can only contain True, False and None"));
                }
                PatternKind::MatchSingleton { value }
            }
            "MatchSequence" => PatternKind::MatchSequence { patterns: self.patterns(o, "patterns", k)? },
            "MatchMapping" => {
                let keys = self.exprs(o, "keys", k, load)?;
                let patterns = self.patterns(o, "patterns", k)?;
                if keys.len() != patterns.len() {
                    return Err(value_error("MatchMapping doesn't have the same number of keys as patterns"));
                }
                PatternKind::MatchMapping { keys, patterns, rest: self.opt_ident(o, "rest")? }
            }
            "MatchClass" => {
                let cls = self.expr_field(o, "cls", k, load)?;
                let patterns = self.patterns(o, "patterns", k)?;
                let kwd_attrs = self.list(o, "kwd_attrs", k, |s, n| s.ident_value(n))?;
                let kwd_patterns = self.patterns(o, "kwd_patterns", k)?;
                if kwd_attrs.len() != kwd_patterns.len() {
                    return Err(value_error("MatchClass doesn't have the same number of keyword attributes as patterns"));
                }
                PatternKind::MatchClass { cls, patterns, kwd_attrs, kwd_patterns }
            }
            "MatchStar" => PatternKind::MatchStar { name: self.opt_ident(o, "name")? },
            "MatchAs" => {
                let pattern = match self.optional(o, "pattern")? {
                    Some(p) => Some(Box::new(self.pattern(&p)?)),
                    None => None,
                };
                PatternKind::MatchAs { pattern, name: self.opt_ident(o, "name")? }
            }
            _ => {
                let patterns = self.patterns(o, "patterns", k)?;
                if patterns.len() < 2 {
                    return Err(value_error("MatchOr requires at least 2 patterns"));
                }
                PatternKind::MatchOr { patterns }
            }
        };
        Ok(Pattern { node, loc })
    }
}

/// CPython's validator for a converted pattern (`star_ok`: inside a
/// sequence pattern), after the checks made while converting it.
fn validate_pattern(p: &Pattern, star_ok: bool) -> PyResult<()> {
    crate::thread::check_recursion()?;
    let all = |ps: &[Pattern], star_ok: bool| ps.iter().try_for_each(|p| validate_pattern(p, star_ok));
    match &p.node {
        PatternKind::MatchValue { value } => validate_match_value(value),
        PatternKind::MatchSingleton { .. } => Ok(()),
        PatternKind::MatchSequence { patterns } => all(patterns, true),
        PatternKind::MatchMapping { keys, patterns, rest } => {
            if let Some(r) = rest {
                validate_capture(r)?;
            }
            for k in keys {
                // True, False and None are syntactically valid keys.
                if matches!(&k.node, ExprKind::Constant { value: Constant::None {} | Constant::True {} | Constant::False {}, .. }) {
                    continue;
                }
                validate_match_value(k)?;
            }
            all(patterns, false)
        }
        PatternKind::MatchClass { cls, patterns, kwd_attrs, kwd_patterns } => {
            let mut c = cls.as_ref();
            loop {
                match &c.node {
                    ExprKind::Name { .. } => break,
                    ExprKind::Attribute { value, .. } => c = value,
                    _ => return Err(value_error("MatchClass cls field can only contain Name or Attribute nodes.")),
                }
            }
            kwd_attrs.iter().try_for_each(|a| validate_name(a))?;
            all(patterns, false)?;
            all(kwd_patterns, false)
        }
        PatternKind::MatchStar { name } => {
            if !star_ok {
                return Err(value_error("can't use MatchStar here"));
            }
            name.as_deref().map_or(Ok(()), validate_capture)
        }
        PatternKind::MatchAs { pattern, name } => {
            if let Some(n) = name {
                validate_capture(n)?;
            }
            match (pattern, name) {
                (None, _) => Ok(()),
                (Some(_), None) => Err(value_error("MatchAs must specify a target name if a pattern is given")),
                (Some(p), Some(_)) => validate_pattern(p, false),
            }
        }
        PatternKind::MatchOr { patterns } => all(patterns, false),
    }
}

/// A name that cannot stand for True, False or None.
fn validate_name(n: &str) -> PyResult<()> {
    if matches!(n, "None" | "True" | "False") {
        return Err(value_error(format!("identifier field can't represent '{n}' constant")));
    }
    Ok(())
}

/// A name a pattern binds: also not `_`.
fn validate_capture(n: &str) -> PyResult<()> {
    if n == "_" {
        return Err(value_error("can't capture name '_' in patterns"));
    }
    validate_name(n)
}

/// The value of a value pattern or a mapping key: a number, string or
/// bytes constant, an attribute lookup, a negated number, a complex
/// literal (`1 + 2j`) or an f-string.
fn validate_match_value(e: &Expr) -> PyResult<()> {
    let number = |e: &Expr, real: bool, imag: bool| match &e.node {
        ExprKind::Constant { value: Constant::Int { .. } | Constant::BigInt { .. } | Constant::Float { .. }, .. } => real,
        ExprKind::Constant { value: Constant::Complex { .. }, .. } => imag,
        _ => false,
    };
    let negative = |e: &Expr, real: bool, imag: bool| matches!(&e.node, ExprKind::UnaryOp { op: UnaryOp::USub, operand } if number(operand, real, imag));
    let ok = match &e.node {
        ExprKind::Constant { value, .. } => {
            if !matches!(value, Constant::Int { .. } | Constant::BigInt { .. } | Constant::Float { .. } | Constant::Complex { .. } | Constant::Str { .. } | Constant::Bytes { .. }) {
                return Err(value_error("unexpected constant inside of a literal pattern"));
            }
            true
        }
        ExprKind::Attribute { .. } | ExprKind::JoinedStr { .. } => true,
        ExprKind::UnaryOp { .. } => negative(e, true, true),
        ExprKind::BinOp { left, op: Operator::Add | Operator::Sub, right } => (number(left, true, false) || negative(left, true, false)) && number(right, false, true),
        _ => false,
    };
    if ok {
        Ok(())
    } else {
        Err(value_error("patterns may only match literals and attribute lookups"))
    }
}
