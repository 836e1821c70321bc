//! Symbol table: which names are local, global, free or cell in each scope,
//! following CPython 3.13's rules (symtable.c), including PEP 709 inlined
//! comprehensions, the implicit `__class__` cell and private name mangling.

use crate::error::CompileError;
use pyk_abi::ast::*;
use std::collections::{HashMap, HashSet};

pub const DEF_GLOBAL: u32 = 1;
pub const DEF_LOCAL: u32 = 2;
pub const DEF_PARAM: u32 = 4;
pub const DEF_NONLOCAL: u32 = 8;
pub const USE: u32 = 16;
/// Bound in a class body and free in one of its methods.
pub const DEF_FREE_CLASS: u32 = 32;
pub const DEF_IMPORT: u32 = 64;
pub const DEF_ANNOT: u32 = 128;
pub const DEF_COMP_ITER: u32 = 256;
pub const DEF_TYPE_PARAM: u32 = 512;
/// An inlined comprehension's variable captured by a closure.
pub const DEF_COMP_CELL: u32 = 1024;
pub const DEF_BOUND: u32 = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

/// Nesting deeper than this is a RecursionError at compile time (where
/// CPython 3.13 stops: `x+x+…` compiles with 9,996 operators in a module).
pub const MAX_DEPTH: u32 = 9998;

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum SymScope {
    Unknown,
    Local,
    GlobalExplicit,
    GlobalImplicit,
    Free,
    Cell,
}

#[derive(Copy, Clone, Debug)]
pub struct Symbol {
    pub flags: u32,
    pub scope: SymScope,
}

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum BlockKind {
    Module,
    Class,
    Function,
    Annotation,
    TypeParams,
    TypeAlias,
}

#[derive(Debug)]
pub struct Scope {
    pub kind: BlockKind,
    pub name: String,
    /// Symbols in first-seen order.
    pub names: Vec<String>,
    pub symbols: HashMap<String, Symbol>,
    /// Parameter names in order (posonly, args, kwonly, *args, **kwargs).
    pub params: Vec<String>,
    pub children: Vec<usize>,
    pub parent: Option<usize>,
    pub is_comprehension: bool,
    /// A generator expression (never inlined).
    pub is_genexp: bool,
    pub comp_inlined: bool,
    pub generator: bool,
    pub coroutine: bool,
    pub is_lambda: bool,
    pub needs_class_closure: bool,
    pub needs_classdict: bool,
    pub can_see_class_scope: bool,
    /// Annotation-like blocks where yield/await/walrus are errors: what the
    /// message calls the block ("a TypeVar bound", "a type alias"...).
    pub restrict: Option<&'static str>,
    pub nested: bool,
    pub has_free: bool,
    pub loc: Loc,
    /// Private-name mangling prefix in effect (the enclosing class name).
    pub private: Option<String>,
    /// Names the comprehension binds as iteration targets.
    comp_iter_target: bool,
    comp_iter_expr: u32,
    /// Where global/nonlocal statements were, for error positions.
    directives: HashMap<String, Loc>,
}

impl Scope {
    fn new(kind: BlockKind, name: &str, loc: Loc, parent: Option<usize>) -> Scope {
        Scope {
            kind,
            name: name.to_string(),
            names: Vec::new(),
            symbols: HashMap::new(),
            params: Vec::new(),
            children: Vec::new(),
            parent,
            is_comprehension: false,
            is_genexp: false,
            comp_inlined: false,
            generator: false,
            coroutine: false,
            is_lambda: false,
            needs_class_closure: false,
            needs_classdict: false,
            can_see_class_scope: false,
            restrict: None,
            nested: false,
            has_free: false,
            loc,
            private: None,
            comp_iter_target: false,
            comp_iter_expr: 0,
            directives: HashMap::new(),
        }
    }

    pub fn is_function_like(&self) -> bool {
        matches!(self.kind, BlockKind::Function | BlockKind::Annotation | BlockKind::TypeParams | BlockKind::TypeAlias)
    }

    pub fn lookup(&self, name: &str) -> Option<Symbol> {
        self.symbols.get(name).copied()
    }

    pub fn scope_of(&self, name: &str) -> SymScope {
        self.symbols.get(name).map(|s| s.scope).unwrap_or(SymScope::Unknown)
    }
}

/// All scopes of a module; `scopes[0]` is the module.
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    /// Scope of a node, keyed by the node's address.
    pub by_node: HashMap<usize, usize>,
}

/// Key of a node in `SymbolTable::by_node`.
pub fn key<T>(node: &T) -> usize {
    node as *const T as usize
}

/// Key of a non-empty list of type parameters.
pub fn key_params(tps: &[TypeParam]) -> usize {
    tps.as_ptr() as usize
}

/// Mangles a private name (`__x` inside class `C` becomes `_C__x`).
pub fn mangle(private: Option<&str>, name: &str) -> String {
    let Some(p) = private else { return name.to_string() };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_string();
    }
    let stripped = p.trim_start_matches('_');
    if stripped.is_empty() {
        return name.to_string();
    }
    format!("_{stripped}{name}")
}

struct Builder {
    scopes: Vec<Scope>,
    by_node: HashMap<usize, usize>,
    stack: Vec<usize>,
    depth: u32,
    /// Set while visiting an annotation under `from __future__ import
    /// annotations` (to reject yield/walrus etc.); without it, annotations
    /// are plain expressions of the enclosing scope in 3.13.
    in_annotation: bool,
    future_annotations: bool,
}

