//! Code objects, built from the compiler's wire format.

use pyk_abi::ast::Loc;
use pyk_abi::code::{CodeData, ConstValue, ExceptEntry};
use pyk_abi::value::ObjHeader;

use crate::error::{system_error, PyResult};
use crate::object::{alloc, dealloc_box, new_header, Obj};
use crate::types::str::{intern, new_str, new_string};
use crate::types::typeobj::{GetSetDef, TypeObject};
use std::sync::atomic::Ordering;

#[repr(C)]
pub struct CodeObject {
    pub header: ObjHeader,
    pub code: Box<[u32]>,
    pub consts: Box<[Obj]>,
    pub names: Box<[Obj]>,
    pub localsplusnames: Box<[Obj]>,
    pub localspluskinds: Box<[u8]>,
    pub stacksize: usize,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    pub name: Obj,
    pub qualname: Obj,
    /// Replaceable by `_imp._fix_co_filename` (a compiled file that moved);
    /// a reference read from it stays valid while the code object lives.
    pub filename: crate::types::function::SwapCell,
    pub firstlineno: u32,
    pub locations: Box<[Loc]>,
    pub exceptiontable: Box<[ExceptEntry]>,
    /// Number of free variables (the last slots of localsplus).
    pub nfree: usize,
    /// `hash(code)` once computed (-1 before): everything it covers is
    /// immutable, and computing it encodes the whole code object.
    pub hash: std::sync::atomic::AtomicI64,
}

impl CodeObject {
    pub fn nlocalsplus(&self) -> usize {
        self.localsplusnames.len()
    }

    /// Total arguments including *args and **kwargs.
    pub fn total_args(&self) -> usize {
        (self.argcount + self.kwonlyargcount) as usize
            + usize::from(self.flags & pyk_abi::code::co::VARARGS != 0)
            + usize::from(self.flags & pyk_abi::code::co::VARKEYWORDS != 0)
    }

    pub fn name_str(&self) -> &str {
        crate::types::str::as_str(&self.name).unwrap_or("?")
    }

    pub fn qualname_str(&self) -> &str {
        crate::types::str::as_str(&self.qualname).unwrap_or("?")
    }

    /// `co_filename` (always a str).
    pub fn filename(&self) -> &Obj {
        self.filename.get().expect("a code object always has a file name")
    }

    pub fn filename_str(&self) -> &str {
        crate::types::str::as_str(self.filename()).unwrap_or("?")
    }

    pub fn local_name(&self, i: usize) -> &str {
        self.localsplusnames.get(i).and_then(crate::types::str::as_str).unwrap_or("?")
    }

    /// Location of the instruction at word index `i`.
    pub fn location(&self, i: usize) -> Loc {
        self.locations.get(i).copied().unwrap_or_default()
    }
}

