//! Code generation: AST + symbol table -> `CodeData`, following the
//! instruction layouts CPython 3.13 emits (adapted to pyk's instruction set).

use crate::assemble::{assemble, Handler, HandlerId, Item, Label, NO_HANDLER};
use crate::consts::{self, fold_binop, fold_unary, truthy};
use crate::error::CompileError;
use crate::symtable::{self, mangle, BlockKind, SymScope, SymbolTable, DEF_FREE_CLASS};
use pyk_abi::ast::*;
use pyk_abi::code::{co, fast, CodeData, ConstValue};
use pyk_abi::component::Mode;
use pyk_abi::opcode::{intrinsic1, intrinsic2, BinaryOp, CompareOp, Op};
use std::collections::{BTreeSet, HashMap};

type R<T = ()> = Result<T, CompileError>;

fn err(msg: impl Into<String>, loc: Loc) -> CompileError {
    CompileError::syntax(msg, loc)
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum FKind {
    WhileLoop,
    ForLoop,
    TryExcept,
    FinallyTry,
    FinallyEnd,
    With,
    AsyncWith,
    HandlerCleanup,
    PopValue,
    ExceptionHandler,
    /// The handlers of `except*`: break/continue/return may not leave them.
    ExceptionGroupHandler,
}

#[derive(Clone)]
struct FBlock<'a> {
    kind: FKind,
    /// Loop start (continue target) or unused.
    block: Label,
    /// Loop exit (break target).
    exit: Label,
    /// The handler active outside this block (what POP_BLOCK restores).
    outer_handler: HandlerId,
    /// The final body of a FinallyTry; the bound name of a HandlerCleanup.
    finalbody: Option<&'a [Stmt]>,
    name: Option<String>,
    loc: Loc,
}

#[derive(Clone)]
struct Slot {
    name: String,
    kind: u8,
}

struct Unit<'a> {
    scope: usize,
    name: String,
    qualname: String,
    items: Vec<Item>,
    nlabels: u32,
    handlers: Vec<Handler>,
    cur_handler: HandlerId,
    consts: Vec<ConstValue>,
    const_index: HashMap<String, u32>,
    names: Vec<String>,
    name_index: HashMap<String, u32>,
    slots: Vec<Slot>,
    argcount: u32,
    posonlyargcount: u32,
    kwonlyargcount: u32,
    flags: u32,
    firstlineno: u32,
    loc: Loc,
    fblocks: Vec<FBlock<'a>>,
    /// Inlined comprehensions being compiled (their scopes), innermost last.
    comp_stack: Vec<usize>,
    private: Option<String>,
    /// `self.x = ...` attribute names (for a class unit).
    static_attributes: BTreeSet<String>,
    /// For a method: the first parameter's name.
    first_arg: Option<String>,
    is_module: bool,
}

impl<'a> Unit<'a> {
    fn new_label(&mut self) -> Label {
        self.nlabels += 1;
        self.nlabels - 1
    }
}

pub struct Compiler<'a> {
    st: &'a SymbolTable,
    filename: String,
    optimize: i32,
    /// compile(..., flags=PyCF_ALLOW_TOP_LEVEL_AWAIT): the module may await.
    pub top_level_await: bool,
    units: Vec<Unit<'a>>,
    depth: u32,
    interactive: bool,
    future_annotations: bool,
    /// SyntaxWarnings, in the order the code was compiled (`warn.rs`).
    pub warnings: Vec<CompileError>,
}

/// The result of name resolution.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
enum NameOp {
    Fast,
    Deref,
    /// Class body loading a free variable: LOAD_LOCALS + LOAD_FROM_DICT_OR_DEREF.
    ClassDeref,
    Global,
    Name,
}

fn is_docstring(body: &[Stmt]) -> Option<&str> {
    if let Some(Stmt { node: StmtKind::Expr { value }, .. }) = body.first() {
        if let ExprKind::Constant { value: Constant::Str { value }, .. } = &value.node {
            return Some(value);
        }
    }
    None
}