/// Whether the module's leading `from __future__` imports ask for annotations.
fn has_future_annotations(body: &[Stmt]) -> bool {
    for (i, s) in body.iter().enumerate() {
        match &s.node {
            StmtKind::ImportFrom { module: Some(m), names, level: 0 } if m == "__future__" => {
                if names.iter().any(|a| a.name == "annotations") {
                    return true;
                }
            }
            StmtKind::Expr { value } if i == 0 && matches!(value.node, ExprKind::Constant { value: Constant::Str { .. }, .. }) => {}
            _ => return false,
        }
    }
    false
}

pub fn build(module: &Mod) -> Result<SymbolTable, CompileError> {
    let future_annotations = match module {
        Mod::Module { body, .. } | Mod::Interactive { body } => has_future_annotations(body),
        _ => false,
    };
    let mut b = Builder { scopes: Vec::new(), by_node: HashMap::new(), stack: Vec::new(), depth: 0, in_annotation: false, future_annotations };
    b.scopes.push(Scope::new(BlockKind::Module, "top", Loc { lineno: 1, ..Loc::default() }, None));
    b.stack.push(0);
    match module {
        Mod::Module { body, .. } | Mod::Interactive { body } => b.stmts(body)?,
        Mod::Expression { body } => b.expr(body)?,
        Mod::FunctionType { argtypes, returns } => {
            for a in argtypes {
                b.expr(a)?;
            }
            b.expr(returns)?;
        }
    }
    let mut st = SymbolTable { scopes: b.scopes, by_node: b.by_node };
    analyze(&mut st)?;
    Ok(st)
}

fn err(msg: impl Into<String>, loc: Loc) -> CompileError {
    CompileError::syntax(msg, loc)
}

impl Builder {
    fn cur(&self) -> usize {
        *self.stack.last().unwrap()
    }

    fn cur_scope(&mut self) -> &mut Scope {
        let c = self.cur();
        &mut self.scopes[c]
    }

    fn mangle(&self, name: &str) -> String {
        mangle(self.scopes[self.cur()].private.as_deref(), name)
    }

    fn enter(&mut self, kind: BlockKind, name: &str, loc: Loc, node: usize) -> usize {
        let parent = self.cur();
        let mut s = Scope::new(kind, name, loc, Some(parent));
        let p = &self.scopes[parent];
        s.private = p.private.clone();
        s.nested = p.nested || p.is_function_like();
        let id = self.scopes.len();
        self.scopes.push(s);
        self.scopes[parent].children.push(id);
        self.by_node.insert(node, id);
        self.stack.push(id);
        id
    }

    fn leave(&mut self) {
        self.stack.pop();
    }

    fn add_def_in(&mut self, scope: usize, name: &str, flag: u32, loc: Loc) -> Result<(), CompileError> {
        let mangled = mangle(self.scopes[scope].private.as_deref(), name);
        let s = &mut self.scopes[scope];
        let mut flag = flag;
        if let Some(sym) = s.symbols.get_mut(&mangled) {
            if flag & DEF_PARAM != 0 && sym.flags & DEF_PARAM != 0 {
                return Err(err(format!("duplicate argument '{name}' in function definition"), loc));
            }
            if flag & DEF_TYPE_PARAM != 0 && sym.flags & DEF_TYPE_PARAM != 0 {
                return Err(err(format!("duplicate type parameter '{name}'"), loc));
            }
            sym.flags |= flag;
        } else {
            if flag & DEF_LOCAL != 0 && s.comp_iter_target {
                flag |= DEF_COMP_ITER;
            }
            s.names.push(mangled.clone());
            s.symbols.insert(mangled.clone(), Symbol { flags: flag, scope: SymScope::Unknown });
        }
        if s.comp_iter_target && flag & DEF_LOCAL != 0 {
            if let Some(sym) = s.symbols.get_mut(&mangled) {
                // an earlier `(name := ...)` in this comprehension bound it outside
                if sym.flags & (DEF_GLOBAL | DEF_NONLOCAL) != 0 {
                    return Err(err(format!("comprehension inner loop cannot rebind assignment expression target '{name}'"), loc));
                }
                sym.flags |= DEF_COMP_ITER;
            }
        }
        if flag & DEF_PARAM != 0 {
            s.params.push(mangled);
        } else if flag & DEF_GLOBAL != 0 && scope != 0 {
            // A `global` declaration anywhere also marks the module's own
            // symbol (CPython's st_global), so module-level code stores and
            // loads the name through the globals, even with separate locals.
            let top = &mut self.scopes[0];
            match top.symbols.get_mut(&mangled) {
                Some(sym) => sym.flags |= DEF_GLOBAL,
                None => {
                    top.names.push(mangled.clone());
                    top.symbols.insert(mangled, Symbol { flags: DEF_GLOBAL, scope: SymScope::Unknown });
                }
            }
        }
        Ok(())
    }

    fn add_def(&mut self, name: &str, flag: u32, loc: Loc) -> Result<(), CompileError> {
        let c = self.cur();
        self.add_def_in(c, name, flag, loc)
    }