thread_local! {
    /// While `compile(tree)` builds its code objects: the frozensets its
    /// tree's Constant nodes held (see `with_kept_frozensets`).
    static KEPT_FROZENSETS: std::cell::RefCell<Vec<Obj>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Runs `f` (which builds code objects) so that a frozenset constant equal
/// to one of `objs` is that very object: `compile()` of an AST keeps the
/// objects its Constant nodes hold, as CPython's compiler does.
pub fn with_kept_frozensets<R>(objs: Vec<Obj>, f: impl FnOnce() -> R) -> R {
    let old = KEPT_FROZENSETS.with(|k| k.replace(objs));
    let r = f();
    KEPT_FROZENSETS.with(|k| k.replace(old));
    r
}

pub fn const_to_obj(c: &ConstValue) -> PyResult {
    Ok(match c {
        ConstValue::None {} => crate::types::none(),
        ConstValue::True {} => crate::types::bool_obj(true),
        ConstValue::False {} => crate::types::bool_obj(false),
        ConstValue::Ellipsis {} => crate::types::singletons::ellipsis(),
        ConstValue::Int { value } => crate::types::int::from_i64(*value),
        ConstValue::BigInt { digits } => crate::types::int::from_bigint(
            digits.parse().map_err(|_| system_error(format!("bad integer constant {digits:?}")))?,
        ),
        ConstValue::Float { value } => crate::types::float::new_float(*value),
        ConstValue::Complex { real, imag } => crate::types::complex::new_complex(*real, *imag),
        ConstValue::Str { value } => {
            if value.len() <= 40 && value.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') {
                intern(value)
            } else {
                new_str(value)
            }
        }
        ConstValue::Bytes { value } => crate::types::bytes::new_bytes(value),
        ConstValue::Tuple { items } => {
            crate::types::tuple::new_tuple(items.iter().map(const_to_obj).collect::<PyResult<Vec<_>>>()?)
        }
        ConstValue::FrozenSet { items } => {
            let v = items.iter().map(const_to_obj).collect::<PyResult<Vec<_>>>()?;
            let made = crate::types::set::set_from(&crate::types::set::FROZENSET_TYPE, &v)?;
            let kept = KEPT_FROZENSETS.with(|k| k.borrow().clone());
            for k in kept {
                if crate::abstract_::eq(&k, &made)? {
                    return Ok(k);
                }
            }
            made
        }
        ConstValue::Code { code } => new_code(code)?,
    })
}

/// A column of a location that records none (CPython's "no columns"
/// location entries): `co_positions` shows None for it.
pub const NO_COLUMN: u32 = u32::MAX;

/// False under `-X no_debug_ranges` or `PYTHONNODEBUGRANGES` (unless -E/-I):
/// code objects then keep only line numbers, as CPython's
/// `config.code_debug_ranges`, so `co_positions` has no columns (and the
/// end line is the line) and tracebacks show no carets.
pub fn debug_ranges() -> bool {
    crate::interp::code_debug_ranges()
}

/// A location reduced to its line (see [`debug_ranges`]).
fn line_only(l: &Loc) -> Loc {
    Loc { lineno: l.lineno, end_lineno: l.lineno, col_offset: NO_COLUMN, end_col_offset: NO_COLUMN }
}

/// Builds a code object (and its nested code objects) from validated data.
pub fn new_code(d: &CodeData) -> PyResult {
    let consts = d.consts.iter().map(const_to_obj).collect::<PyResult<Vec<_>>>()?;
    let nfree = d.localspluskinds.iter().filter(|k| **k & pyk_abi::code::fast::FREE != 0).count();
    Ok(alloc(CodeObject {
        header: new_header(&CODE_TYPE),
        code: d.code.clone().into_boxed_slice(),
        consts: consts.into_boxed_slice(),
        names: d.names.iter().map(|n| intern(n)).collect(),
        localsplusnames: d.localsplusnames.iter().map(|n| intern(n)).collect(),
        localspluskinds: d.localspluskinds.clone().into_boxed_slice(),
        stacksize: d.stacksize as usize,
        argcount: d.argcount,
        posonlyargcount: d.posonlyargcount,
        kwonlyargcount: d.kwonlyargcount,
        flags: d.flags,
        name: intern(&d.name),
        qualname: new_str(&d.qualname),
        filename: crate::types::function::SwapCell::new(Some(new_str(&d.filename))),
        firstlineno: d.firstlineno,
        locations: if debug_ranges() { d.locations.clone().into_boxed_slice() } else { d.locations.iter().map(line_only).collect() },
        exceptiontable: d.exceptiontable.clone().into_boxed_slice(),
        nfree,
        hash: std::sync::atomic::AtomicI64::new(-1),
    }))
}

/// Why a code object has no wire form.
enum NoWire {
    /// A constant of a type the wire format does not carry.
    Unsupported,
    /// Nested deeper than the thread's stack allows walking.
    TooDeep,
}