/// CPython 3.13's compile-time docstring cleaning: expand tabs, strip the
/// first line's leading spaces and the common indentation of the others.
pub fn clean_doc(doc: &str) -> String {
    let doc = expand_tabs(doc);
    let lines: Vec<&str> = doc.split('\n').collect();
    let mut margin = usize::MAX;
    for l in lines.iter().skip(1) {
        let n = l.len() - l.trim_start_matches(' ').len();
        if n < l.len() {
            margin = margin.min(n);
        }
    }
    if margin == usize::MAX {
        margin = 0;
    }
    let mut out = String::with_capacity(doc.len());
    for (i, l) in lines.iter().enumerate() {
        if i == 0 {
            out.push_str(l.trim_start_matches(' '));
        } else {
            out.push('\n');
            let n = (l.len() - l.trim_start_matches(' ').len()).min(margin);
            out.push_str(&l[n..]);
        }
    }
    out
}

fn expand_tabs(s: &str) -> String {
    if !s.contains('\t') {
        return s.to_string();
    }
    let mut out = String::new();
    let mut col = 0;
    for ch in s.chars() {
        match ch {
            '\t' => {
                let n = 8 - col % 8;
                out.extend(std::iter::repeat_n(' ', n));
                col += n;
            }
            '\n' | '\r' => {
                out.push(ch);
                col = 0;
            }
            _ => {
                out.push(ch);
                col += 1;
            }
        }
    }
    out
}

fn binop_arg(op: Operator, inplace: bool) -> u32 {
    let b = match op {
        Operator::Add => BinaryOp::Add,
        Operator::Sub => BinaryOp::Subtract,
        Operator::Mult => BinaryOp::Multiply,
        Operator::MatMult => BinaryOp::MatrixMultiply,
        Operator::Div => BinaryOp::TrueDivide,
        Operator::Mod => BinaryOp::Remainder,
        Operator::Pow => BinaryOp::Power,
        Operator::LShift => BinaryOp::LShift,
        Operator::RShift => BinaryOp::RShift,
        Operator::BitOr => BinaryOp::Or,
        Operator::BitXor => BinaryOp::Xor,
        Operator::BitAnd => BinaryOp::And,
        Operator::FloorDiv => BinaryOp::FloorDivide,
    } as u32;
    if inplace {
        b + 13
    } else {
        b
    }
}

fn has_starred(es: &[Expr]) -> bool {
    es.iter().any(|e| matches!(e.node, ExprKind::Starred { .. }))
}

/// Does a body contain an annotated assignment (not looking into nested scopes)?
fn find_ann(body: &[Stmt]) -> bool {
    body.iter().any(|s| match &s.node {
        StmtKind::AnnAssign { .. } => true,
        StmtKind::For { body, orelse, .. } | StmtKind::AsyncFor { body, orelse, .. } | StmtKind::While { body, orelse, .. } | StmtKind::If { body, orelse, .. } => {
            find_ann(body) || find_ann(orelse)
        }
        StmtKind::With { body, .. } | StmtKind::AsyncWith { body, .. } => find_ann(body),
        StmtKind::Try { body, handlers, orelse, finalbody } | StmtKind::TryStar { body, handlers, orelse, finalbody } => {
            find_ann(body) || find_ann(orelse) || find_ann(finalbody) || handlers.iter().any(|h| find_ann(&h.body))
        }
        StmtKind::Match { cases, .. } => cases.iter().any(|c| find_ann(&c.body)),
        _ => false,
    })
}

impl<'a> Compiler<'a> {
    pub fn new(st: &'a SymbolTable, filename: &str, optimize: i32) -> Compiler<'a> {
        Compiler { st, filename: filename.to_string(), optimize, top_level_await: false, units: Vec::new(), depth: 0, interactive: false, future_annotations: false, warnings: Vec::new() }
    }

    // ------------------------------------------------------------ units

    fn u(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().unwrap()
    }

    fn ur(&self) -> &Unit<'a> {
        self.units.last().unwrap()
    }