    fn deeper(&mut self, loc: Loc) -> Result<(), CompileError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(CompileError::recursion(loc));
        }
        Ok(())
    }

    fn stmts(&mut self, body: &[Stmt]) -> Result<(), CompileError> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn exprs(&mut self, es: &[Expr]) -> Result<(), CompileError> {
        for e in es {
            self.expr(e)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &Stmt) -> Result<(), CompileError> {
        self.deeper(s.loc)?;
        let r = self.stmt_inner(s);
        self.depth -= 1;
        r
    }

    fn params(&mut self, args: &Arguments) -> Result<(), CompileError> {
        for a in args.posonlyargs.iter().chain(&args.args).chain(&args.kwonlyargs) {
            self.add_def(&a.arg, DEF_PARAM, a.loc)?;
        }
        if let Some(a) = &args.vararg {
            self.add_def(&a.arg, DEF_PARAM, a.loc)?;
        }
        if let Some(a) = &args.kwarg {
            self.add_def(&a.arg, DEF_PARAM, a.loc)?;
        }
        Ok(())
    }

    fn annotation(&mut self, e: &Expr) -> Result<(), CompileError> {
        let old = self.in_annotation;
        self.in_annotation = self.future_annotations;
        let r = self.expr(e);
        self.in_annotation = old;
        r
    }

    fn arg_annotations(&mut self, args: &Arguments, returns: Option<&Expr>) -> Result<(), CompileError> {
        for a in args.posonlyargs.iter().chain(&args.args).chain(args.vararg.iter()).chain(&args.kwonlyargs).chain(args.kwarg.iter()) {
            if let Some(an) = &a.annotation {
                self.annotation(an)?;
            }
        }
        if let Some(r) = returns {
            self.annotation(r)?;
        }
        Ok(())
    }

    fn type_params(&mut self, tps: &[TypeParam]) -> Result<(), CompileError> {
        for tp in tps {
            match &tp.node {
                TypeParamKind::TypeVar { name, bound, default_value } => {
                    self.add_def(name, DEF_TYPE_PARAM | DEF_LOCAL, tp.loc)?;
                    if let Some(b) = bound {
                        let k = key(&**b);
                        let what = if matches!(b.node, ExprKind::Tuple { .. }) { "a TypeVar constraint" } else { "a TypeVar bound" };
                        self.enter_bound_scope(name, tp.loc, k, what)?;
                        self.expr(b)?;
                        self.leave();
                    }
                    if let Some(d) = default_value {
                        let k = key(&**d);
                        self.enter_bound_scope(name, tp.loc, k, "a TypeVar default")?;
                        self.expr(d)?;
                        self.leave();
                    }
                }
                TypeParamKind::ParamSpec { name, default_value } | TypeParamKind::TypeVarTuple { name, default_value } => {
                    self.add_def(name, DEF_TYPE_PARAM | DEF_LOCAL, tp.loc)?;
                    if let Some(d) = default_value {
                        let what = if matches!(tp.node, TypeParamKind::ParamSpec { .. }) { "a ParamSpec default" } else { "a TypeVarTuple default" };
                        let k = key(&**d);
                        self.enter_bound_scope(name, tp.loc, k, what)?;
                        self.expr(d)?;
                        self.leave();
                    }
                }
            }
        }
        Ok(())
    }

    /// Enters the lazily evaluated scope of a type parameter's bound or default.
    fn enter_bound_scope(&mut self, name: &str, loc: Loc, node: usize, what: &'static str) -> Result<(), CompileError> {
        let in_class = self.scopes[self.cur()].can_see_class_scope;
        let id = self.enter(BlockKind::TypeParams, name, loc, node);
        self.scopes[id].can_see_class_scope = in_class;
        self.scopes[id].restrict = Some(what);
        if in_class {
            self.add_def_in(id, "__classdict__", USE, loc)?;
        }
        Ok(())
    }

    /// Enters the implicit scope holding type parameters (PEP 695).
    fn enter_type_params(&mut self, name: &str, loc: Loc, node: usize, is_class: bool) -> Result<(), CompileError> {
        let parent_is_class = self.scopes[self.cur()].kind == BlockKind::Class;
        let id = self.enter(BlockKind::TypeParams, name, loc, node);
        self.scopes[id].restrict = Some("the definition of a generic");
        if parent_is_class {
            self.scopes[id].can_see_class_scope = true;
            let p = self.scopes[id].parent.unwrap();
            self.add_def_in(p, "__classdict__", USE, loc)?;
            self.scopes[p].needs_classdict = true;
            // class-level names are read through the class namespace
            self.add_def_in(id, "__classdict__", USE, loc)?;
        }
        if is_class {
            self.add_def(".type_params", DEF_LOCAL, loc)?;
            self.add_def(".generic_base", DEF_LOCAL, loc)?;
        }
        Ok(())
    }

    fn stmt_inner(&mut self, s: &Stmt) -> Result<(), CompileError> {
        match &s.node {
            StmtKind::FunctionDef { name, args, body, decorator_list, returns, type_params, .. }
            | StmtKind::AsyncFunctionDef { name, args, body, decorator_list, returns, type_params, .. } => {
                let is_async = matches!(s.node, StmtKind::AsyncFunctionDef { .. });
                self.add_def(name, DEF_LOCAL, s.loc)?;
                self.exprs(&args.defaults)?;
                for d in args.kw_defaults.iter().flatten() {
                    self.expr(d)?;
                }
                self.exprs(decorator_list)?;
                let has_tp = !type_params.is_empty();
                if has_tp {
                    self.enter_type_params(name, s.loc, key_params(type_params), false)?;
                    self.type_params(type_params)?;
                    // defaults are passed in as arguments of the type-params function
                    if !args.defaults.is_empty() {
                        self.add_def(".defaults", DEF_PARAM, s.loc)?;
                    }
                    if args.kw_defaults.iter().any(|d| d.is_some()) {
                        self.add_def(".kwdefaults", DEF_PARAM, s.loc)?;
                    }
                }
                self.arg_annotations(args, returns.as_deref())?;
                self.enter(BlockKind::Function, name, s.loc, key(s));
                if is_async {
                    self.cur_scope().coroutine = true;
                }
                self.params(args)?;
                self.stmts(body)?;
                self.leave();
                if has_tp {
                    self.leave();
                }
            }
            StmtKind::ClassDef { name, bases, keywords, body, decorator_list, type_params } => {
                self.add_def(name, DEF_LOCAL, s.loc)?;
                self.exprs(decorator_list)?;
                let has_tp = !type_params.is_empty();
                if has_tp {
                    self.enter_type_params(name, s.loc, key_params(type_params), true)?;
                    self.cur_scope().private = Some(name.clone());
                    self.type_params(type_params)?;
                }
                self.exprs(bases)?;
                for k in keywords {
                    self.expr(&k.value)?;
                }
                let id = self.enter(BlockKind::Class, name, s.loc, key(s));
                self.scopes[id].private = Some(name.clone());
                if has_tp {
                    self.add_def(".type_params", USE, s.loc)?;
                }
                self.stmts(body)?;
                self.leave();
                if has_tp {
                    self.leave();
                }
            }
            StmtKind::Return { value } => {
                if let Some(v) = value {
                    self.expr(v)?;
                }
            }
            StmtKind::Delete { targets } => self.exprs(targets)?,
            StmtKind::Assign { targets, value, .. } => {
                self.exprs(targets)?;
                self.expr(value)?;
            }
            StmtKind::TypeAlias { name, type_params, value } => {
                self.expr(name)?;
                let alias_name = match &name.node {
                    ExprKind::Name { id, .. } => id.clone(),
                    _ => String::new(),
                };
                let has_tp = !type_params.is_empty();
                if has_tp {
                    self.enter_type_params(&alias_name, s.loc, key_params(type_params), false)?;
                    self.type_params(type_params)?;
                }
                let parent_is_class = self.scopes[self.cur()].kind == BlockKind::Class;
                let id = self.enter(BlockKind::TypeAlias, &alias_name, s.loc, key(&**value));
                self.scopes[id].can_see_class_scope = parent_is_class;
                self.scopes[id].restrict = Some("a type alias");
                if parent_is_class {
                    let p = self.scopes[id].parent.unwrap();
                    self.add_def_in(p, "__classdict__", USE, s.loc)?;
                    self.scopes[p].needs_classdict = true;
                    self.add_def_in(id, "__classdict__", USE, s.loc)?;
                }
                self.expr(value)?;
                self.leave();
                if has_tp {
                    self.leave();
                }
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(target)?;
                self.expr(value)?;
            }
            StmtKind::AnnAssign { target, annotation, value, simple } => {
                if let ExprKind::Name { id, .. } = &target.node {
                    let m = self.mangle(id);
                    let cur = self.cur();
                    if let Some(sym) = self.scopes[cur].lookup(&m) {
                        if sym.flags & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && *simple {
                            let kw = if sym.flags & DEF_GLOBAL != 0 { "global" } else { "nonlocal" };
                            return Err(err(format!("annotated name '{id}' can't be {kw}"), s.loc));
                        }
                    }
                    if *simple {
                        self.add_def(id, DEF_ANNOT | DEF_LOCAL, target.loc)?;
                    } else if value.is_some() {
                        self.add_def(id, DEF_LOCAL, target.loc)?;
                    }
                } else {
                    self.expr(target)?;
                }
                self.annotation(annotation)?;
                if let Some(v) = value {
                    self.expr(v)?;
                }
            }
            StmtKind::For { target, iter, body, orelse, .. } | StmtKind::AsyncFor { target, iter, body, orelse, .. } => {
                self.expr(target)?;
                self.expr(iter)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.expr(test)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::With { items, body, .. } | StmtKind::AsyncWith { items, body, .. } => {
                for it in items {
                    self.expr(&it.context_expr)?;
                    if let Some(v) = &it.optional_vars {
                        self.expr(v)?;
                    }
                }
                self.stmts(body)?;
            }
            StmtKind::Match { subject, cases } => {
                self.expr(subject)?;
                for c in cases {
                    self.pattern(&c.pattern)?;
                    if let Some(g) = &c.guard {
                        self.expr(g)?;
                    }
                    self.stmts(&c.body)?;
                }
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.expr(e)?;
                }
                if let Some(c) = cause {
                    self.expr(c)?;
                }
            }
            StmtKind::Try { body, handlers, orelse, finalbody } | StmtKind::TryStar { body, handlers, orelse, finalbody } => {
                self.stmts(body)?;
                self.stmts(orelse)?;
                for h in handlers {
                    if let Some(t) = &h.type_ {
                        self.expr(t)?;
                    }
                    if let Some(n) = &h.name {
                        self.add_def(n, DEF_LOCAL, h.loc)?;
                    }
                    self.stmts(&h.body)?;
                }
                self.stmts(finalbody)?;
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                if let Some(m) = msg {
                    self.expr(m)?;
                }
            }
            StmtKind::Import { names } | StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    if a.name == "*" {
                        if self.scopes[self.cur()].kind != BlockKind::Module {
                            return Err(err("import * only allowed at module level", a.loc));
                        }
                        continue;
                    }
                    let stored = match &a.asname {
                        Some(n) => n.as_str(),
                        None => a.name.split('.').next().unwrap_or(&a.name),
                    };
                    self.add_def(stored, DEF_IMPORT, a.loc)?;
                }
            }
            StmtKind::Global { names } | StmtKind::Nonlocal { names } => {
                let is_global = matches!(s.node, StmtKind::Global { .. });
                let kw = if is_global { "global" } else { "nonlocal" };
                let cur = self.cur();
                if !is_global && self.scopes[cur].kind == BlockKind::Module {
                    return Err(err("nonlocal declaration not allowed at module level", s.loc));
                }
                for n in names {
                    let m = self.mangle(n);
                    if let Some(sym) = self.scopes[cur].lookup(&m) {
                        let f = sym.flags;
                        let msg = if f & DEF_PARAM != 0 {
                            Some(format!("name '{n}' is parameter and {kw}"))
                        } else if f & USE != 0 {
                            Some(format!("name '{n}' is used prior to {kw} declaration"))
                        } else if f & DEF_ANNOT != 0 {
                            Some(format!("annotated name '{n}' can't be {kw}"))
                        } else if f & DEF_LOCAL != 0 {
                            Some(format!("name '{n}' is assigned to before {kw} declaration"))
                        } else {
                            None
                        };
                        if let Some(msg) = msg {
                            return Err(err(msg, s.loc));
                        }
                    }
                    self.add_def(n, if is_global { DEF_GLOBAL } else { DEF_NONLOCAL }, s.loc)?;
                    // the first directive is the one errors point at
                    self.scopes[cur].directives.entry(m).or_insert(s.loc);
                }
            }
            StmtKind::Expr { value } => self.expr(value)?,
            StmtKind::Pass {} | StmtKind::Break {} | StmtKind::Continue {} => {}
        }
        Ok(())
    }

    fn pattern(&mut self, p: &Pattern) -> Result<(), CompileError> {
        self.deeper(p.loc)?;
        match &p.node {
            PatternKind::MatchValue { value } => self.expr(value)?,
            PatternKind::MatchSingleton { .. } => {}
            PatternKind::MatchSequence { patterns } | PatternKind::MatchOr { patterns } => {
                for q in patterns {
                    self.pattern(q)?;
                }
            }
            PatternKind::MatchMapping { keys, patterns, rest } => {
                self.exprs(keys)?;
                for q in patterns {
                    self.pattern(q)?;
                }
                if let Some(r) = rest {
                    self.add_def(r, DEF_LOCAL, p.loc)?;
                }
            }
            PatternKind::MatchClass { cls, patterns, kwd_patterns, .. } => {
                self.expr(cls)?;
                for q in patterns.iter().chain(kwd_patterns) {
                    self.pattern(q)?;
                }
            }
            PatternKind::MatchStar { name } => {
                if let Some(n) = name {
                    self.add_def(n, DEF_LOCAL, p.loc)?;
                }
            }
            PatternKind::MatchAs { pattern, name } => {
                if let Some(q) = pattern {
                    self.pattern(q)?;
                }
                if let Some(n) = name {
                    self.add_def(n, DEF_LOCAL, p.loc)?;
                }
            }
        }
        self.depth -= 1;
        Ok(())
    }

    fn expr(&mut self, e: &Expr) -> Result<(), CompileError> {
        self.deeper(e.loc)?;
        let r = self.expr_inner(e);
        self.depth -= 1;
        r
    }

    fn comprehension(&mut self, e: &Expr, kind: &str, gens: &[Comprehension], elts: &[&Expr], is_genexp: bool) -> Result<(), CompileError> {
        let first = &gens[0];
        // The outermost iterable is evaluated in the enclosing scope.
        self.cur_scope().comp_iter_expr += 1;
        self.expr(&first.iter)?;
        self.cur_scope().comp_iter_expr -= 1;
        let id = self.enter(BlockKind::Function, kind, e.loc, key(e));
        {
            let s = &mut self.scopes[id];
            s.is_comprehension = true;
            s.is_genexp = is_genexp;
            if is_genexp {
                s.generator = true;
            }
            if gens.iter().any(|g| g.is_async) {
                s.coroutine = true;
            }
        }
        self.add_def(".0", DEF_PARAM, e.loc)?;
        for (i, g) in gens.iter().enumerate() {
            self.scopes[id].comp_iter_target = true;
            self.expr(&g.target)?;
            self.scopes[id].comp_iter_target = false;
            if i > 0 {
                self.scopes[id].comp_iter_expr += 1;
                self.expr(&g.iter)?;
                self.scopes[id].comp_iter_expr -= 1;
            }
            self.exprs(&g.ifs)?;
        }
        for x in elts {
            self.expr(x)?;
        }
        self.leave();
        if self.scopes[id].coroutine && !is_genexp {
            // an async comprehension makes the enclosing comprehension async too
            let p = self.cur();
            if self.scopes[p].is_comprehension {
                self.scopes[p].coroutine = true;
            }
        }
        Ok(())
    }

    fn named_expr_target(&mut self, target: &Expr, loc: Loc) -> Result<(), CompileError> {
        let ExprKind::Name { id, .. } = &target.node else {
            return self.expr(target);
        };
        let cur = self.cur();
        if self.scopes[cur].comp_iter_expr > 0 {
            return Err(err("assignment expression cannot be used in a comprehension iterable expression", loc));
        }
        if !self.scopes[cur].is_comprehension {
            return self.expr(target);
        }
        // PEP 572: bind in the nearest enclosing non-comprehension scope.
        let m = self.mangle(id);
        for &sid in self.stack.clone().iter().rev() {
            let s = &self.scopes[sid];
            if s.is_comprehension {
                if let Some(sym) = s.lookup(&m) {
                    if sym.flags & DEF_COMP_ITER != 0 {
                        return Err(err(format!("assignment expression cannot rebind comprehension iteration variable '{id}'"), target.loc));
                    }
                }
                continue;
            }
            match s.kind {
                BlockKind::Function => {
                    // `global x` in the function makes the target global here too
                    let is_global = s.lookup(&m).is_some_and(|sym| sym.flags & DEF_GLOBAL != 0);
                    self.add_def_in(sid, id, DEF_LOCAL, loc)?;
                    self.add_def(id, if is_global { DEF_GLOBAL } else { DEF_NONLOCAL }, loc)?;
                }
                BlockKind::Module => {
                    self.add_def_in(sid, id, DEF_GLOBAL, loc)?;
                    self.add_def(id, DEF_GLOBAL, loc)?;
                }
                BlockKind::Class => {
                    return Err(err("assignment expression within a comprehension cannot be used in a class body", target.loc));
                }
                BlockKind::TypeAlias => {
                    return Err(err("assignment expression within a comprehension cannot be used in a type alias", target.loc));
                }
                // CPython 3.13 calls the scopes of bounds, constraints and
                // defaults all "TypeVar bound" blocks.
                _ if s.restrict.is_some_and(|r| r.starts_with("a TypeVar") || r.starts_with("a ParamSpec")) => {
                    return Err(err("assignment expression within a comprehension cannot be used in a TypeVar bound", target.loc));
                }
                _ => {
                    return Err(err("assignment expression within a comprehension cannot be used within the definition of a generic", target.loc));
                }
            }
            break;
        }
        // record the use/store in the comprehension itself
        let c = self.cur();
        self.add_def_in(c, id, USE, loc)?;
        Ok(())
    }

    fn expr_inner(&mut self, e: &Expr) -> Result<(), CompileError> {
        match &e.node {
            ExprKind::BoolOp { values, .. } => self.exprs(values)?,
            ExprKind::NamedExpr { target, value } => {
                self.restricted(e.loc, "named expression")?;
                self.expr(value)?;
                self.named_expr_target(target, e.loc)?;
            }
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left)?;
                self.expr(right)?;
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand)?,
            ExprKind::Lambda { args, body } => {
                self.exprs(&args.defaults)?;
                for d in args.kw_defaults.iter().flatten() {
                    self.expr(d)?;
                }
                let id = self.enter(BlockKind::Function, "lambda", e.loc, key(e));
                self.scopes[id].is_lambda = true;
                self.params(args)?;
                self.expr(body)?;
                self.leave();
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)?;
                self.expr(body)?;
                self.expr(orelse)?;
            }
            ExprKind::Dict { keys, values } => {
                for k in keys.iter().flatten() {
                    self.expr(k)?;
                }
                self.exprs(values)?;
            }
            ExprKind::Set { elts } | ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => self.exprs(elts)?,
            ExprKind::ListComp { elt, generators } => self.comprehension(e, "listcomp", generators, &[elt], false)?,
            ExprKind::SetComp { elt, generators } => self.comprehension(e, "setcomp", generators, &[elt], false)?,
            ExprKind::DictComp { key: k, value, generators } => self.comprehension(e, "dictcomp", generators, &[k, value], false)?,
            ExprKind::GeneratorExp { elt, generators } => self.comprehension(e, "genexpr", generators, &[elt], true)?,
            ExprKind::Await { value } => {
                self.restricted(e.loc, "await expression")?;
                let c = self.cur();
                if self.scopes[c].is_comprehension {
                    self.scopes[c].coroutine = true;
                }
                self.expr(value)?;
            }
            ExprKind::Yield { value } => {
                self.yield_check(e.loc)?;
                if let Some(v) = value {
                    self.expr(v)?;
                }
                self.cur_scope().generator = true;
            }
            ExprKind::YieldFrom { value } => {
                self.yield_check(e.loc)?;
                self.expr(value)?;
                self.cur_scope().generator = true;
            }
            ExprKind::Compare { left, comparators, .. } => {
                self.expr(left)?;
                self.exprs(comparators)?;
            }
            ExprKind::Call { func, args, keywords } => {
                self.expr(func)?;
                self.exprs(args)?;
                for k in keywords {
                    self.expr(&k.value)?;
                }
            }
            ExprKind::FormattedValue { value, format_spec, .. } => {
                self.expr(value)?;
                if let Some(f) = format_spec {
                    self.expr(f)?;
                }
            }
            ExprKind::JoinedStr { values } => self.exprs(values)?,
            ExprKind::Constant { .. } => {}
            ExprKind::Attribute { value, .. } => self.expr(value)?,
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                self.expr(slice)?;
            }
            ExprKind::Starred { value, .. } => self.expr(value)?,
            ExprKind::Slice { lower, upper, step } => {
                for x in [lower, upper, step].into_iter().flatten() {
                    self.expr(x)?;
                }
            }
            ExprKind::Name { id, ctx } => {
                let flag = if *ctx == ExprContext::Load { USE } else { DEF_LOCAL };
                self.add_def(id, flag, e.loc)?;
                let c = self.cur();
                if *ctx == ExprContext::Load && self.scopes[c].is_function_like() && id == "super" {
                    self.add_def("__class__", USE, e.loc)?;
                }
            }
        }
        Ok(())
    }

    /// yield/await/walrus in an annotation-like block.
    fn restricted(&self, loc: Loc, what: &str) -> Result<(), CompileError> {
        if self.in_annotation {
            return Err(err(format!("{what} cannot be used within an annotation"), loc));
        }
        if let Some(r) = self.scopes[self.cur()].restrict {
            return Err(err(format!("{what} cannot be used within {r}"), loc));
        }
        Ok(())
    }

    /// `yield` and `yield from` alike are "'yield' inside" a comprehension.
    fn yield_check(&mut self, loc: Loc) -> Result<(), CompileError> {
        self.restricted(loc, "yield expression")?;
        let c = self.cur();
        let s = &self.scopes[c];
        if s.is_comprehension {
            let kind = match s.name.as_str() {
                "listcomp" => "list comprehension",
                "setcomp" => "set comprehension",
                "dictcomp" => "dict comprehension",
                _ => "generator expression",
            };
            return Err(err(format!("'yield' inside {kind}"), loc));
        }
        Ok(())
    }
}