/// The constant `o` as the wire format carries it (only the exact types a
/// compiler makes constants of).
fn obj_to_const(o: &Obj) -> Result<ConstValue, NoWire> {
    use crate::types as t;
    if crate::thread::stack_remaining() < 256 * 1024 {
        return Err(NoWire::TooDeep);
    }
    let ty = o.type_obj();
    let is = |x: &'static TypeObject| std::ptr::eq(ty, x);
    let un = NoWire::Unsupported;
    Ok(if t::is_none(o) {
        ConstValue::None {}
    } else if o.is(&t::bool_obj(true)) {
        ConstValue::True {}
    } else if o.is(&t::bool_obj(false)) {
        ConstValue::False {}
    } else if o.is(&t::singletons::ellipsis()) {
        ConstValue::Ellipsis {}
    } else if is(&t::int::INT_TYPE) {
        match t::int::as_i64(o) {
            Some(value) => ConstValue::Int { value },
            None => ConstValue::BigInt { digits: t::int::as_bigint(o).ok_or(un)?.to_string() },
        }
    } else if is(&t::float::FLOAT_TYPE) {
        ConstValue::Float { value: t::float::as_f64(o).ok_or(un)? }
    } else if is(&t::complex::COMPLEX_TYPE) {
        let (real, imag) = t::complex::as_complex(o).ok_or(un)?;
        ConstValue::Complex { real, imag }
    } else if is(&t::str::STR_TYPE) {
        ConstValue::Str { value: t::str::as_str(o).ok_or(un)?.to_owned() }
    } else if is(&t::bytes::BYTES_TYPE) {
        ConstValue::Bytes { value: t::bytes::as_bytes(o).ok_or(un)?.to_vec() }
    } else if is(&t::tuple::TUPLE_TYPE) {
        ConstValue::Tuple { items: t::tuple::as_tuple(o).ok_or(un)?.iter().map(obj_to_const).collect::<Result<_, _>>()? }
    } else if is(&t::set::FROZENSET_TYPE) {
        ConstValue::FrozenSet { items: t::set::as_anyset(o).ok_or(un)?.items().iter().map(obj_to_const).collect::<Result<_, _>>()? }
    } else if is(&CODE_TYPE) {
        ConstValue::Code { code: Box::new(code_data(as_code(o).ok_or(un)?)?) }
    } else {
        return Err(un);
    })
}

fn code_data(c: &CodeObject) -> Result<CodeData, NoWire> {
    let s = |o: &Obj| crate::types::str::as_str(o).map(str::to_owned).ok_or(NoWire::Unsupported);
    Ok(CodeData {
        name: s(&c.name)?,
        qualname: s(&c.qualname)?,
        filename: s(c.filename())?,
        firstlineno: c.firstlineno,
        argcount: c.argcount,
        posonlyargcount: c.posonlyargcount,
        kwonlyargcount: c.kwonlyargcount,
        flags: c.flags,
        stacksize: c.stacksize as u32,
        code: c.code.to_vec(),
        consts: c.consts.iter().map(obj_to_const).collect::<Result<_, _>>()?,
        names: c.names.iter().map(s).collect::<Result<_, _>>()?,
        localsplusnames: c.localsplusnames.iter().map(s).collect::<Result<_, _>>()?,
        localspluskinds: c.localspluskinds.to_vec(),
        locations: c.locations.to_vec(),
        exceptiontable: c.exceptiontable.to_vec(),
    })
}

/// pyk's marshal record of a code object (`pyk_abi::code::marshal_payload`),
/// stamped with this run's parser and compiler builds. A constant the wire
/// format cannot carry (`code.replace(co_consts=...)` accepts any object)
/// is marshal's ValueError.
pub fn marshal_payload(o: &Obj) -> PyResult<Vec<u8>> {
    let c = as_code(o).ok_or_else(|| crate::error::type_error(format!("expected a code object, not '{}'", o.type_obj().name())))?;
    match code_data(c) {
        Ok(data) => Ok(pyk_abi::code::marshal_payload(&data, crate::interp::config().code_stamp)),
        Err(NoWire::Unsupported) => Err(crate::error::value_error("unmarshallable object")),
        Err(NoWire::TooDeep) => Err(crate::error::value_error("object too deeply nested to marshal")),
    }
}