    fn scope(&self) -> &'a symtable::Scope {
        &self.st.scopes[self.ur().scope]
    }

    fn enter_unit(&mut self, scope: usize, name: &str, loc: Loc) {
        let st = self.st;
        let s = &st.scopes[scope];
        let mut u = Unit {
            scope,
            name: name.to_string(),
            qualname: name.to_string(),
            items: Vec::new(),
            nlabels: 0,
            handlers: Vec::new(),
            cur_handler: NO_HANDLER,
            consts: Vec::new(),
            const_index: HashMap::new(),
            names: Vec::new(),
            name_index: HashMap::new(),
            slots: Vec::new(),
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            flags: 0,
            firstlineno: loc.lineno,
            loc,
            fblocks: Vec::new(),
            comp_stack: Vec::new(),
            private: s.private.clone(),
            static_attributes: BTreeSet::new(),
            first_arg: None,
            is_module: s.kind == BlockKind::Module,
        };
        // locals-plus layout: parameters, other locals, cells, frees
        let function_like = s.is_function_like();
        if function_like {
            for p in &s.params {
                let mut kind = fast::LOCAL;
                if s.scope_of(p) == SymScope::Cell {
                    kind |= fast::CELL;
                }
                u.slots.push(Slot { name: p.clone(), kind });
            }
            for n in &s.names {
                if s.params.contains(n) {
                    continue;
                }
                if s.scope_of(n) == SymScope::Local {
                    u.slots.push(Slot { name: n.clone(), kind: fast::LOCAL });
                }
            }
        }
        let mut cells: Vec<String> = s.names.iter().filter(|n| s.scope_of(n) == SymScope::Cell && !s.params.contains(n)).cloned().collect();
        if s.kind == BlockKind::Class {
            if s.needs_class_closure {
                cells.push("__class__".into());
            }
            if s.needs_classdict {
                cells.push("__classdict__".into());
            }
        }
        cells.sort();
        for c in cells {
            u.slots.push(Slot { name: c, kind: fast::CELL });
        }
        let mut frees: Vec<String> = s
            .names
            .iter()
            .filter(|n| {
                let sym = s.symbols[*n];
                sym.scope == SymScope::Free || (s.kind == BlockKind::Class && sym.flags & DEF_FREE_CLASS != 0)
            })
            .cloned()
            .collect();
        frees.sort();
        for f in frees {
            u.slots.push(Slot { name: f, kind: fast::FREE });
        }
        self.units.push(u);
        self.set_qualname();
    }

    /// Top-level await is allowed here: compile() got the flag and the code
    /// being emitted belongs to the module (comprehensions inlined into it
    /// included).
    fn module_may_await(&self) -> bool {
        self.top_level_await && self.ur().is_module
    }

    fn set_qualname(&mut self) {
        let n = self.units.len();
        if n < 2 {
            return;
        }
        let st = self.st;
        let name = self.ur().name.clone();
        let mut pi = n - 2;
        // skip the implicit type-parameter scopes
        while pi > 0 && st.scopes[self.units[pi].scope].kind == BlockKind::TypeParams {
            pi -= 1;
        }
        let parent = &self.units[pi];
        if parent.is_module {
            return;
        }
        let pscope = &st.scopes[parent.scope];
        let mangled = mangle(parent.private.as_deref(), &name);
        if pscope.scope_of(&mangled) == SymScope::GlobalExplicit {
            return;
        }
        let base = if pscope.is_function_like() { format!("{}.<locals>", parent.qualname) } else { parent.qualname.clone() };
        self.u().qualname = format!("{base}.{name}");
    }

    /// Finishes the current unit and returns its code object.
    fn exit_unit(&mut self) -> R<CodeData> {
        let u = self.units.pop().unwrap();
        let st = self.st;
        let scope = &st.scopes[u.scope];
        // final layout of the slots: locals, then cells, then frees
        // As in CPython, a plain local that no instruction touches (`x: int`
        // alone in a function) gets no slot: co_varnames leaves it out.
        let mut used = vec![false; u.slots.len()];
        for it in &u.items {
            if let Item::Op { op, arg, .. } = it {
                if op.flags() & pyk_abi::opcode::flags::LOCAL != 0 {
                    if let Some(x) = used.get_mut(*arg as usize) {
                        *x = true;
                    }
                }
            }
        }
        let nparams = if scope.is_function_like() { scope.params.len() } else { 0 };
        let mut order: Vec<usize> = (0..u.slots.len()).filter(|&i| i < nparams || used[i] || u.slots[i].kind != fast::LOCAL).collect();
        let section = |k: u8| -> u8 {
            if k & fast::LOCAL != 0 {
                0
            } else if k & fast::CELL != 0 {
                1
            } else {
                2
            }
        };
        order.sort_by_key(|&i| (section(u.slots[i].kind), i));
        let mut remap = vec![0u32; u.slots.len()];
        for (new, &old) in order.iter().enumerate() {
            remap[old] = new as u32;
        }
        let localsplusnames: Vec<String> = order.iter().map(|&i| u.slots[i].name.clone()).collect();
        let localspluskinds: Vec<u8> = order.iter().map(|&i| u.slots[i].kind).collect();
        let nfree = localspluskinds.iter().filter(|k| **k & fast::FREE != 0).count() as u32;
        // prologue
        let mut pro: Vec<Item> = Vec::new();
        let noloc = Loc::default();
        for (i, k) in localspluskinds.iter().enumerate() {
            if k & fast::CELL != 0 {
                pro.push(Item::Op { op: Op::MAKE_CELL, arg: i as u32, target: None, loc: noloc, handler: NO_HANDLER });
            }
        }
        if nfree > 0 {
            pro.push(Item::Op { op: Op::COPY_FREE_VARS, arg: nfree, target: None, loc: noloc, handler: NO_HANDLER });
        }
        let gen = u.flags & (co::GENERATOR | co::COROUTINE | co::ASYNC_GENERATOR) != 0;
        let rloc = Loc { lineno: if u.is_module { 0 } else { u.firstlineno }, col_offset: 0, end_lineno: 0, end_col_offset: 0 };
        let firstloc = if u.is_module { rloc } else { Loc { lineno: u.firstlineno, ..u.loc } };
        let _ = firstloc;
        if gen {
            // RETURN_GENERATOR's stack effect is 0 in pyk: no value to pop on
            // the first resumption (CPython pushes one and pops it).
            pro.push(Item::Op { op: Op::RETURN_GENERATOR, arg: 0, target: None, loc: rloc, handler: NO_HANDLER });
        }
        pro.push(Item::Op { op: Op::RESUME, arg: 0, target: None, loc: rloc, handler: NO_HANDLER });
        let mut items = pro;
        for it in u.items {
            items.push(match it {
                Item::Op { op, arg, target, loc, handler } => {
                    let arg = if op.flags() & pyk_abi::opcode::flags::LOCAL != 0 { remap[arg as usize] } else { arg };
                    Item::Op { op, arg, target, loc, handler }
                }
                other => other,
            });
        }
        let mut handlers = u.handlers;
        let asm = assemble(&items, u.nlabels, &mut handlers)?;
        let mut flags = u.flags;
        if scope.nested {
            flags |= co::NESTED;
        }
        let code = CodeData {
            name: u.name,
            qualname: u.qualname,
            filename: self.filename.clone(),
            firstlineno: u.firstlineno,
            argcount: u.argcount,
            posonlyargcount: u.posonlyargcount,
            kwonlyargcount: u.kwonlyargcount,
            flags,
            stacksize: asm.stacksize.max(1),
            code: asm.code,
            consts: u.consts,
            names: u.names,
            localsplusnames,
            localspluskinds,
            locations: asm.locations,
            exceptiontable: asm.exceptiontable,
        };
        Ok(code)
    }

    // ------------------------------------------------------------ emission

    fn emit(&mut self, op: Op, arg: u32) {
        let u = self.u();
        let (loc, handler) = (u.loc, u.cur_handler);
        u.items.push(Item::Op { op, arg, target: None, loc, handler });
    }

    fn emit0(&mut self, op: Op) {
        self.emit(op, 0)
    }

    fn jump(&mut self, op: Op, target: Label) {
        let u = self.u();
        let (loc, handler) = (u.loc, u.cur_handler);
        u.items.push(Item::Op { op, arg: 0, target: Some(target), loc, handler });
    }

    fn label(&mut self) -> Label {
        self.u().new_label()
    }

    fn bind(&mut self, l: Label) {
        self.u().items.push(Item::Label(l));
    }

    /// Starts a protected region; returns the handler that was active before.
    fn push_handler(&mut self, target: Label, lasti: bool, adjust: i32) -> HandlerId {
        let u = self.u();
        let id = u.handlers.len() as HandlerId;
        u.handlers.push(Handler { label: target, lasti, adjust, depth: None });
        u.items.push(Item::Setup(id));
        let old = u.cur_handler;
        u.cur_handler = id;
        old
    }

    fn set_handler(&mut self, h: HandlerId) {
        self.u().cur_handler = h;
    }

    fn add_const(&mut self, c: ConstValue) -> u32 {
        let u = self.u();
        match consts::key(&c) {
            Some(k) => {
                if let Some(&i) = u.const_index.get(&k) {
                    return i;
                }
                let i = u.consts.len() as u32;
                u.consts.push(c);
                u.const_index.insert(k, i);
                i
            }
            None => {
                u.consts.push(c);
                u.consts.len() as u32 - 1
            }
        }
    }

    fn load_const(&mut self, c: ConstValue) {
        let i = self.add_const(c);
        self.emit(Op::LOAD_CONST, i);
    }

    /// The implicit `return None` at the end of a body: no location of its
    /// own; the assembler copies it for each jump to it and gives each copy
    /// the line it is reached from, as CPython's line resolution does.
    fn implicit_return(&mut self) {
        let old = self.set_loc(Loc::default());
        self.return_const(ConstValue::None {});
        self.set_loc(old);
    }

    fn return_const(&mut self, c: ConstValue) {
        let i = self.add_const(c);
        self.emit(Op::RETURN_CONST, i);
    }

    fn add_name(&mut self, name: &str) -> u32 {
        let u = self.u();
        if let Some(&i) = u.name_index.get(name) {
            return i;
        }
        let i = u.names.len() as u32;
        u.names.push(name.to_string());
        u.name_index.insert(name.to_string(), i);
        i
    }

    fn emit_name(&mut self, op: Op, name: &str) {
        let i = self.add_name(name);
        self.emit(op, i);
    }

    fn slot(&mut self, name: &str, kind: u8) -> u32 {
        let u = self.u();
        if let Some(i) = u.slots.iter().position(|s| s.name == name) {
            u.slots[i].kind |= kind & fast::CELL;
            return i as u32;
        }
        u.slots.push(Slot { name: name.to_string(), kind });
        u.slots.len() as u32 - 1
    }

    fn closure_slot(&mut self, name: &str) -> R<u32> {
        let u = self.ur();
        u.slots
            .iter()
            .position(|s| s.name == name && s.kind & (fast::CELL | fast::FREE) != 0)
            .map(|i| i as u32)
            .ok_or_else(|| CompileError::internal(format!("no cell for free variable '{name}' in {}", u.qualname)))
    }

    fn set_loc(&mut self, loc: Loc) -> Loc {
        std::mem::replace(&mut self.u().loc, loc)
    }

    fn deeper(&mut self, loc: Loc) -> R {
        self.depth += 1;
        if self.depth > symtable::MAX_DEPTH {
            return Err(CompileError::recursion(loc));
        }
        Ok(())
    }

    // ------------------------------------------------------------ entry points

    pub fn compile_mod(&mut self, m: &'a Mod, mode: Mode) -> R<CodeData> {
        let loc = Loc { lineno: 1, col_offset: 0, end_lineno: 1, end_col_offset: 0 };
        self.enter_unit(0, "<module>", loc);
        match (m, mode) {
            (Mod::Expression { body }, _) => {
                self.u().loc = body.loc;
                self.expr(body)?;
                self.emit0(Op::RETURN_VALUE);
            }
            (Mod::Interactive { body }, _) | (Mod::Module { body, .. }, Mode::Single) => {
                self.interactive = true;
                self.check_future(body)?;
                if find_ann(body) {
                    self.emit0(Op::SETUP_ANNOTATIONS);
                }
                self.stmts(body)?;
                self.implicit_return();
            }
            (Mod::Module { body, .. }, _) => {
                self.check_future(body)?;
                self.body(body, true)?;
                self.implicit_return();
            }
            (Mod::FunctionType { .. }, _) => {
                return Err(err("compile() of a function type is not supported", loc));
            }
        }
        self.exit_unit()
    }

    fn check_future(&mut self, body: &[Stmt]) -> R {
        let mut allowed = true;
        for (i, s) in body.iter().enumerate() {
            match &s.node {
                StmtKind::ImportFrom { module: Some(m), names, level: 0 } if m == "__future__" => {
                    if !allowed {
                        return Err(err("from __future__ imports must occur at the beginning of the file", s.loc));
                    }
                    // CPython reports a bad feature at the statement's start,
                    // with no end position.
                    let at = Loc { end_lineno: pyk_abi::component::NO_END, end_col_offset: 0, ..s.loc };
                    for a in names {
                        match a.name.as_str() {
                            "annotations" => self.future_annotations = true,
                            "nested_scopes" | "generators" | "division" | "absolute_import" | "with_statement" | "print_function"
                            | "unicode_literals" | "barry_as_FLUFL" | "generator_stop" => {}
                            "braces" => return Err(err("not a chance", at)),
                            other => return Err(err(format!("future feature {other} is not defined"), at)),
                        }
                    }
                }
                StmtKind::Expr { value } if i == 0 && matches!(value.node, ExprKind::Constant { value: Constant::Str { .. }, .. }) => {}
                _ => allowed = false,
            }
        }
        Ok(())
    }

    /// A module or class body: docstring, annotations setup, statements.
    fn body(&mut self, body: &'a [Stmt], is_module: bool) -> R {
        if is_module && find_ann(body) {
            self.u().loc = Loc { lineno: 1, ..Loc::default() };
            self.emit0(Op::SETUP_ANNOTATIONS);
        }
        let mut rest = body;
        if let Some(doc) = is_docstring(body) {
            rest = &body[1..];
            if self.optimize < 2 {
                let first = &body[0];
                let old = self.set_loc(first.loc);
                self.load_const(ConstValue::Str { value: clean_doc(doc) });
                self.emit_name(Op::STORE_NAME, "__doc__");
                self.set_loc(old);
            }
        }
        self.stmts(rest)
    }

    fn stmts(&mut self, body: &'a [Stmt]) -> R {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    // ------------------------------------------------------------ names

    fn resolve(&self, name: &str) -> (SymScope, bool) {
        let u = self.ur();
        let in_class = self.st.scopes[u.scope].kind == BlockKind::Class;
        for (depth, &c) in u.comp_stack.iter().enumerate().rev() {
            let sc = self.st.scopes[c].scope_of(name);
            match sc {
                SymScope::Local | SymScope::Cell | SymScope::GlobalExplicit | SymScope::GlobalImplicit => return (sc, true),
                // a comprehension inlined in a class body takes every name
                // with its own scope: a free name is the enclosing
                // function's variable even when the class binds it too
                SymScope::Free if in_class && depth == 0 => return (sc, true),
                _ => {}
            }
        }
        (self.st.scopes[u.scope].scope_of(name), false)
    }

    fn name_op_kind(&self, mangled: &str, ctx: ExprContext) -> NameOp {
        let (sc, in_comp) = self.resolve(mangled);
        let s = self.scope();
        let fl = s.is_function_like();
        match sc {
            SymScope::Free => {
                if s.kind == BlockKind::Class && ctx == ExprContext::Load && !in_comp {
                    NameOp::ClassDeref
                } else {
                    NameOp::Deref
                }
            }
            SymScope::Cell => NameOp::Deref,
            SymScope::Local => {
                if in_comp || fl {
                    NameOp::Fast
                } else {
                    NameOp::Name
                }
            }
            SymScope::GlobalImplicit => {
                if fl || (in_comp && s.kind == BlockKind::Class) {
                    NameOp::Global
                } else {
                    NameOp::Name
                }
            }
            SymScope::GlobalExplicit => NameOp::Global,
            SymScope::Unknown => {
                if fl {
                    NameOp::Global
                } else {
                    NameOp::Name
                }
            }
        }
    }

    fn name(&mut self, name: &str, ctx: ExprContext) -> R {
        let loc = self.ur().loc;
        if name == "__debug__" {
            if ctx == ExprContext::Load {
                self.load_const(if self.optimize == 0 { ConstValue::True {} } else { ConstValue::False {} });
                return Ok(());
            }
            return Err(err(if ctx == ExprContext::Del { "cannot delete __debug__" } else { "cannot assign to __debug__" }, loc));
        }
        let mangled = mangle(self.ur().private.as_deref(), name);
        if ctx == ExprContext::Load && self.scope().can_see_class_scope && mangled != "__classdict__" {
            // annotation scopes of a class read its namespace first
            let (sc, in_comp) = self.resolve(&mangled);
            if !in_comp && matches!(sc, SymScope::GlobalImplicit | SymScope::Free) {
                let d = match self.ur().slots.iter().position(|s| s.name == "__classdict__") {
                    Some(i) => i as u32,
                    None => self.slot("__classdict__", fast::FREE),
                };
                self.emit(Op::LOAD_DEREF, d);
                if sc == SymScope::Free {
                    let i = match self.ur().slots.iter().position(|s| s.name == mangled) {
                        Some(i) => i as u32,
                        None => self.slot(&mangled, fast::FREE),
                    };
                    self.emit(Op::LOAD_FROM_DICT_OR_DEREF, i);
                } else {
                    self.emit_name(Op::LOAD_FROM_DICT_OR_GLOBALS, &mangled);
                }
                return Ok(());
            }
        }
        let kind = self.name_op_kind(&mangled, ctx);
        match kind {
            NameOp::Fast => {
                let (sc, _) = self.resolve(&mangled);
                let k = if sc == SymScope::Cell { fast::LOCAL | fast::CELL } else { fast::LOCAL };
                let i = self.slot(&mangled, k);
                self.emit(
                    match ctx {
                        ExprContext::Load => Op::LOAD_FAST,
                        ExprContext::Store => Op::STORE_FAST,
                        ExprContext::Del => Op::DELETE_FAST,
                    },
                    i,
                );
            }
            NameOp::Deref | NameOp::ClassDeref => {
                let (sc, in_comp) = self.resolve(&mangled);
                let i = if in_comp && sc == SymScope::Cell && self.ur().slots.iter().all(|s| s.name != mangled) {
                    self.slot(&mangled, fast::CELL)
                } else {
                    match self.ur().slots.iter().position(|s| s.name == mangled) {
                        Some(i) => i as u32,
                        None => self.slot(&mangled, if sc == SymScope::Free { fast::FREE } else { fast::CELL }),
                    }
                };
                if kind == NameOp::ClassDeref {
                    self.emit0(Op::LOAD_LOCALS);
                    self.emit(Op::LOAD_FROM_DICT_OR_DEREF, i);
                } else {
                    self.emit(
                        match ctx {
                            ExprContext::Load => Op::LOAD_DEREF,
                            ExprContext::Store => Op::STORE_DEREF,
                            ExprContext::Del => Op::DELETE_DEREF,
                        },
                        i,
                    );
                }
            }
            NameOp::Global => self.emit_name(
                match ctx {
                    ExprContext::Load => Op::LOAD_GLOBAL,
                    ExprContext::Store => Op::STORE_GLOBAL,
                    ExprContext::Del => Op::DELETE_GLOBAL,
                },
                &mangled,
            ),
            NameOp::Name => self.emit_name(
                match ctx {
                    ExprContext::Load => Op::LOAD_NAME,
                    ExprContext::Store => Op::STORE_NAME,
                    ExprContext::Del => Op::DELETE_NAME,
                },
                &mangled,
            ),
        }
        Ok(())
    }

    fn store_name(&mut self, name: &str) -> R {
        self.name(name, ExprContext::Store)
    }

    fn mangled(&self, name: &str) -> String {
        mangle(self.ur().private.as_deref(), name)
    }
}

mod expr;
mod stmt;
mod pattern;
mod warn;