// ---------------------------------------------------------------- analysis

type NameSet = HashSet<String>;

fn analyze(st: &mut SymbolTable) -> Result<(), CompileError> {
    let mut free = NameSet::new();
    let mut global = NameSet::new();
    analyze_block(st, 0, None, &mut free, &mut global, &NameSet::new(), None)
}

#[allow(clippy::too_many_arguments)]
fn analyze_name(
    scope: &mut Scope,
    scopes: &mut HashMap<String, SymScope>,
    name: &str,
    flags: u32,
    bound: Option<&NameSet>,
    local: &mut NameSet,
    free: &mut NameSet,
    global: &mut NameSet,
    type_params: &mut NameSet,
    class_entry: Option<&NameSet>,
) -> Result<(), CompileError> {
    let loc = scope.directives.get(name).copied().unwrap_or(scope.loc);
    if flags & DEF_GLOBAL != 0 {
        if flags & DEF_NONLOCAL != 0 {
            return Err(err(format!("name '{name}' is nonlocal and global"), loc));
        }
        scopes.insert(name.into(), SymScope::GlobalExplicit);
        global.insert(name.into());
        return Ok(());
    }
    if flags & DEF_NONLOCAL != 0 {
        let Some(b) = bound else {
            return Err(err("nonlocal declaration not allowed at module level", loc));
        };
        if !b.contains(name) {
            return Err(err(format!("no binding for nonlocal '{name}' found"), loc));
        }
        if type_params.contains(name) {
            return Err(err(format!("nonlocal binding not allowed for type parameter '{name}'"), loc));
        }
        scopes.insert(name.into(), SymScope::Free);
        scope.has_free = true;
        free.insert(name.into());
        return Ok(());
    }
    if flags & DEF_BOUND != 0 {
        scopes.insert(name.into(), SymScope::Local);
        local.insert(name.into());
        global.remove(name);
        // the type parameters visible to nested scopes (for `nonlocal`)
        if flags & DEF_TYPE_PARAM != 0 {
            type_params.insert(name.into());
        } else {
            type_params.remove(name);
        }
        return Ok(());
    }
    // A name in an annotation scope of a class may be a class member:
    // load it through the class dict first (LOAD_FROM_DICT_OR_*).
    let _ = class_entry;
    if let Some(b) = bound {
        if b.contains(name) {
            scopes.insert(name.into(), SymScope::Free);
            scope.has_free = true;
            free.insert(name.into());
            return Ok(());
        }
    }
    scopes.insert(name.into(), SymScope::GlobalImplicit);
    Ok(())
}