/// The code object of a marshal record, and the record's producer stamp.
pub fn unmarshal_payload(b: &[u8]) -> PyResult<(Obj, u64)> {
    unmarshal_payload_as(b, None)
}

/// Gives the code objects of `d` whose file is `d`'s own the file `new`, as
/// CPython's `_imp._fix_co_filename` does for a compiled file that moved
/// (code from other files, put there by `code.replace`, keeps its name).
fn set_filename(d: &mut CodeData, old: &str, new: &str) {
    if d.filename != old {
        return;
    }
    d.filename = new.to_owned();
    for c in &mut d.consts {
        if let ConstValue::Code { code } = c {
            set_filename(code, old, new);
        }
    }
}

/// [`unmarshal_payload`], with the code's file name set to `filename` (see
/// [`set_filename`]) when one is given.
pub fn unmarshal_payload_as(b: &[u8], filename: Option<&str>) -> PyResult<(Obj, u64)> {
    match pyk_abi::code::unmarshal_payload(b, crate::thread::stack_remaining() / 2) {
        Ok((mut data, stamp)) => {
            if let Some(f) = filename {
                let old = data.filename.clone();
                set_filename(&mut data, &old, f);
            }
            Ok((new_code(&data)?, stamp))
        }
        Err(pyk_abi::code::MarshalError::Bad(m)) if m.contains("too deep") => {
            Err(crate::error::recursion_error("maximum recursion depth exceeded while loading a code object"))
        }
        Err(e) => Err(crate::error::value_error(format!("bad marshal data ({e})"))),
    }
}

/// `_imp._fix_co_filename`: gives `code`, and the code objects inside it
/// from the same file, the file name `filename` (a compiled file whose
/// source moved).
pub fn fix_filename(code: &Obj, filename: &Obj) -> PyResult<()> {
    let c = as_code(code).ok_or_else(|| crate::error::type_error(format!("_fix_co_filename() argument 1 must be code, not {}", code.type_obj().name())))?;
    let new = crate::types::str::as_str(filename)
        .ok_or_else(|| crate::error::type_error(format!("_fix_co_filename() argument 2 must be str, not {}", filename.type_obj().name())))?;
    let old = c.filename_str().to_owned();
    if old != new {
        set_code_filename(c, &old, filename);
    }
    Ok(())
}

fn set_code_filename(c: &CodeObject, old: &str, new: &Obj) {
    if c.filename_str() != old {
        return;
    }
    c.filename.set(Some(new.clone()));
    for k in c.consts.iter() {
        if let Some(inner) = as_code(k) {
            set_code_filename(inner, old, new);
        }
    }
}

pub fn as_code(o: &Obj) -> Option<&CodeObject> {
    o.downcast::<CodeObject>(&CODE_TYPE)
}

fn code_repr(o: &Obj) -> PyResult {
    let c = as_code(o).ok_or_else(|| system_error("code expected"))?;
    Ok(new_string(format!(
        "<code object {} at {:#x}, file \"{}\", line {}>",
        c.name_str(),
        o.value().0,
        c.filename_str(),
        c.firstlineno
    )))
}

fn get_name(o: &Obj) -> PyResult {
    Ok(as_code(o).map(|c| c.name.clone()).unwrap_or_else(crate::types::none))
}
fn get_qualname(o: &Obj) -> PyResult {
    Ok(as_code(o).map(|c| c.qualname.clone()).unwrap_or_else(crate::types::none))
}
fn get_filename(o: &Obj) -> PyResult {
    Ok(as_code(o).map(|c| c.filename().clone()).unwrap_or_else(crate::types::none))
}
fn get_firstlineno(o: &Obj) -> PyResult {
    Ok(crate::types::int::from_i64(as_code(o).map(|c| c.firstlineno as i64).unwrap_or(0)))
}

fn code(o: &Obj) -> PyResult<&CodeObject> {
    as_code(o).ok_or_else(|| crate::error::type_error("code object expected"))
}
fn int_of(n: usize) -> Obj {
    crate::types::int::from_i64(n as i64)
}
fn get_argcount(o: &Obj) -> PyResult {
    Ok(int_of(code(o)?.argcount as usize))
}
fn get_posonlyargcount(o: &Obj) -> PyResult {
    Ok(int_of(code(o)?.posonlyargcount as usize))
}
fn get_kwonlyargcount(o: &Obj) -> PyResult {
    Ok(int_of(code(o)?.kwonlyargcount as usize))
}
fn get_flags(o: &Obj) -> PyResult {
    Ok(int_of(code(o)?.flags as usize))
}
fn get_stacksize(o: &Obj) -> PyResult {
    Ok(int_of(code(o)?.stacksize))
}
fn get_consts(o: &Obj) -> PyResult {
    Ok(crate::types::tuple::new_tuple(code(o)?.consts.to_vec()))
}
fn get_names(o: &Obj) -> PyResult {
    Ok(crate::types::tuple::new_tuple(code(o)?.names.to_vec()))
}
/// The localsplus names whose kind has any of `bits`.
fn names_with(o: &Obj, bits: u8) -> PyResult {
    let c = code(o)?;
    Ok(crate::types::tuple::new_tuple(
        c.localsplusnames.iter().zip(c.localspluskinds.iter()).filter(|(_, k)| **k & bits != 0).map(|(n, _)| n.clone()).collect(),
    ))
}
fn get_varnames(o: &Obj) -> PyResult {
    names_with(o, pyk_abi::code::fast::LOCAL)
}
fn get_cellvars(o: &Obj) -> PyResult {
    names_with(o, pyk_abi::code::fast::CELL)
}
fn get_freevars(o: &Obj) -> PyResult {
    names_with(o, pyk_abi::code::fast::FREE)
}
fn get_nlocals(o: &Obj) -> PyResult {
    let c = code(o)?;
    Ok(int_of(c.localspluskinds.iter().filter(|k| **k & pyk_abi::code::fast::LOCAL != 0).count()))
}
/// pyk's instruction words, little-endian (4 bytes each; not CPython's bytecode).
fn get_code(o: &Obj) -> PyResult {
    let c = code(o)?;
    let bytes: Vec<u8> = c.code.iter().flat_map(|w| w.to_le_bytes()).collect();
    Ok(crate::types::bytes::new_bytes(&bytes))
}
fn get_exceptiontable(_o: &Obj) -> PyResult {
    Ok(crate::types::bytes::new_bytes(&[]))
}

/// `co_lines()`: (start, end, line) byte ranges of co_code, runs of equal lines merged.
fn m_lines(s: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let c = code(s)?;
    let mut out: Vec<Obj> = vec![];
    let mut run: Option<(usize, usize, u32)> = None;
    for i in 0..c.code.len() {
        let line = c.location(i).lineno;
        match &mut run {
            Some((_, end, l)) if *l == line => *end = 4 * (i + 1),
            _ => {
                if let Some((a, b, l)) = run.take() {
                    out.push(line_entry(a, b, l));
                }
                run = Some((4 * i, 4 * (i + 1), line));
            }
        }
    }
    if let Some((a, b, l)) = run {
        out.push(line_entry(a, b, l));
    }
    crate::types::list::seq_iter(&crate::types::list::new_list(out))
}

fn line_entry(a: usize, b: usize, l: u32) -> Obj {
    let line = if l == 0 { crate::types::none() } else { int_of(l as usize) };
    crate::types::tuple::new_tuple(vec![int_of(a), int_of(b), line])
}