fn analyze_block(
    st: &mut SymbolTable,
    id: usize,
    bound: Option<&NameSet>,
    free_out: &mut NameSet,
    global: &mut NameSet,
    type_params: &NameSet,
    class_entry: Option<&NameSet>,
) -> Result<(), CompileError> {
    let mut local = NameSet::new();
    let mut type_params = type_params.clone();
    let mut scopes: HashMap<String, SymScope> = HashMap::new();
    let mut newglobal = NameSet::new();
    let mut newfree = NameSet::new();
    let mut newbound = NameSet::new();
    let kind = st.scopes[id].kind;
    if kind == BlockKind::Class {
        newglobal.extend(global.iter().cloned());
        if let Some(b) = bound {
            newbound.extend(b.iter().cloned());
        }
    }
    let names = st.scopes[id].names.clone();
    for name in &names {
        let flags = st.scopes[id].symbols[name].flags;
        analyze_name(&mut st.scopes[id], &mut scopes, name, flags, bound, &mut local, free_out, global, &mut type_params, class_entry)?;
    }
    if kind != BlockKind::Class {
        if st.scopes[id].is_function_like() {
            newbound.extend(local.iter().cloned());
        }
        if let Some(b) = bound {
            // a name this block declares global is not the enclosing
            // function's variable for its children either (CPython discards
            // it from `bound`)
            newbound.extend(b.iter().filter(|n| scopes.get(n.as_str()) != Some(&SymScope::GlobalExplicit)).cloned());
        }
        newglobal.extend(global.iter().cloned());
    } else {
        newbound.insert("__class__".into());
        newbound.insert("__classdict__".into());
    }
    // The class's own names, visible to annotation scopes that can see them.
    let class_names: Option<NameSet> = if kind == BlockKind::Class { Some(local.clone()) } else { None };

    let mut inlined_cells = NameSet::new();
    let children = st.scopes[id].children.clone();
    for child in children {
        let mut child_free = NameSet::new();
        let mut child_global = newglobal.clone();
        let child_bound = newbound.clone();
        let sees_class = st.scopes[child].can_see_class_scope;
        let ce = if sees_class { class_names.as_ref().or(class_entry) } else { None };
        analyze_block(st, child, Some(&child_bound), &mut child_free, &mut child_global, &type_params, ce)?;
        let c = &st.scopes[child];
        let inline = c.is_comprehension && !c.is_genexp && !st.scopes[id].can_see_class_scope;
        if inline {
            st.scopes[child].comp_inlined = true;
            inline_comprehension(st, id, child, &mut scopes, &mut child_free, &mut inlined_cells);
        }
        newfree.extend(child_free);
    }
    // free variables of inlined comprehensions that became ordinary locals
    if st.scopes[id].is_function_like() {
        // analyze_cells
        for (name, sc) in scopes.iter_mut() {
            if *sc != SymScope::Local {
                continue;
            }
            if newfree.contains(name) || inlined_cells.contains(name) {
                *sc = SymScope::Cell;
                newfree.remove(name);
            }
        }
    } else if kind == BlockKind::Class {
        if newfree.remove("__class__") {
            st.scopes[id].needs_class_closure = true;
        }
        if newfree.remove("__classdict__") {
            st.scopes[id].needs_classdict = true;
        }
    }
    update_symbols(&mut st.scopes[id], &scopes, bound, &newfree, &inlined_cells, kind == BlockKind::Class);
    free_out.extend(newfree);
    Ok(())
}