/// `co_positions()`: (line, end line, column, end column) of each instruction.
fn m_positions(s: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let c = code(s)?;
    let opt = |n: u32, ok: bool| if ok { int_of(n as usize) } else { crate::types::none() };
    let out: Vec<Obj> = (0..c.code.len())
        .map(|i| {
            let l = c.location(i);
            let known = l.lineno != 0;
            let cols = known && l.col_offset != NO_COLUMN;
            crate::types::tuple::new_tuple(vec![opt(l.lineno, known), opt(l.end_lineno, known), opt(l.col_offset, cols), opt(l.end_col_offset, cols)])
        })
        .collect();
    crate::types::list::seq_iter(&crate::types::list::new_list(out))
}

/// `code.replace(**changes)` (and `copy.replace`): a new code object with
/// the named fields changed. pyk can change the fields that do not touch its
/// own bytecode's invariants: the names, the file, the first line, the
/// flags (not the generator/coroutine kind) and constants of the same kinds
/// and count; anything else is a ValueError saying so.
fn m_replace(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let c = code(s)?;
    let (pos, kws) = crate::builtins::split_kwargs(a, k);
    if !pos.is_empty() {
        return Err(crate::error::type_error(format!("replace() takes no positional arguments ({} given)", pos.len())));
    }
    let mut new = CodeObject {
        header: new_header(&CODE_TYPE),
        code: c.code.clone(),
        consts: c.consts.clone(),
        names: c.names.clone(),
        localsplusnames: c.localsplusnames.clone(),
        localspluskinds: c.localspluskinds.clone(),
        stacksize: c.stacksize,
        argcount: c.argcount,
        posonlyargcount: c.posonlyargcount,
        kwonlyargcount: c.kwonlyargcount,
        flags: c.flags,
        name: c.name.clone(),
        qualname: c.qualname.clone(),
        filename: crate::types::function::SwapCell::new(Some(c.filename().clone())),
        firstlineno: c.firstlineno,
        locations: c.locations.clone(),
        exceptiontable: c.exceptiontable.clone(),
        nfree: c.nfree,
        hash: std::sync::atomic::AtomicI64::new(-1),
    };
    let want_str = |n: &str, v: &Obj| -> PyResult<Obj> {
        if crate::types::str::as_str(v).is_none() {
            return Err(crate::error::type_error(format!("replace() argument '{n}' must be str, not {}", v.type_obj().name())));
        }
        Ok(v.clone())
    };
    let want_int = |n: &str, v: &Obj| -> PyResult<i64> {
        crate::types::int::as_i64(v).ok_or_else(|| crate::error::type_error(format!("replace() argument '{n}' must be int, not {}", v.type_obj().name())))
    };
    for (n, v) in kws {
        match n {
            "co_name" => new.name = want_str(n, v)?,
            "co_qualname" => new.qualname = want_str(n, v)?,
            "co_filename" => new.filename.set(Some(want_str(n, v)?)),
            "co_firstlineno" => new.firstlineno = u32::try_from(want_int(n, v)?).map_err(|_| crate::error::value_error("co_firstlineno must be a positive integer"))?,
            "co_flags" => {
                let f = want_int(n, v)? as u32;
                let kind = pyk_abi::code::co::GENERATOR | pyk_abi::code::co::COROUTINE | pyk_abi::code::co::ASYNC_GENERATOR;
                if f & kind != c.flags & kind {
                    return Err(crate::error::value_error("code.replace(): pyk cannot change whether code is a generator or coroutine"));
                }
                new.flags = f;
            }
            "co_consts" => {
                let items = crate::types::tuple::as_tuple(v).ok_or_else(|| crate::error::type_error("replace() argument 'co_consts' must be tuple"))?;
                if items.len() != c.consts.len() {
                    return Err(crate::error::value_error("code.replace(): pyk needs co_consts of the same length"));
                }
                new.consts = items.to_vec().into_boxed_slice();
            }
            other if other.starts_with("co_") => {
                return Err(crate::error::value_error(format!("code.replace(): pyk cannot replace {other} (its bytecode is its own)")));
            }
            other => return Err(crate::error::type_error(format!("replace() got an unexpected keyword argument '{other}'"))),
        }
    }
    Ok(alloc(new))
}

static CODE_METHODS: [crate::types::typeobj::MethodDef; 4] = [
    crate::types::typeobj::MethodDef { name: "replace", func: m_replace, doc: "Return a copy of the code object with new values for the specified fields." },
    crate::types::typeobj::MethodDef { name: "__replace__", func: m_replace, doc: "" },
    crate::types::typeobj::MethodDef { name: "co_lines", func: m_lines, doc: "" },
    crate::types::typeobj::MethodDef { name: "co_positions", func: m_positions, doc: "" },
];

static CODE_GETSETS: [GetSetDef; 18] = [
    GetSetDef { name: "co_name", get: get_name },
    GetSetDef { name: "co_qualname", get: get_qualname },
    GetSetDef { name: "co_filename", get: get_filename },
    GetSetDef { name: "co_firstlineno", get: get_firstlineno },
    GetSetDef { name: "co_argcount", get: get_argcount },
    GetSetDef { name: "co_posonlyargcount", get: get_posonlyargcount },
    GetSetDef { name: "co_kwonlyargcount", get: get_kwonlyargcount },
    GetSetDef { name: "co_flags", get: get_flags },
    GetSetDef { name: "co_stacksize", get: get_stacksize },
    GetSetDef { name: "co_consts", get: get_consts },
    GetSetDef { name: "co_names", get: get_names },
    GetSetDef { name: "co_varnames", get: get_varnames },
    GetSetDef { name: "co_cellvars", get: get_cellvars },
    GetSetDef { name: "co_freevars", get: get_freevars },
    GetSetDef { name: "co_nlocals", get: get_nlocals },
    GetSetDef { name: "co_code", get: get_code },
    GetSetDef { name: "_co_code_adaptive", get: get_code },
    GetSetDef { name: "co_exceptiontable", get: get_exceptiontable },
];

/// What code equality compares, as CPython's code_richcompare: everything
/// but the file and qualified names, constants told apart by type and
/// exact value (0 from 0.0, -0.0 from 0.0). It is the wire encoding of
/// those fields (floats by their bits); None when a constant has no wire
/// form (then a code object equals only itself).
fn eq_key(o: &Obj) -> Option<Vec<u8>> {
    let mut d = code_data(as_code(o)?).ok()?;
    fn blank(d: &mut CodeData) {
        d.filename.clear();
        d.qualname.clear();
        for c in &mut d.consts {
            if let ConstValue::Code { code } = c {
                blank(code);
            }
        }
    }
    blank(&mut d);
    Some(pyk_abi::code::encode(&d))
}

fn code_richcompare(a: &Obj, b: &Obj, op: pyk_abi::opcode::CompareOp) -> PyResult {
    use pyk_abi::opcode::CompareOp;
    if as_code(b).is_none() || !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(crate::types::not_implemented());
    }
    let eq = a.is(b)
        || match (eq_key(a), eq_key(b)) {
            (Some(x), Some(y)) => x == y,
            _ => false,
        };
    Ok(crate::types::bool_obj(eq == (op == CompareOp::Eq)))
}

fn code_hash(o: &Obj) -> PyResult<i64> {
    let cached = as_code(o).map(|c| &c.hash);
    if let Some(h) = cached.map(|h| h.load(Ordering::Relaxed)).filter(|h| *h != -1) {
        return Ok(h);
    }
    let h = match eq_key(o) {
        Some(k) => crate::impmod::siphash13(0, 0, &k) as i64,
        None => (o.value().0 >> 4) as i64,
    };
    let h = if h == -1 { -2 } else { h };
    if let Some(c) = cached {
        c.store(h, Ordering::Relaxed);
    }
    Ok(h)
}

pub static CODE_TYPE: TypeObject = TypeObject {
    repr: Some(code_repr),
    richcompare: Some(code_richcompare),
    hash: Some(code_hash),
    getsets: &CODE_GETSETS,
    methods: &CODE_METHODS,
    ..TypeObject::builtin("code", &crate::types::object::OBJECT_TYPE, dealloc_box::<CodeObject>)
};