fn inline_comprehension(
    st: &mut SymbolTable,
    parent: usize,
    comp: usize,
    scopes: &mut HashMap<String, SymScope>,
    comp_free: &mut NameSet,
    inlined_cells: &mut NameSet,
) {
    let names = st.scopes[comp].names.clone();
    for k in names {
        if k == ".0" {
            continue;
        }
        let sym = st.scopes[comp].symbols[&k];
        if sym.scope == SymScope::Cell || sym.flags & DEF_COMP_CELL != 0 {
            inlined_cells.insert(k.clone());
        }
        if !st.scopes[parent].symbols.contains_key(&k) {
            let p = &mut st.scopes[parent];
            p.names.push(k.clone());
            p.symbols.insert(k.clone(), Symbol { flags: sym.flags, scope: SymScope::Unknown });
            let sc = if sym.scope == SymScope::Cell { SymScope::Local } else { sym.scope };
            scopes.insert(k.clone(), sc);
        } else if sym.scope == SymScope::Free && st.scopes[parent].kind != BlockKind::Class && !is_free_in_any_child(st, comp, &k) {
            comp_free.remove(&k);
        }
    }
}

fn is_free_in_any_child(st: &SymbolTable, id: usize, name: &str) -> bool {
    st.scopes[id].children.iter().any(|&c| st.scopes[c].symbols.get(name).is_some_and(|s| s.scope == SymScope::Free))
}

fn update_symbols(
    scope: &mut Scope,
    scopes: &HashMap<String, SymScope>,
    bound: Option<&NameSet>,
    free: &NameSet,
    inlined_cells: &NameSet,
    is_class: bool,
) {
    for name in &scope.names {
        let sym = scope.symbols.get_mut(name).unwrap();
        sym.scope = scopes.get(name).copied().unwrap_or(SymScope::GlobalImplicit);
        if inlined_cells.contains(name) {
            sym.flags |= DEF_COMP_CELL;
        }
    }
    let mut extra: Vec<&String> = free.iter().collect();
    extra.sort();
    for name in extra {
        if let Some(sym) = scope.symbols.get_mut(name) {
            if is_class && sym.flags & (DEF_BOUND | DEF_GLOBAL) != 0 {
                sym.flags |= DEF_FREE_CLASS;
            }
            continue;
        }
        if let Some(b) = bound {
            if !b.contains(name) {
                continue;
            }
        }
        scope.names.push(name.clone());
        scope.symbols.insert(name.clone(), Symbol { flags: 0, scope: SymScope::Free });
    }
}
