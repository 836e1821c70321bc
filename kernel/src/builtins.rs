//! The `builtins` module.

use std::sync::Mutex;

use pyk_abi::opcode::CompareOp;
use pyk_abi::value::ObjHeader;

use crate::abstract_ as ab;
use crate::error::{type_error, value_error, PyErr, PyResult};
use crate::object::{alloc, dealloc_box, new_header, Obj};
use crate::types::dict::set_item_str;
use crate::types::function::new_builtin;
use crate::types::int;
use crate::types::singletons::{bool_obj, none};
use crate::types::str::{as_str, new_str, new_string};
use crate::types::tuple::as_tuple;
use crate::types::typeobj::{MethodDef, MethodFn, TypeObject};

/// Fails when keyword arguments were passed to a function that takes none.
pub fn no_kwargs(fname: &str, kw: Option<&Obj>) -> PyResult<()> {
    if kw.and_then(as_tuple).map(|k| !k.is_empty()).unwrap_or(false) {
        return Err(type_error(format!("{fname}() takes no keyword arguments")));
    }
    Ok(())
}

/// Splits `args` into positional values and (name, value) keyword pairs.
pub fn split_kwargs<'a>(args: &'a [Obj], kw: Option<&'a Obj>) -> (&'a [Obj], Vec<(&'a str, &'a Obj)>) {
    let names = kw.and_then(as_tuple).unwrap_or(&[]);
    let npos = args.len() - names.len();
    let pairs = names.iter().zip(&args[npos..]).map(|(n, v)| (as_str(n).unwrap_or(""), v)).collect();
    (&args[..npos], pairs)
}

fn exact_args(fname: &str, args: &[Obj], kw: Option<&Obj>, n: usize) -> PyResult<()> {
    no_kwargs(fname, kw)?;
    if args.len() != n {
        return Err(type_error(if n == 1 {
            format!("{fname}() takes exactly one argument ({} given)", args.len())
        } else {
            format!("{fname} expected {n} arguments, got {}", args.len())
        }));
    }
    Ok(())
}

/// `print(*objects, sep=' ', end='\n', file=None, flush=False)`: to
/// `file`, or to `sys.stdout` as the program has it now; the process's own
/// stdout and stderr streams take a fast path.
fn b_print(_m: &Obj, args: &[Obj], kw: Option<&Obj>) -> PyResult {
    let (pos, kws) = split_kwargs(args, kw);
    let mut sep = " ".to_string();
    let mut end = "\n".to_string();
    let mut flush = false;
    let mut file: Option<Obj> = None;
    for (k, v) in kws {
        match k {
            "sep" | "end" => {
                let s = if crate::types::is_none(v) {
                    if k == "sep" { " ".to_string() } else { "\n".to_string() }
                } else {
                    as_str(v)
                        .ok_or_else(|| type_error(format!("{k} must be None or a string, not {}", v.type_obj().name())))?
                        .to_string()
                };
                if k == "sep" { sep = s } else { end = s }
            }
            "flush" => flush = ab::is_true(v)?,
            "file" => {
                if !crate::types::is_none(v) {
                    file = Some(v.clone());
                }
            }
            other => return Err(crate::error::unexpected_kwarg("print", other, &["sep", "end", "file", "flush"])),
        }
    }
    let file = match file {
        Some(f) => Some(f),
        None => crate::interp::sys_get("stdout").filter(|f| !crate::types::is_none(f)),
    };
    let Some(file) = file else { return Ok(none()) };
    print_to(&file, &pos, &sep, end, flush)
}

/// print() to a file object other than the process's streams: each piece
/// is written separately, as CPython does, then flushed if asked.
fn print_to(file: &Obj, pos: &[Obj], sep: &str, end: String, flush: bool) -> PyResult {
    // An `_io` TextIOWrapper of its own class takes the whole line at once
    // (the same bytes reach the stream; a `write` of a subclass or of the
    // instance is called per piece, as CPython does).
    // Only for arguments whose str() runs no Python code, so that nothing
    // the conversions print can come between the pieces.
    let plain = |x: &Obj| {
        let t = x.type_obj();
        std::ptr::eq(t, &crate::types::str::STR_TYPE) || std::ptr::eq(t, &crate::types::int::INT_TYPE) || std::ptr::eq(t, &crate::types::float::FLOAT_TYPE)
    };
    if pos.iter().all(plain) {
        let mut line = String::new();
        for (i, x) in pos.iter().enumerate() {
            if i > 0 {
                line.push_str(sep);
            }
            line.push_str(&ab::str_string(x)?);
        }
        line.push_str(&end);
        if crate::iomod::print_fast(file, &new_string(line))? {
            if flush {
                let f = ab::getattr_str(file, "flush")?;
                ab::call0(&f)?;
            }
            return Ok(none());
        }
    }
    let w = ab::getattr_str(file, "write")?;
    for (i, x) in pos.iter().enumerate() {
        if i > 0 {
            ab::call(&w, &[new_str(sep)], None)?;
        }
        ab::call(&w, &[ab::str(x)?], None)?;
    }
    ab::call(&w, &[new_string(end)], None)?;
    if flush {
        let f = ab::getattr_str(file, "flush")?;
        ab::call0(&f)?;
    }
    Ok(none())
}

fn b_len(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    exact_args("len", a, k, 1)?;
    Ok(int::from_i64(ab::len(&a[0])? as i64))
}
fn b_repr(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    exact_args("repr", a, k, 1)?;
    ab::repr(&a[0])
}
pub fn ascii(o: &Obj) -> PyResult {
    let repr = ab::repr(o)?;
    // An all-ASCII repr is returned as it is (a str subclass stays one).
    let r = match crate::types::str::as_str(&repr) {
        Some(t) if t.is_ascii() => return Ok(repr),
        Some(t) => t.to_owned(),
        None => ab::repr_string(o)?,
    };
    let mut s = String::new();
    for c in r.chars() {
        let u = pyk_abi::surrogate::code_point(c);
        if u < 0x80 {
            s.push(c)
        } else if u < 0x100 {
            s.push_str(&format!("\\x{u:02x}"))
        } else if u < 0x10000 {
            s.push_str(&format!("\\u{u:04x}"))
        } else {
            s.push_str(&format!("\\U{u:08x}"))
        }
    }
    Ok(new_string(s))
}
fn b_ascii(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    exact_args("ascii", a, k, 1)?;
    ascii(&a[0])
}
fn b_abs(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    exact_args("abs", a, k, 1)?;
    let x = &a[0];
    let t = x.type_obj();
    let exact = std::ptr::eq(t, &crate::types::float::FLOAT_TYPE) || std::ptr::eq(t, &int::INT_TYPE) || std::ptr::eq(t, &crate::types::singletons::BOOL_TYPE);
    if !exact {
        // A class's own __abs__ (int and float subclasses may override it).
        if let Some(m) = t.lookup(&crate::types::str::istr("__abs__")) {
            return ab::call(&m, std::slice::from_ref(x), None);
        }
    }
    if let Some(f) = crate::types::float::as_f64(x) {
        return Ok(crate::types::float::new_float(f.abs()));
    }
    if let Some(v) = int::int_val(x) {
        return Ok(match v {
            int::IntVal::Small(i) => int::from_i64(i.abs()),
            int::IntVal::Big(b) => int::from_bigint(num_traits::Signed::abs(b)),
        });
    }
    Err(type_error(format!("bad operand type for abs(): '{}'", x.type_obj().name())))
}

fn min_max(name: &str, a: &[Obj], k: Option<&Obj>, op: CompareOp) -> PyResult {
    let (pos, kws) = split_kwargs(a, k);
    if kws.len() > 2 {
        return Err(type_error(format!("{name}() takes at most 2 keyword arguments ({} given)", kws.len())));
    }
    if pos.is_empty() {
        return Err(type_error(format!("{name} expected at least 1 argument, got 0")));
    }
    let mut key = None;
    let mut default = None;
    for (n, v) in kws {
        match n {
            "key" => key = if crate::types::is_none(v) { None } else { Some(v.clone()) },
            "default" => default = Some(v.clone()),
            other => return Err(crate::error::unexpected_kwarg(name, other, &["key", "default"])),
        }
    }
    let items = match pos {
        [] => return Err(type_error(format!("{name} expected at least 1 argument, got 0"))),
        [it] => ab::collect(it)?,
        _ => {
            if default.is_some() {
                return Err(type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            pos.to_vec()
        }
    };
    let mut best: Option<(Obj, Obj)> = None;
    for x in items {
        let kx = match &key {
            Some(f) => ab::call(f, std::slice::from_ref(&x), None)?,
            None => x.clone(),
        };
        best = match best {
            None => Some((kx, x)),
            Some((kb, b)) => {
                if ab::is_true(&ab::richcompare(&kx, &kb, op)?)? {
                    Some((kx, x))
                } else {
                    Some((kb, b))
                }
            }
        };
    }
    match (best, default) {
        (Some((_, b)), _) => Ok(b),
        (None, Some(d)) => Ok(d),
        (None, None) => Err(value_error(format!("{name}() iterable argument is empty"))),
    }
}
fn b_min(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    min_max("min", a, k, CompareOp::Lt)
}
fn b_max(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    min_max("max", a, k, CompareOp::Gt)
}
fn b_sum(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let (pos, kws) = split_kwargs(a, k);
    let mut start = int::from_i64(0);
    match pos {
        [_] => {}
        [_, s] => start = s.clone(),
        [] => return Err(type_error("sum() takes at least 1 positional argument (0 given)")),
        _ => return Err(type_error(format!("sum() takes at most 2 arguments ({} given)", pos.len() + kws.len()))),
    }
    for (n, v) in kws {
        if n == "start" {
            start = v.clone();
        } else {
            return Err(crate::error::unexpected_kwarg("sum", n, &["start"]));
        }
    }
    if as_str(&start).is_some() {
        return Err(type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    if crate::types::bytes::as_bytes(&start).is_some() {
        return Err(type_error("sum() can't sum bytes [use b''.join(seq) instead]"));
    }
    if crate::types::bytearray::as_bytearray(&start).is_some() {
        return Err(type_error("sum() can't sum bytearray [use b''.join(seq) instead]"));
    }
    let it = ab::iter(&pos[0])?;
    let mut acc = start;
    let exact_float = |o: &Obj| std::ptr::eq(o.type_obj(), &crate::types::float::FLOAT_TYPE);
    // As CPython: exact ints are added in a machine word while they fit...
    if acc.value().is_small_int() {
        let mut i = acc.value().as_small_int();
        let mut pending = None;
        while let Some(x) = ab::next(&it)? {
            if x.value().is_small_int() || std::ptr::eq(x.type_obj(), &crate::types::singletons::BOOL_TYPE) {
                if let Some(s) = int::as_i64(&x).and_then(|v| i.checked_add(v)) {
                    i = s;
                    continue;
                }
            }
            pending = Some(x);
            break;
        }
        acc = int::from_i64(i);
        match pending {
            None => return Ok(acc),
            Some(x) => acc = ab::binary_op(&acc, &x, pyk_abi::opcode::BinaryOp::Add)?,
        }
    }
    // ...then exact floats with Neumaier's compensated summation (ints that
    // fit a word are added without compensation)...
    if exact_float(&acc) {
        let (mut s, mut c) = (crate::types::float::as_f64(&acc).unwrap_or(0.0), 0.0f64);
        let finish = |s: f64, c: f64| if c != 0.0 && c.is_finite() { s + c } else { s };
        let mut pending = None;
        while let Some(x) = ab::next(&it)? {
            if exact_float(&x) {
                let v = crate::types::float::as_f64(&x).unwrap_or(0.0);
                let t = s + v;
                if s.abs() >= v.abs() {
                    c += (s - t) + v;
                } else {
                    c += (v - t) + s;
                }
                s = t;
                continue;
            }
            if x.value().is_small_int() || std::ptr::eq(x.type_obj(), &crate::types::singletons::BOOL_TYPE) {
                s += int::as_i64(&x).unwrap_or(0) as f64;
                continue;
            }
            pending = Some(x);
            break;
        }
        acc = crate::types::float::new_float(finish(s, c));
        match pending {
            None => return Ok(acc),
            Some(x) => acc = ab::binary_op(&acc, &x, pyk_abi::opcode::BinaryOp::Add)?,
        }
    }
    // ...and anything else with `+`.
    while let Some(x) = ab::next(&it)? {
        acc = ab::binary_op(&acc, &x, pyk_abi::opcode::BinaryOp::Add)?;
    }
    Ok(acc)
}

/// `__instancecheck__`/`__subclasscheck__` of `cls`'s class when a Python
/// class defines it (a metaclass's, or any object's class's), looked up as
/// a special method and bound to `cls` (a descriptor there runs); None for
/// `type`'s own, which the callers do directly.
fn meta_hook(cls: &Obj, hook: &'static str) -> PyResult<Option<Obj>> {
    let meta = cls.type_obj();
    if std::ptr::eq(meta, &crate::types::typeobj::TYPE_TYPE) || meta.flags & crate::types::typeobj::tpflags::HEAPTYPE == 0 {
        return Ok(None);
    }
    let name = crate::types::str::istr(hook);
    match meta.lookup(&name) {
        Some(f) if !crate::types::is_none(&f) && crate::types::function::as_method_descr(&f).is_none() => {
            crate::types::class::bind(&f, Some(cls), meta, &name).map(Some)
        }
        _ => Ok(None),
    }
}

fn b_isinstance(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    exact_args("isinstance", a, k, 2)?;
    Ok(bool_obj(isinstance(&a[0], &a[1])?))
}
fn b_issubclass(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    exact_args("issubclass", a, k, 2)?;
    Ok(bool_obj(issubclass(&a[0], &a[1])?))
}

fn is_parameterized_generic(o: &Obj) -> bool {
    o.type_obj().is_subtype(&crate::types::genericalias::GENERIC_ALIAS_TYPE)
}

/// `isinstance(inst, cls)` by CPython's rules: the exact type first, then
/// unions and tuples item by item, a metaclass's `__instancecheck__`, and
/// `inst.__class__` when it differs from the real type.
pub fn isinstance(inst: &Obj, cls: &Obj) -> PyResult<bool> {
    if let Some(t) = crate::types::typeobj::as_type(cls) {
        if std::ptr::eq(inst.type_obj(), t) {
            return Ok(true);
        }
    }
    let items = match crate::types::genericalias::union_args(cls) {
        Some(args) => Some(args),
        None => as_tuple(cls).map(<[Obj]>::to_vec),
    };
    if let Some(items) = items {
        crate::thread::check_recursion().map_err(|_| crate::error::recursion_error("maximum recursion depth exceeded in __instancecheck__"))?;
        for c in &items {
            if isinstance(inst, c)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if let Some(h) = meta_hook(cls, "__instancecheck__")? {
        let r = ab::call(&h, std::slice::from_ref(inst), None)?;
        return ab::is_true(&r);
    }
    if is_parameterized_generic(cls) {
        return Err(type_error("isinstance() argument 2 cannot be a parameterized generic"));
    }
    if let Some(t) = crate::types::typeobj::as_type(cls) {
        if inst.type_obj().is_subtype(t) {
            return Ok(true);
        }
        // An object may claim another class through __class__.
        if let Ok(icls) = ab::getattr_str(inst, "__class__") {
            if let Some(it) = crate::types::typeobj::as_type(&icls) {
                if !std::ptr::eq(it, inst.type_obj()) {
                    return Ok(it.is_subtype(t));
                }
            }
        }
        return Ok(false);
    }
    if !has_bases(cls) {
        return Err(type_error("isinstance() arg 2 must be a type, a tuple of types, or a union"));
    }
    match ab::getattr_str(inst, "__class__") {
        Ok(icls) => abstract_issubclass(&icls, cls),
        Err(_) => Ok(false),
    }
}

/// Whether `o` looks like a class to issubclass: a `__bases__` tuple.
fn has_bases(o: &Obj) -> bool {
    ab::getattr_str(o, "__bases__").is_ok_and(|b| as_tuple(&b).is_some())
}

/// Walks `__bases__` from `derived` looking for `cls`.
fn abstract_issubclass(derived: &Obj, cls: &Obj) -> PyResult<bool> {
    let mut d = derived.clone();
    loop {
        if d.is(cls) {
            return Ok(true);
        }
        let Ok(bases) = ab::getattr_str(&d, "__bases__") else { return Ok(false) };
        let Some(bs) = as_tuple(&bases) else { return Ok(false) };
        match bs {
            [] => return Ok(false),
            [one] => d = one.clone(),
            many => {
                crate::thread::check_recursion().map_err(|_| crate::error::recursion_error("maximum recursion depth exceeded"))?;
                for b in many {
                    if abstract_issubclass(b, cls)? {
                        return Ok(true);
                    }
                }
                return Ok(false);
            }
        }
    }
}

/// `issubclass(derived, cls)` by CPython's rules.
pub fn issubclass(derived: &Obj, cls: &Obj) -> PyResult<bool> {
    if let (Some(d), Some(c)) = (crate::types::typeobj::as_type(derived), crate::types::typeobj::as_type(cls)) {
        if std::ptr::eq(cls.type_obj(), &crate::types::typeobj::TYPE_TYPE) {
            return Ok(d.is_subtype(c));
        }
    }
    let items = match crate::types::genericalias::union_args(cls) {
        Some(args) => Some(args),
        None => as_tuple(cls).map(<[Obj]>::to_vec),
    };
    if let Some(items) = items {
        crate::thread::check_recursion().map_err(|_| crate::error::recursion_error("maximum recursion depth exceeded in __subclasscheck__"))?;
        for c in &items {
            if issubclass(derived, c)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if let Some(h) = meta_hook(cls, "__subclasscheck__")? {
        let r = ab::call(&h, std::slice::from_ref(derived), None)?;
        return ab::is_true(&r);
    }
    if is_parameterized_generic(cls) {
        return Err(type_error("issubclass() argument 2 cannot be a parameterized generic"));
    }
    if let (Some(d), Some(c)) = (crate::types::typeobj::as_type(derived), crate::types::typeobj::as_type(cls)) {
        return Ok(d.is_subtype(c));
    }
    if !has_bases(derived) {
        return Err(type_error("issubclass() arg 1 must be a class"));
    }
    if !has_bases(cls) {
        return Err(type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union"));
    }
    abstract_issubclass(derived, cls)
}
fn b_hash(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    exact_args("hash", a, k, 1)?;
    Ok(int::from_i64(ab::hash(&a[0])?))
}
fn b_id(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    exact_args("id", a, k, 1)?;
    Ok(int::from_i64(a[0].value().0 as i64))
}
fn b_iter(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    no_kwargs("iter", k)?;
    match a {
        [x] => ab::iter(x),
        [f, sentinel] => {
            if f.type_obj().call.is_none() {
                return Err(type_error("iter(v, w): v must be callable"));
            }
            let (f, sentinel) = (f.clone(), sentinel.clone());
            let done = std::sync::atomic::AtomicBool::new(false);
            Ok(closure_iter(&CALLABLE_ITER_TYPE, move || {
                use std::sync::atomic::Ordering::Relaxed;
                if done.load(Relaxed) {
                    return Ok(None);
                }
                let v = match ab::call0(&f) {
                    Ok(v) => v,
                    Err(e) if e.is_instance(&crate::types::exceptions::STOP_ITERATION) => {
                        done.store(true, Relaxed);
                        return Ok(None);
                    }
                    Err(e) => return Err(e),
                };
                if ab::eq(&v, &sentinel)? {
                    done.store(true, Relaxed);
                    return Ok(None);
                }
                Ok(Some(v))
            }))
        }
        [] => Err(type_error("iter expected at least 1 argument, got 0")),
        _ => Err(type_error(format!("iter expected at most 2 arguments, got {}", a.len()))),
    }
}
/// The interpreter's own `__import__`, which import statements may call
/// directly (set when the builtins module is made).
static DEFAULT_IMPORT: std::sync::OnceLock<Obj> = std::sync::OnceLock::new();

pub fn is_default_import(f: &Obj) -> bool {
    DEFAULT_IMPORT.get().is_some_and(|d| d.is(f))
}

/// `__import__(name, globals=None, locals=None, fromlist=(), level=0)`.
fn b_import(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    const NAMES: [&str; 5] = ["name", "globals", "locals", "fromlist", "level"];
    let vals: Vec<Option<Obj>> = crate::types::str::kw_args("__import__", a, k, &NAMES, 0, 0)?.into_iter().map(|v| v.cloned()).collect();
    let name = vals[0].clone().ok_or_else(|| type_error("__import__() missing required argument 'name' (pos 1)"))?;
    let Some(n) = as_str(&name) else {
        return Err(type_error("module name must be a string"));
    };
    let level = match &vals[4] {
        Some(l) => int::as_i64(&ab::index(l)?).unwrap_or(0),
        None => 0,
    };
    if level < 0 {
        return Err(value_error("level must be >= 0"));
    }
    if n.is_empty() && level == 0 {
        return Err(value_error("Empty module name"));
    }
    let globals = vals[1].clone().filter(|g| !crate::types::is_none(g)).unwrap_or_else(crate::types::dict::new_dict);
    let fromlist = vals[3].clone().unwrap_or_else(none);
    crate::import::import_name(&name, &globals, &fromlist, level)
}

/// `breakpoint(*args, **kws)`: calls `sys.breakpointhook` with the same
/// arguments.
fn b_breakpoint(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let Some(hook) = crate::interp::sys_get("breakpointhook") else {
        return Err(PyErr::new(&crate::types::exceptions::RUNTIME_ERROR, "lost sys.breakpointhook"));
    };
    crate::sysmod::audit("builtins.breakpoint", std::slice::from_ref(&hook))?;
    ab::call(&hook, a, k)
}

/// `input([prompt])`, as CPython's: the prompt (its `str()`) to
/// `sys.stdout`, which is then flushed if it can be, and one line from
/// `sys.stdin.readline()` without its newline; EOFError at the end of
/// input. When both are the process's own terminals, the line is read from
/// the terminal and decoded with `sys.stdin`'s encoding and errors, and the
/// prompt goes to stderr, as CPython's input() without GNU readline.
fn b_input(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    no_kwargs("input", k)?;
    if a.len() > 1 {
        return Err(type_error(format!("input expected at most 1 argument, got {}", a.len())));
    }
    let stream = |name: &'static str| {
        crate::interp::sys_get(name)
            .filter(|f| !crate::types::is_none(f))
            .ok_or_else(|| PyErr::new(&crate::types::exceptions::RUNTIME_ERROR, format!("input(): lost sys.{name}")))
    };
    let fin = stream("stdin")?;
    let fout = stream("stdout")?;
    let ferr = stream("stderr")?;
    crate::sysmod::audit("builtins.input", &[a.first().cloned().unwrap_or_else(none)])?;
    // First of all, flush stderr (its errors do not matter here).
    let _ = ab::getattr_str(&ferr, "flush").and_then(|f| ab::call0(&f));
    let is_own_tty = |f: &Obj, fd: i64| -> bool {
        let Ok(n) = ab::getattr_str(f, "fileno").and_then(|m| ab::call0(&m)) else { return false };
        // SAFETY: isatty only inspects the descriptor number.
        int::as_i64(&n) == Some(fd) && unsafe { libc::isatty(fd as i32) } == 1
    };
    let line = if is_own_tty(&fin, 0) && is_own_tty(&fout, 1) {
        input_tty(&fin, &fout, a.first())?
    } else {
        if let Some(p) = a.first() {
            let w = ab::getattr_str(&fout, "write")?;
            ab::call(&w, &[ab::str(p)?], None)?;
        }
        // As in CPython, a stdout that cannot flush does not stop input().
        let _ = ab::getattr_str(&fout, "flush").and_then(|f| ab::call0(&f));
        let rl = ab::getattr_str(&fin, "readline")?;
        let got = ab::call0(&rl)?;
        let Some(text) = as_str(&got) else {
            return Err(type_error("object.readline() returned non-string"));
        };
        if text.is_empty() {
            return Err(PyErr::new(&crate::types::exceptions::EOF_ERROR, "EOF when reading a line"));
        }
        match text.strip_suffix('\n') {
            Some(t) => new_str(t),
            None => got.clone(),
        }
    };
    crate::sysmod::audit("builtins.input/result", std::slice::from_ref(&line))?;
    Ok(line)
}

/// input() on the process's terminal: the prompt encoded with stdout's
/// encoding and errors, the line read from descriptor 0 and decoded with
/// stdin's.
fn input_tty(fin: &Obj, fout: &Obj, prompt: Option<&Obj>) -> PyResult {
    let text_attr = |f: &Obj, n: &str| -> PyResult<Obj> { ab::getattr_str(f, n).and_then(|v| if as_str(&v).is_some() { Ok(v) } else { Err(type_error(format!("{n} must be a string"))) }) };
    let (in_enc, in_err) = (text_attr(fin, "encoding")?, text_attr(fin, "errors")?);
    let flush = ab::getattr_str(fout, "flush")?;
    ab::call0(&flush)?;
    let mut prompt_bytes = Vec::new();
    if let Some(p) = prompt {
        let (out_enc, out_err) = (text_attr(fout, "encoding")?, text_attr(fout, "errors")?);
        let s = ab::str(p)?;
        let enc = ab::getattr_str(&s, "encode")?;
        let b = ab::call(&enc, &[out_enc, out_err], None)?;
        prompt_bytes = crate::types::bytes::as_bytes(&b).map(|b| b.to_vec()).unwrap_or_default();
        if prompt_bytes.contains(&0) {
            return Err(value_error("input: prompt string cannot contain null characters"));
        }
    }
    {
        use std::io::Write;
        let mut e = std::io::stderr().lock();
        let _ = e.write_all(&prompt_bytes);
        let _ = e.flush();
    }
    let mut buf = Vec::new();
    crate::interp::detach();
    let r = std::io::BufRead::read_until(&mut std::io::stdin().lock(), b'\n', &mut buf);
    crate::interp::attach();
    if let Err(e) = r {
        return Err(crate::types::exceptions::os_error_from_io(&e, None));
    }
    if buf.is_empty() {
        return Err(PyErr::new(&crate::types::exceptions::EOF_ERROR, "EOF when reading a line"));
    }
    if buf.last() == Some(&b'\n') {
        buf.pop();
    }
    let b = crate::types::bytes::new_bytes(&buf);
    let dec = ab::getattr_str(&b, "decode")?;
    ab::call(&dec, &[in_enc, in_err], None)
}

/// `aiter(x)`: `type(x).__aiter__(x)`.
fn b_aiter(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    exact_args("aiter", a, k, 1)?;
    let x = &a[0];
    let Some(f) = x.type_obj().lookup(&crate::types::str::istr("__aiter__")) else {
        return Err(type_error(format!("'{}' object is not an async iterable", x.type_obj().name())));
    };
    let it = ab::call(&f, std::slice::from_ref(x), None)?;
    if it.type_obj().lookup(&crate::types::str::istr("__anext__")).is_none() {
        return Err(type_error(format!("aiter() returned not an async iterator of type '{}'", it.type_obj().name())));
    }
    Ok(it)
}

/// `anext(it[, default])`: the awaitable of `it.__anext__()`; with a
/// default, an awaitable that turns StopAsyncIteration into that value.
fn b_anext(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    no_kwargs("anext", k)?;
    let (it, default) = match a {
        [it] => (it, None),
        [it, d] => (it, Some(d.clone())),
        _ => return Err(type_error(format!("anext expected at least 1 argument, got {}", a.len()))),
    };
    let Some(f) = it.type_obj().lookup(&crate::types::str::istr("__anext__")) else {
        return Err(type_error(format!("'{}' object is not an async iterator", it.type_obj().name())));
    };
    let aw = ab::call(&f, std::slice::from_ref(it), None)?;
    let Some(default) = default else { return Ok(aw) };
    let inner = crate::types::generator::get_awaitable(&aw)?;
    Ok(alloc(AnextAwaitable { header: new_header(&ANEXT_AWAITABLE_TYPE), inner, default }))
}

#[repr(C)]
pub struct AnextAwaitable {
    pub header: ObjHeader,
    inner: Obj,
    default: Obj,
}

fn anext_this(o: &Obj) -> PyResult<&AnextAwaitable> {
    o.downcast::<AnextAwaitable>(&ANEXT_AWAITABLE_TYPE).ok_or_else(|| type_error("anext_awaitable expected"))
}

/// Drives the inner awaitable one step; its StopAsyncIteration becomes
/// StopIteration(default), the end of this awaitable.
fn anext_step(o: &Obj, sent: Obj) -> PyResult {
    let w = anext_this(o)?;
    match crate::types::generator::send_to(&w.inner, sent) {
        Ok(Ok(y)) => Ok(y),
        Ok(Err(ret)) => Err(PyErr(crate::types::exceptions::new_exception(&crate::types::exceptions::STOP_ITERATION, vec![ret]))),
        Err(e) if e.is_instance(&crate::types::exceptions::STOP_ASYNC_ITERATION) => {
            Err(PyErr(crate::types::exceptions::new_exception(&crate::types::exceptions::STOP_ITERATION, vec![w.default.clone()])))
        }
        Err(e) => Err(e),
    }
}

fn anext_next(o: &Obj) -> PyResult<Option<Obj>> {
    anext_step(o, crate::types::none()).map(Some)
}
fn anext_send(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let [v] = a else { return Err(type_error(format!("send() takes exactly one argument ({} given)", a.len()))) };
    anext_step(s, v.clone())
}
fn anext_await(s: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    Ok(s.clone())
}

static ANEXT_METHODS: [MethodDef; 2] = [
    MethodDef { name: "send", func: anext_send, doc: "" },
    MethodDef { name: "__await__", func: anext_await, doc: "" },
];

pub static ANEXT_AWAITABLE_TYPE: TypeObject = TypeObject {
    iter: Some(crate::types::list::self_iter),
    next: Some(anext_next),
    methods: &ANEXT_METHODS,
    ..TypeObject::builtin("anext_awaitable", &crate::types::object::OBJECT_TYPE, dealloc_box::<AnextAwaitable>)
};

fn b_next(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    no_kwargs("next", k)?;
    let (it, default) = match a {
        [it] => (it, None),
        [it, d] => (it, Some(d)),
        [] => return Err(type_error("next expected at least 1 argument, got 0")),
        _ => return Err(type_error(format!("next expected at most 2 arguments, got {}", a.len()))),
    };
    if it.type_obj().next.is_none() {
        return Err(type_error(format!("'{}' object is not an iterator", it.type_obj().name())));
    }
    let r = if crate::types::generator::has_return_value(it) {
        match (crate::types::generator::next_or_stop(it), default) {
            (Err(e), Some(d)) if e.is_instance(&crate::types::exceptions::STOP_ITERATION) => return Ok(d.clone()),
            (r, _) => r?,
        }
    } else {
        ab::next(it)?
    };
    match r {
        Some(v) => Ok(v),
        None => match default {
            Some(d) => Ok(d.clone()),
            None => Err(crate::error::stop_iteration()),
        },
    }
}

/// Parses `key=` and `reverse=` of sorted()/list.sort().
pub fn sort_kwargs(_a: &[Obj], k: Option<&Obj>) -> PyResult<(Option<Obj>, bool)> {
    let names = k.and_then(as_tuple).unwrap_or(&[]);
    let vals = &_a[_a.len() - names.len()..];
    let mut key = None;
    let mut reverse = false;
    for (n, v) in names.iter().zip(vals) {
        match as_str(n).unwrap_or("") {
            "key" => key = if crate::types::is_none(v) { None } else { Some(v.clone()) },
            "reverse" => reverse = ab::is_true(v)?,
            other => return Err(crate::error::unexpected_kwarg("sort", other, &["key", "reverse"])),
        }
    }
    Ok((key, reverse))
}

/// A stable merge sort whose comparisons may fail; on failure the original
/// items come back with the error.
/// CPython's run detection (`count_run`, 3.13's relaxed descending runs)
/// and binary insertion sort up to `minrun`, so the comparisons made, and the
/// order reached with inconsistent ones such as NaN, match CPython's for
/// lists under 64 items. Runs are then merged stably (without galloping).
fn timsort(a: &mut [usize], lt: &dyn Fn(usize, usize) -> PyResult<bool>) -> PyResult<()> {
    let total = a.len();
    if total < 2 {
        return Ok(());
    }
    let mut minrun = total;
    let mut r = 0;
    while minrun >= 64 {
        r |= minrun & 1;
        minrun >>= 1;
    }
    minrun += r;
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut lo = 0;
    while lo < total {
        let rem = total - lo;
        let mut n = count_run(&mut a[lo..], lt)?;
        if n < minrun {
            let force = rem.min(minrun);
            binary_insertion(&mut a[lo..lo + force], n, lt)?;
            n = force;
        }
        runs.push((lo, n));
        lo += n;
    }
    while runs.len() > 1 {
        let mut next = Vec::with_capacity(runs.len() / 2 + 1);
        for pair in runs.chunks(2) {
            if let [(l, n1), (_, n2)] = *pair {
                merge_runs(&mut a[l..l + n1 + n2], n1, lt)?;
                next.push((l, n1 + n2));
            } else {
                next.push(pair[0]);
            }
        }
        runs = next;
    }
    Ok(())
}

fn count_run(a: &mut [usize], lt: &dyn Fn(usize, usize) -> PyResult<bool>) -> PyResult<usize> {
    let rem = a.len();
    let mut n = 1;
    while n < rem && !lt(a[n], a[n - 1])? {
        n += 1;
    }
    if n == rem {
        return Ok(n);
    }
    if n > 1 {
        if lt(a[0], a[n - 1])? {
            return Ok(n);
        }
        a[..n].reverse();
    }
    n += 1;
    // Equal stretches inside the descending run are reversed on the fly so
    // the final reversal restores their order.
    let mut neq = 0;
    while n < rem {
        if lt(a[n], a[n - 1])? {
            if neq > 0 {
                a[n - neq - 1..n].reverse();
                neq = 0;
            }
        } else if lt(a[n - 1], a[n])? {
            break;
        } else {
            neq += 1;
        }
        n += 1;
    }
    if neq > 0 {
        a[n - neq - 1..n].reverse();
    }
    a[..n].reverse();
    while n < rem && !lt(a[n], a[n - 1])? {
        n += 1;
    }
    Ok(n)
}

fn binary_insertion(a: &mut [usize], sorted: usize, lt: &dyn Fn(usize, usize) -> PyResult<bool>) -> PyResult<()> {
    for k in sorted..a.len() {
        let pivot = a[k];
        let (mut l, mut r) = (0, k);
        while l < r {
            let m = (l + r) >> 1;
            if lt(pivot, a[m])? {
                r = m;
            } else {
                l = m + 1;
            }
        }
        a[l..=k].rotate_right(1);
    }
    Ok(())
}

/// Merges the sorted halves `a[..mid]` and `a[mid..]` stably.
fn merge_runs(a: &mut [usize], mid: usize, lt: &dyn Fn(usize, usize) -> PyResult<bool>) -> PyResult<()> {
    let left = a[..mid].to_vec();
    let (mut i, mut j, mut o) = (0, mid, 0);
    let res = (|| {
        while i < left.len() && j < a.len() {
            if lt(a[j], left[i])? {
                a[o] = a[j];
                j += 1;
            } else {
                a[o] = left[i];
                i += 1;
            }
            o += 1;
        }
        Ok(())
    })();
    // Whatever happened, every index stays in the slice exactly once.
    a[o..o + left.len() - i].copy_from_slice(&left[i..]);
    res
}

pub fn sort_values(items: Vec<Obj>, key: Option<&Obj>, reverse: bool) -> Result<Vec<Obj>, (Vec<Obj>, PyErr)> {
    let keys: Vec<Obj> = match key {
        Some(f) => {
            let mut ks = Vec::with_capacity(items.len());
            for x in &items {
                match ab::call(f, std::slice::from_ref(x), None) {
                    Ok(k) => ks.push(k),
                    Err(e) => return Err((items, e)),
                }
            }
            ks
        }
        None => items.clone(),
    };
    let n = items.len();
    let mut idx: Vec<usize> = (0..n).collect();
    if reverse {
        idx.reverse();
    }
    let less = |a: usize, b: usize| -> PyResult<bool> { ab::richcompare(&keys[a], &keys[b], CompareOp::Lt).and_then(|r| ab::is_true(&r)) };
    // On an error the list keeps the order reached so far, as in CPython.
    let res = timsort(&mut idx, &less);
    if reverse {
        idx.reverse();
    }
    let mut slots: Vec<Option<Obj>> = items.into_iter().map(Some).collect();
    let out = idx.into_iter().map(|i| slots[i].take().expect("each index once")).collect();
    match res {
        Ok(()) => Ok(out),
        Err(e) => Err((out, e)),
    }
}

fn b_sorted(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let (pos, _) = split_kwargs(a, k);
    let [it] = pos else { return Err(type_error(format!("sorted expected 1 argument, got {}", pos.len()))) };
    let (key, reverse) = sort_kwargs(a, k)?;
    let items = ab::collect(it)?;
    sort_values(items, key.as_ref(), reverse).map(crate::types::list::new_list).map_err(|(_, e)| e)
}
fn b_chr(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    exact_args("chr", a, k, 1)?;
    let i = int::as_i64(&ab::index(&a[0])?).unwrap_or(-1);
    match u32::try_from(i).ok().and_then(pyk_abi::surrogate::char_for) {
        Some(c) => Ok(new_string(c.to_string())),
        None => Err(value_error("chr() arg not in range(0x110000)")),
    }
}
fn b_ord(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    exact_args("ord", a, k, 1)?;
    if let Some(b) = crate::types::bytes::as_bytes(&a[0]).map(<[u8]>::to_vec).or_else(|| crate::types::bytearray::as_bytearray(&a[0]).map(|b| b.snapshot())) {
        return match b[..] {
            [c] => Ok(int::from_i64(c as i64)),
            _ => Err(type_error(format!("ord() expected a character, but string of length {} found", b.len()))),
        };
    }
    let s = as_str(&a[0]).ok_or_else(|| type_error(format!("ord() expected string of length 1, but {} found", a[0].type_obj().name())))?;
    let mut it = s.chars();
    match (it.next(), it.next()) {
        (Some(c), None) => Ok(int::from_i64(pyk_abi::surrogate::code_point(c) as i64)),
        _ => Err(type_error(format!("ord() expected a character, but string of length {} found", s.chars().count()))),
    }
}
fn b_divmod(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    exact_args("divmod", a, k, 2)?;
    if let Some(d) = a[0].type_obj().lookup(&crate::types::str::istr("__divmod__")) {
        let b = crate::types::class::bind(&d, Some(&a[0]), a[0].type_obj(), &crate::types::str::istr("__divmod__"))?;
        let r = ab::call(&b, &a[1..], None)?;
        if !crate::types::is_not_implemented(&r) {
            return Ok(r);
        }
    }
    // The reflected method of a class on the right.
    if a[1].type_obj().flags & crate::types::typeobj::tpflags::HEAPTYPE != 0 && !std::ptr::eq(a[0].type_obj(), a[1].type_obj()) {
        if let Some(d) = a[1].type_obj().lookup(&crate::types::str::istr("__rdivmod__")) {
            let b = crate::types::class::bind(&d, Some(&a[1]), a[1].type_obj(), &crate::types::str::istr("__rdivmod__"))?;
            let r = ab::call(&b, &a[..1], None)?;
            if !crate::types::is_not_implemented(&r) {
                return Ok(r);
            }
        }
    }
    let is_float = |o: &Obj| crate::types::float::as_f64(o).is_some();
    if (is_float(&a[0]) || is_float(&a[1])) && (int::is_int(&a[0]) || is_float(&a[0])) && ab::to_float(&a[1]).is_ok_and(|d| d == 0.0) {
        return Err(crate::error::zero_division_error("float divmod()"));
    }
    let q = match ab::binary_op(&a[0], &a[1], pyk_abi::opcode::BinaryOp::FloorDivide) {
        Err(e) if e.is_instance(&crate::types::exceptions::TYPE_ERROR)
            && crate::types::exceptions::exc_str_string(&e.0).is_ok_and(|m| m.starts_with("unsupported operand type(s) for //")) =>
        {
            return Err(type_error(format!(
                "unsupported operand type(s) for divmod(): '{}' and '{}'",
                a[0].type_obj().name(),
                a[1].type_obj().name()
            )))
        }
        r => r?,
    };
    let r = ab::binary_op(&a[0], &a[1], pyk_abi::opcode::BinaryOp::Remainder)?;
    Ok(crate::types::tuple::new_tuple(vec![q, r]))
}
fn b_pow(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let p = int::bind_args("pow", a, k, &["base", "exp", "mod"], 3, 2)?;
    let (x, y) = (p[0].expect("required"), p[1].expect("required"));
    match p[2].filter(|m| !crate::types::is_none(m)) {
        None => ab::binary_op(x, y, pyk_abi::opcode::BinaryOp::Power),
        Some(m) => {
            // A Python class's own `__pow__` (even on an int subclass) gets
            // the three arguments; three-argument pow uses no `__rpow__`.
            if x.type_obj().flags & crate::types::typeobj::tpflags::HEAPTYPE != 0 {
                if let Some(f) = x.type_obj().lookup(&crate::types::str::istr("__pow__")) {
                    if crate::types::function::as_method_descr(&f).is_none() && crate::types::slotwrapper::as_slot_wrapper(&f).is_none() {
                        let r = ab::call(&f, &[x.clone(), y.clone(), m.clone()], None)?;
                        if !crate::types::is_not_implemented(&r) {
                            return Ok(r);
                        }
                    }
                }
            }
            if !(int::is_int(x) && int::is_int(y) && int::is_int(m)) {
                let numeric = |o: &Obj| int::is_int(o) || crate::types::float::as_f64(o).is_some() || crate::types::complex::as_complex(o).is_some();
                if [x, y, m].iter().all(|o| numeric(o)) {
                    if [x, y, m].iter().any(|o| crate::types::complex::as_complex(o).is_some()) {
                        return Err(value_error("complex modulo"));
                    }
                    return Err(type_error("pow() 3rd argument not allowed unless all arguments are integers"));
                }
                return Err(type_error(format!(
                    "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
                    x.type_obj().name(),
                    y.type_obj().name(),
                    m.type_obj().name()
                )));
            }
            let (Some(x), Some(y), Some(m)) = (int::as_bigint(x), int::as_bigint(y), int::as_bigint(m)) else {
                return Err(type_error("pow() 3rd argument not allowed unless all arguments are integers"));
            };
            if m == num_bigint::BigInt::from(0) {
                return Err(value_error("pow() 3rd argument cannot be 0"));
            }
            int::int_pow_mod(&x, &y, &m)
        }
    }
}
fn b_any(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    exact_args("any", a, k, 1)?;
    let it = ab::iter(&a[0])?;
    while let Some(x) = ab::next(&it)? {
        if ab::is_true(&x)? {
            return Ok(bool_obj(true));
        }
    }
    Ok(bool_obj(false))
}
fn b_all(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    exact_args("all", a, k, 1)?;
    let it = ab::iter(&a[0])?;
    while let Some(x) = ab::next(&it)? {
        if !ab::is_true(&x)? {
            return Ok(bool_obj(false));
        }
    }
    Ok(bool_obj(true))
}
fn b_callable(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    exact_args("callable", a, k, 1)?;
    Ok(bool_obj(a[0].type_obj().call.is_some()))
}
fn b_getattr(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    no_kwargs("getattr", k)?;
    let (o, n, d) = match a {
        [o, n] => (o, n, None),
        [o, n, d] => (o, n, Some(d)),
        [] | [_] => return Err(type_error(format!("getattr expected at least 2 arguments, got {}", a.len()))),
        _ => return Err(type_error(format!("getattr expected at most 3 arguments, got {}", a.len()))),
    };
    if as_str(n).is_none() {
        return Err(type_error("attribute name must be string, not '".to_string() + n.type_obj().name() + "'"));
    }
    match ab::getattr(o, n) {
        Ok(v) => Ok(v),
        Err(e) if d.is_some() && e.is_instance(&crate::types::exceptions::ATTRIBUTE_ERROR) => Ok(d.cloned().unwrap_or_else(none)),
        Err(e) => Err(e),
    }
}
fn b_hasattr(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    exact_args("hasattr", a, k, 2)?;
    if as_str(&a[1]).is_none() {
        return Err(type_error(format!("attribute name must be string, not '{}'", a[1].type_obj().name())));
    }
    match ab::getattr(&a[0], &a[1]) {
        Ok(_) => Ok(bool_obj(true)),
        Err(e) if e.is_instance(&crate::types::exceptions::ATTRIBUTE_ERROR) => Ok(bool_obj(false)),
        Err(e) => Err(e),
    }
}
fn b_delattr(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    exact_args("delattr", a, k, 2)?;
    if as_str(&a[1]).is_none() {
        return Err(type_error(format!("attribute name must be string, not '{}'", a[1].type_obj().name())));
    }
    ab::setattr(&a[0], &a[1], None)?;
    Ok(none())
}
fn b_setattr(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    exact_args("setattr", a, k, 3)?;
    if as_str(&a[1]).is_none() {
        return Err(type_error(format!("attribute name must be string, not '{}'", a[1].type_obj().name())));
    }
    ab::setattr(&a[0], &a[1], Some(&a[2]))?;
    Ok(none())
}
fn b_exit(_m: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    Err(PyErr(crate::types::exceptions::new_exception(&crate::types::exceptions::SYSTEM_EXIT, a.to_vec())))
}
fn b_globals(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    exact_args("globals", a, k, 0).map_err(|_| type_error(format!("globals() takes no arguments ({} given)", a.len())))?;
    crate::eval::with_current_frame(|f| f.map(|f| f.globals.clone())).ok_or_else(|| crate::error::system_error("globals(): no current frame"))
}
fn b_locals(_m: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    if !a.is_empty() {
        return Err(type_error(format!("locals() takes no arguments ({} given)", a.len())));
    }
    // A function frame's snapshot includes the extra locals a
    // FrameLocalsProxy added (PEP 667).
    let (d, serial, fast) = crate::eval::with_current_frame(|f| f.map(|f| (crate::eval::frame_locals(f), f.serial, f.locals.is_none())))
        .ok_or_else(|| crate::error::system_error("locals(): no current frame"))?;
    if fast {
        crate::types::framelocals::add_extras(serial, &d)?;
    }
    Ok(d)
}
fn b_vars(m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    no_kwargs("vars", k)?;
    match a {
        [] => b_locals(m, a, k),
        [o] => ab::getattr_str(o, "__dict__").map_err(|_| type_error("vars() argument must have __dict__ attribute")),
        _ => Err(type_error(format!("vars expected at most 1 argument, got {}", a.len()))),
    }
}
fn b_dir(m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    no_kwargs("dir", k)?;
    match a {
        [] => {
            // The keys of locals() (any mapping), sorted.
            let l = b_locals(m, a, k)?;
            let exact = l.type_ptr() == &crate::types::dict::DICT_TYPE as *const _;
            let keys = match crate::types::dict::as_dict(&l).filter(|_| exact) {
                Some(d) => d.keys(),
                None => ab::collect(&ab::call0(&ab::getattr_str(&l, "keys")?)?)?,
            };
            let names = crate::types::list::new_list(keys);
            ab::call0(&ab::getattr_str(&names, "sort")?)?;
            Ok(names)
        }
        [o] => {
            // The type's __dir__ decides (the result is sorted); a module's
            // own `__dir__` function (PEP 562) comes first.
            let dname = crate::types::str::istr("__dir__");
            let own = crate::types::dict::get_str(crate::types::object::OBJECT_TYPE.dict(), &dname);
            let default_dir = || o.type_obj().lookup(&dname).is_none_or(|f| own.as_ref().is_some_and(|g| g.is(&f)));
            // A module's `__dict__` as its attribute says (a subclass may
            // shadow it), as CPython's module.__dir__.
            let module_dict = match crate::types::module::as_module(o) {
                Some(_) if default_dir() => {
                    let d = ab::getattr_str(o, "__dict__")?;
                    if crate::types::dict::as_dict(&d).is_none() {
                        return Err(type_error("<module>.__dict__ is not a dictionary"));
                    }
                    Some(d)
                }
                _ => None,
            };
            let module_dir = module_dict.as_ref().and_then(|d| crate::types::dict::get_str(d, &dname));
            let custom = match module_dir {
                Some(f) => Some(ab::call0(&f)?),
                None => {
                    match o.type_obj().lookup(&dname) {
                        Some(f) if !own.is_some_and(|g| g.is(&f)) => {
                            let bound = crate::types::class::bind(&f, Some(o), o.type_obj(), &dname)?;
                            Some(ab::call0(&bound)?)
                        }
                        _ => None,
                    }
                }
            };
            if let Some(r) = custom {
                let l = crate::types::list::new_list(ab::collect(&r)?);
                let sort = ab::getattr_str(&l, "sort")?;
                ab::call0(&sort)?;
                return Ok(l);
            }
            Ok(crate::types::list::new_list(ab::dir_names(o).iter().map(|n| new_str(n)).collect()))
        }
        _ => Err(type_error(format!("dir expected at most 1 argument, got {}", a.len()))),
    }
}

/// Shared by eval() and exec(): source or code, then optional globals and locals.
fn run_dynamic(name: &str, a: &[Obj], k: Option<&Obj>, mode: pyk_abi::component::Mode) -> PyResult {
    let (pos, kws) = split_kwargs(a, k);
    let mut args: [Option<Obj>; 3] = [pos.first().cloned(), pos.get(1).cloned(), pos.get(2).cloned()];
    if pos.len() > 3 {
        return Err(type_error(format!("{name} expected at most 3 arguments, got {}", pos.len())));
    }
    let mut closure = None;
    for (n, v) in kws {
        match n {
            "globals" => args[1] = Some(v.clone()),
            "locals" => args[2] = Some(v.clone()),
            "source" if name == "exec" => args[0] = Some(v.clone()),
            "closure" if name == "exec" => closure = Some(v.clone()).filter(|c| !crate::types::is_none(c)),
            other => return Err(type_error(format!("{name}() got an unexpected keyword argument '{other}'"))),
        }
    }
    let [src, globals, locals] = args;
    let src = src.ok_or_else(|| type_error(format!("{name}() takes at least 1 positional argument (0 given)")))?;
    let globals = globals.filter(|g| !crate::types::is_none(g));
    let locals = locals.filter(|l| !crate::types::is_none(l));
    if let Some(l) = &locals {
        if l.type_obj().getitem.is_none() {
            return Err(type_error(if name == "exec" {
                format!("locals must be a mapping or None, not {}", l.type_obj().name())
            } else {
                "locals must be a mapping".to_string()
            }));
        }
    }
    if let Some(g) = &globals {
        if crate::types::dict::as_dict(g).is_none() {
            if name == "eval" {
                return Err(type_error("globals must be a real dict; try eval(expr, {}, mapping)"));
            }
            return Err(type_error(format!("{}() globals must be a dict, not {}", name, g.type_obj().name())));
        }
    }
    let (g, l) = match globals {
        Some(g) => {
            let l = locals.unwrap_or_else(|| g.clone());
            (g, l)
        }
        None => crate::eval::with_current_frame(|f| {
            f.map(|f| (f.globals.clone(), locals.clone().unwrap_or_else(|| crate::eval::frame_locals(f))))
        })
        .ok_or_else(|| crate::error::system_error("no current frame"))?,
    };
    if crate::types::dict::get_str(&g, &crate::types::str::istr("__builtins__")).is_none() {
        set_item_str(&g, "__builtins__", crate::eval::current_builtins());
    }
    if closure.is_some() && crate::types::code::as_code(&src).is_none() {
        return Err(type_error("closure can only be used when source is a code object"));
    }
    let code = if crate::types::code::as_code(&src).is_some() {
        let nfree = ab::len(&ab::getattr_str(&src, "co_freevars")?)?;
        if let Some(c) = closure {
            if nfree == 0 {
                return Err(type_error("cannot use a closure with this code object"));
            }
            let ok = crate::types::tuple::as_tuple(&c)
                .filter(|_| c.type_ptr() == &crate::types::tuple::TUPLE_TYPE as *const _)
                .is_some_and(|cells| cells.len() == nfree && cells.iter().all(|x| crate::types::function::as_cell(x).is_some()));
            if !ok {
                return Err(type_error(format!("code object requires a closure of exactly length {nfree}")));
            }
            return crate::eval::run_code_closure(&src, &g, &l, c.clone());
        }
        if nfree > 0 {
            return Err(type_error(if name == "eval" {
                "code object passed to eval() may not contain free variables".to_string()
            } else {
                format!("code object requires a closure of exactly length {nfree}")
            }));
        }
        src
    } else {
        let text = match as_str(&src) {
            Some(s) => s.to_string(),
            None => match crate::types::bytearray::bytes_like(&src) {
                Some(b) => crate::source::decode_for_compile(&b, "<string>")?,
                None => {
                    return Err(type_error(format!(
                        "{}() arg 1 must be a string, bytes or code object",
                        name
                    )))
                }
            },
        };
        no_null_bytes(&text)?;
        let text = if mode == pyk_abi::component::Mode::Eval { text.trim_start_matches([' ', '\t']).to_string() } else { text };
        crate::interp::compile_source(&text, "<string>", mode)?
    };
    crate::eval::run_code(&code, &g, Some(&l))
}
/// Source strings given to compile()/exec()/eval() are refused whole when
/// they hold a NUL (CPython checks before tokenizing; files get the
/// tokenizer's own message).
fn no_null_bytes(text: &str) -> PyResult<()> {
    if text.contains('\0') {
        return Err(crate::error::PyErr(crate::types::exceptions::new_exception(
            &crate::types::exceptions::SYNTAX_ERROR,
            vec![new_string("source code string cannot contain null bytes".to_string())],
        )));
    }
    Ok(())
}

fn b_eval(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    run_dynamic("eval", a, k, pyk_abi::component::Mode::Eval)
}
fn b_exec(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    run_dynamic("exec", a, k, pyk_abi::component::Mode::Exec)?;
    Ok(none())
}
fn b_compile(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let (pos, kws) = split_kwargs(a, k);
    let mut args: [Option<Obj>; 4] = [pos.first().cloned(), pos.get(1).cloned(), pos.get(2).cloned(), pos.get(3).cloned()];
    let mut optimize = pos.get(5).cloned();
    let mut feature_version = -1;
    if pos.len() > 6 {
        return Err(type_error(format!("compile() takes at most 6 positional arguments ({} given)", pos.len())));
    }
    const PARAMS: [&str; 6] = ["source", "filename", "mode", "flags", "dont_inherit", "optimize"];
    if let Some(i) = PARAMS.iter().take(pos.len()).position(|p| kws.iter().any(|(n, _)| n == p)) {
        return Err(type_error(format!("argument for compile() given by name ('{}') and position ({})", PARAMS[i], i + 1)));
    }
    for (n, v) in kws {
        let i = match n {
            "source" => 0,
            "filename" => 1,
            "mode" => 2,
            "flags" => 3,
            "optimize" => {
                optimize = Some(v.clone());
                continue;
            }
            "_feature_version" => {
                feature_version = int::as_i64(v).ok_or_else(|| type_error(format!("'{}' object cannot be interpreted as an integer", v.type_obj().name())))?;
                continue;
            }
            "dont_inherit" => continue,
            other => return Err(type_error(format!("compile() got an unexpected keyword argument '{other}'"))),
        };
        args[i] = Some(v.clone());
    }
    let [src, filename, mode, flags] = args;
    let (Some(src), Some(filename), Some(mode)) = (src.clone(), filename.clone(), mode.clone()) else {
        let (i, n) = if src.is_none() { (1, "source") } else if filename.is_none() { (2, "filename") } else { (3, "mode") };
        return Err(type_error(format!("compile() missing required argument '{n}' (pos {i})")));
    };
    let flags = match flags {
        Some(f) => int::as_i64(&f).ok_or_else(|| type_error(format!("'{}' object cannot be interpreted as an integer", f.type_obj().name())))?,
        None => 0,
    };
    let optimize = match optimize {
        Some(o) => int::as_i64(&o).ok_or_else(|| type_error(format!("'{}' object cannot be interpreted as an integer", o.type_obj().name())))?,
        None => -1,
    };
    if !(-1..=2).contains(&optimize) {
        return Err(value_error("compile(): invalid optimize value"));
    }
    crate::interp::with_optimize(optimize as i32, || compile_impl(src, filename, mode, flags, optimize, feature_version))
}

/// `feature_version` (`compile(..., _feature_version=N)`, -1 for the
/// current version) applies only to PyCF_ONLY_AST, as in CPython.
fn compile_impl(src: Obj, filename: Obj, mode: Obj, flags: i64, optimize: i64, feature_version: i64) -> PyResult {
    // CPython's PyCF_MASK (the __future__ flags), CO_NESTED and the compile flags
    const KNOWN: i64 = 0x1fe_0000 | 0x10 | 0x200 | 0x400 | 0x1000 | 0x2000 | 0x4000 | 0x8000;
    if flags & !KNOWN != 0 {
        return Err(value_error("compile(): unrecognised flags"));
    }
    let only_ast = flags & crate::astmod::PYCF_ONLY_AST != 0;
    let mode = match as_str(&mode) {
        Some("exec") => pyk_abi::component::Mode::Exec,
        Some("eval") => pyk_abi::component::Mode::Eval,
        Some("single") => pyk_abi::component::Mode::Single,
        Some("func_type") if only_ast => pyk_abi::component::Mode::FuncType,
        Some("func_type") => return Err(value_error("compile() mode 'func_type' requires flag PyCF_ONLY_AST")),
        _ => return Err(value_error("compile() mode must be 'exec', 'eval' or 'single'")),
    };
    let fname = ab::str_string(&filename)?;
    let optimized_ast = only_ast && flags & crate::astmod::PYCF_OPTIMIZED_AST != 0;
    if crate::astmod::is_ast(&src) {
        if optimized_ast {
            return crate::astmod::optimize_tree(&src, optimize);
        }
        if only_ast {
            return Ok(src);
        }
        return crate::astmod::compile_objects(&src, &fname, mode);
    }
    let text = match as_str(&src) {
        Some(s) => s.to_string(),
        None => match crate::types::bytearray::bytes_like(&src) {
            Some(b) => crate::source::decode_for_compile(&b, &fname)?,
            None => return Err(type_error("compile() arg 1 must be a string, bytes or AST object")),
        },
    };
    no_null_bytes(&text)?;
    if only_ast {
        let parser_flags = (flags & crate::astmod::PARSER_FLAGS) as u32 | pyk_abi::component::feature_version_flags(feature_version);
        let tree = crate::astmod::parse_to_objects(&text, &fname, mode, parser_flags)?;
        return if optimized_ast { crate::astmod::optimize_tree(&tree, optimize) } else { Ok(tree) };
    }
    crate::interp::compile_source_flags(&text, &fname, mode, flags as u32)
}
fn b_format(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    no_kwargs("format", k)?;
    match a {
        [v] => format_value(v, ""),
        [v, s] => format_value(v, as_str(s).ok_or_else(|| type_error(format!("format() argument 2 must be str, not {}", s.type_obj().name())))?),
        [] => Err(type_error("format expected at least 1 argument, got 0")),
        _ => Err(type_error(format!("format expected at most 2 arguments, got {}", a.len()))),
    }
}
fn radix(a: &[Obj], k: Option<&Obj>, name: &str, base: u32, prefix: &str) -> PyResult {
    exact_args(name, a, k, 1)?;
    let i = int::as_bigint(&ab::index(&a[0])?).unwrap_or_default();
    let neg = i.sign() == num_bigint::Sign::Minus;
    let digits = num_traits::Signed::abs(&i).to_str_radix(base);
    Ok(new_string(format!("{}{}{}", if neg { "-" } else { "" }, prefix, digits)))
}
fn b_bin(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    radix(a, k, "bin", 2, "0b")
}
fn b_hex(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    radix(a, k, "hex", 16, "0x")
}
fn b_oct(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    radix(a, k, "oct", 8, "0o")
}
fn b_round(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let p = int::bind_args("round", a, k, &["number", "ndigits"], 2, 1)?;
    let x = p[0].expect("required");
    let nd = p[1].filter(|n| !crate::types::is_none(n));
    // Types that define __round__ (int, float and classes) decide.
    if let Some(r) = x.type_obj().lookup(&crate::types::str::istr("__round__")) {
        let b = crate::types::class::bind(&r, Some(x), x.type_obj(), &crate::types::str::istr("__round__"))?;
        return ab::call(&b, &nd.into_iter().cloned().collect::<Vec<_>>(), None);
    }
    if int::is_int(x) {
        return match nd {
            None => Ok(int::from_bigint(int::as_bigint(x).unwrap_or_default())),
            Some(_) => Ok(x.clone()),
        };
    }
    let f = crate::types::float::as_f64(x).ok_or_else(|| type_error(format!("type {} doesn't define __round__ method", x.type_obj().name())))?;
    match nd {
        None => {
            let r = f.round_ties_even();
            if !r.is_finite() {
                return Err(if r.is_nan() { value_error("cannot convert float NaN to integer") } else { crate::error::overflow_error("cannot convert float infinity to integer") });
            }
            Ok(int::from_bigint(num_traits::FromPrimitive::from_f64(r).unwrap_or_default()))
        }
        Some(n) => {
            let n = int::as_i64(n).unwrap_or(0);
            let s = crate::types::float::fmt_fixed_any(f, n.clamp(0, 300) as usize);
            if n >= 0 {
                Ok(crate::types::float::new_float(s.parse().unwrap_or(f)))
            } else {
                let p = 10f64.powi((-n) as i32);
                Ok(crate::types::float::new_float((f / p).round_ties_even() * p))
            }
        }
    }
}

/// format(value, spec) for the builtin types (the format mini-language).
pub fn format_value(v: &Obj, spec: &str) -> PyResult {
    if v.type_obj().flags & crate::types::typeobj::tpflags::HEAPTYPE != 0 {
        if let Some(f) = v.type_obj().lookup(&crate::types::str::istr("__format__")) {
            // A Python method, or a native module's method a class holds (`_datetime`'s).
            if crate::types::function::as_function(&f).is_some() || crate::types::function::is_native_method(&f) {
                let r = ab::call(&f, &[v.clone(), new_str(spec)], None)?;
                if as_str(&r).is_none() {
                    return Err(type_error(format!("__format__ must return a str, not {}", r.type_obj().name())));
                }
                return Ok(r);
            }
            // Any other object a class holds there is bound (a descriptor's
            // `__get__` runs) and called.
            if crate::types::typeobj::tpflags::HEAPTYPE & f.type_obj().flags != 0 {
                let bound = crate::types::class::bind(&f, Some(v), v.type_obj(), &crate::types::str::istr("__format__"))?;
                let r = ab::call(&bound, &[new_str(spec)], None)?;
                if as_str(&r).is_none() {
                    return Err(type_error(format!("__format__ must return a str, not {}", r.type_obj().name())));
                }
                return Ok(r);
            }
        }
    }
    if spec.is_empty() {
        return ab::str(v);
    }
    let tyname = v.type_obj().name();
    let out = if let Some(s) = as_str(v) {
        crate::types::format_spec::format_str(s, spec, tyname)?
    } else if int::is_int(v) {
        crate::types::format_spec::format_int(v, spec, tyname)?
    } else if let Some(f) = crate::types::float::as_f64(v) {
        crate::types::format_spec::format_float(f, spec, tyname)?
    } else if let Some((re, im)) = crate::types::complex::as_complex(v) {
        crate::types::format_spec::format_complex(re, im, spec, tyname)?
    } else {
        return Err(type_error(format!("unsupported format string passed to {}.__format__", tyname)));
    };
    Ok(new_string(out))
}

/// The doc strings of kernel builtins that carry one: functions of the
/// `builtins` module (`owner` is that module) and classmethods of builtin
/// types (`owner` is the type). Their examples run under doctest, as
/// CPython's do.
pub fn kernel_doc(name: &str, owner: &Obj) -> Option<&'static str> {
    if owner.is(&crate::types::float::FLOAT_TYPE.as_obj()) {
        return (name == "fromhex").then_some(
            "Read a float from a hexadecimal string, as float.hex writes it (the '0x' prefix and the \
             exponent are optional; 'inf' and 'nan' are accepted).\n\n\
             >>> float.fromhex('0x1.8p1')\n3.0\n>>> float.fromhex('-0x1p-2')\n-0.25",
        );
    }
    let name_of = |m: &crate::types::module::ModuleObject| crate::types::dict::get_str(&m.dict, &crate::types::str::istr("__name__"));
    if !crate::types::module::as_module(owner).and_then(name_of).is_some_and(|n| as_str(&n) == Some("builtins")) {
        return None;
    }
    Some(match name {
        "bin" => "Write an integer in base 2 after the prefix '0b' (a negative one gets a minus sign first).\n\n>>> bin(6)\n'0b110'\n>>> bin(-1)\n'-0b1'",
        "oct" => "Write an integer in base 8 after the prefix '0o' (a negative one gets a minus sign first).\n\n>>> oct(8)\n'0o10'\n>>> oct(-64)\n'-0o100'",
        "hex" => "Write an integer in base 16, in lower case, after the prefix '0x' (a negative one gets a minus sign first).\n\n>>> hex(255)\n'0xff'\n>>> hex(-16)\n'-0x10'",
        _ => return None,
    })
}

/// A lazy iterator implemented by a Rust closure (enumerate, zip, map, filter, reversed).
#[repr(C)]
pub struct ClosureIter {
    pub header: ObjHeader,
    /// The step. It keeps its state in its own cells and holds no lock while
    /// it calls into Python, so a callback may advance the same iterator
    /// (CPython's iterators are re-entrant, unlike generators).
    next: Box<dyn Fn() -> PyResult<Option<Obj>> + Send + Sync>,
    /// `__reduce__` and `__setstate__` of the builtin iterator types that
    /// pickle (they share the iterator's state through Arcs).
    pickle: Option<Pickle>,
}

type ReduceFn = Box<dyn Fn() -> PyResult + Send + Sync>;
type SetStateFn = Box<dyn Fn(&Obj) -> PyResult<()> + Send + Sync>;
struct Pickle {
    reduce: ReduceFn,
    setstate: Option<SetStateFn>,
    /// `__length_hint__` (reversed).
    length_hint: Option<Box<dyn Fn() -> PyResult<i64> + Send + Sync>>,
}

/// Makes the new exact instance an instance of the subclass `t`; what
/// `reversed()` got from a `__reversed__` method is returned as it is (as
/// CPython's reversed.__new__ does).
fn closure_iter_rewrap(o: Obj, t: &'static TypeObject) -> PyResult {
    let ot = o.type_obj();
    if [&ENUMERATE_TYPE, &ZIP_TYPE, &MAP_TYPE, &FILTER_TYPE, &REVERSED_TYPE].iter().any(|c| std::ptr::eq(ot, *c)) {
        crate::object::rewrap::<ClosureIter>(o, t)
    } else {
        Ok(o)
    }
}

fn closure_iter_of(o: &Obj) -> PyResult<&ClosureIter> {
    let t = o.type_obj();
    if ![&ENUMERATE_TYPE, &ZIP_TYPE, &MAP_TYPE, &FILTER_TYPE, &REVERSED_TYPE].iter().any(|c| t.is_subtype(c)) {
        return Err(type_error(format!("descriptor requires a builtin iterator, not '{}'", t.name())));
    }
    // SAFETY: the objects of these types (and of their subclasses, a
    // WithDict<ClosureIter> that starts with one) are ClosureIters.
    Ok(unsafe { o.cast::<ClosureIter>() })
}

/// `__reduce__` of enumerate, zip, map, filter and reversed.
fn closure_iter_reduce(o: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    exact_args("__reduce__", a, k, 0)?;
    match &closure_iter_of(o)?.pickle {
        // `(type(self), args[, state])`: a subclass pickles as itself.
        Some(p) => {
            let r = (p.reduce)()?;
            let mut items = crate::types::tuple::as_tuple(&r).map(|t| t.to_vec()).unwrap_or_default();
            if let Some(first) = items.first_mut() {
                *first = o.type_obj().as_obj();
            }
            Ok(crate::types::tuple::new_tuple(items))
        }
        None => Err(type_error(format!("cannot pickle '{}' object", o.type_obj().name()))),
    }
}

/// `__setstate__` of zip (strict) and reversed (the next index).
fn closure_iter_setstate(o: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    no_kwargs("__setstate__", k)?;
    let [state] = a else { return Err(type_error(format!("__setstate__() takes exactly one argument ({} given)", a.len()))) };
    match closure_iter_of(o)?.pickle.as_ref().and_then(|p| p.setstate.as_ref()) {
        Some(f) => f(state).map(|()| none()),
        None => Err(crate::abstract_::no_attribute(o, &new_str("__setstate__"))),
    }
}

static REDUCE_METHODS: [MethodDef; 1] = [MethodDef { name: "__reduce__", func: closure_iter_reduce, doc: "Give pickle the data to rebuild this object." }];
static REDUCE_SETSTATE_METHODS: [MethodDef; 2] = [
    MethodDef { name: "__reduce__", func: closure_iter_reduce, doc: "Give pickle the data to rebuild this object." },
    MethodDef { name: "__setstate__", func: closure_iter_setstate, doc: "Restore the position saved by __reduce__." },
];
static REVERSED_METHODS: [MethodDef; 3] = [
    MethodDef { name: "__length_hint__", func: closure_iter_length_hint, doc: "Hint at how many items are left; used to presize results." },
    MethodDef { name: "__reduce__", func: closure_iter_reduce, doc: "Give pickle the data to rebuild this object." },
    MethodDef { name: "__setstate__", func: closure_iter_setstate, doc: "Restore the position saved by __reduce__." },
];

fn closure_iter_length_hint(o: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    exact_args("__length_hint__", a, k, 0)?;
    match closure_iter_of(o)?.pickle.as_ref().and_then(|p| p.length_hint.as_ref()) {
        Some(f) => Ok(int::from_i64(f()?)),
        None => Err(crate::abstract_::no_attribute(o, &new_str("__length_hint__"))),
    }
}

fn closure_iter_next(o: &Obj) -> PyResult<Option<Obj>> {
    // SAFETY: installed only on ClosureIter types.
    let it = unsafe { o.cast::<ClosureIter>() };
    (it.next)()
}

macro_rules! closure_iter_type {
    ($id:ident, $name:literal) => {
        pub static $id: TypeObject = TypeObject {
            iter: Some(crate::types::list::self_iter),
            next: Some(closure_iter_next),
            ..TypeObject::builtin($name, &crate::types::object::OBJECT_TYPE, dealloc_box::<ClosureIter>)
        };
    };
    // A builtin that is a type (`enumerate(x)` constructs, `isinstance(e, enumerate)`).
    ($id:ident, $name:literal, $new:ident, $f:ident, $methods:ident) => {
        closure_iter_type!($id, $name, $new, $f, $methods, "");
    };
    ($id:ident, $name:literal, $new:ident, $f:ident, $methods:ident, $doc:expr) => {
        fn $new(_t: &'static TypeObject, a: &[Obj], k: Option<&Obj>) -> PyResult {
            $f(&none(), a, k)
        }
        pub static $id: TypeObject = TypeObject {
            iter: Some(crate::types::list::self_iter),
            next: Some(closure_iter_next),
            new: Some($new),
            methods: &$methods,
            // Python classes may subclass them, as CPython's.
            subclass: Some(crate::types::typeobj::SubclassInfo { rewrap: closure_iter_rewrap, ..crate::object::subclass_info::<ClosureIter>(true) }),
            flags: crate::types::typeobj::tpflags::BASETYPE,
            doc: $doc,
            ..TypeObject::builtin($name, &crate::types::object::OBJECT_TYPE, dealloc_box::<ClosureIter>)
        };
    };
}
closure_iter_type!(ENUMERATE_TYPE, "enumerate", enumerate_new, b_enumerate, REDUCE_METHODS);
closure_iter_type!(
    ZIP_TYPE,
    "zip",
    zip_new,
    b_zip,
    REDUCE_SETSTATE_METHODS,
    "Walks several iterables side by side: the n-th tuple it gives holds the n-th item of \
each. It ends with the shortest input, or, with strict=True, raises ValueError when \
the inputs turn out to have different lengths.\n\n>>> list(zip('ab', [1, 2, 3]))\n[('a', 1), ('b', 2)]\n\
>>> list(zip('xyz', range(3), strict=True))\n[('x', 0), ('y', 1), ('z', 2)]"
);
closure_iter_type!(MAP_TYPE, "map", map_new, b_map, REDUCE_METHODS);
closure_iter_type!(FILTER_TYPE, "filter", filter_new, b_filter, REDUCE_METHODS);
closure_iter_type!(REVERSED_TYPE, "reversed", reversed_new, b_reversed, REVERSED_METHODS);
closure_iter_type!(CALLABLE_ITER_TYPE, "callable_iterator");
closure_iter_type!(SEQ_GETITEM_ITER_TYPE, "iterator");

/// The old sequence protocol: `__getitem__` with 0, 1, 2, … until
/// IndexError or StopIteration.
pub fn getitem_iter(o: &Obj) -> Obj {
    let seq = o.clone();
    // The next index; None once exhausted. Advanced after the call returns,
    // by one, as CPython's iterator does when `__getitem__` re-enters it.
    let i: Mutex<Option<i64>> = Mutex::new(Some(0));
    let lock = |i: &Mutex<Option<i64>>| -> Option<i64> { *i.lock().unwrap_or_else(|e| e.into_inner()) };
    closure_iter(&SEQ_GETITEM_ITER_TYPE, move || {
        let Some(n) = lock(&i) else { return Ok(None) };
        match ab::getitem(&seq, &int::from_i64(n)) {
            Ok(v) => {
                let mut g = i.lock().unwrap_or_else(|e| e.into_inner());
                *g = g.map(|c| c + 1);
                Ok(Some(v))
            }
            Err(e) if e.is_instance(&crate::types::exceptions::INDEX_ERROR) || e.is_instance(&crate::types::exceptions::STOP_ITERATION) => {
                *i.lock().unwrap_or_else(|e| e.into_inner()) = None;
                Ok(None)
            }
            Err(e) => Err(e),
        }
    })
}

pub(crate) fn closure_iter(t: &'static TypeObject, f: impl Fn() -> PyResult<Option<Obj>> + Send + Sync + 'static) -> Obj {
    alloc(ClosureIter { header: new_header(t), next: Box::new(f), pickle: None })
}

fn pickling_iter(t: &'static TypeObject, f: impl Fn() -> PyResult<Option<Obj>> + Send + Sync + 'static, reduce: ReduceFn, setstate: Option<SetStateFn>) -> Obj {
    alloc(ClosureIter { header: new_header(t), next: Box::new(f), pickle: Some(Pickle { reduce, setstate, length_hint: None }) })
}

fn type_and_args(t: &'static TypeObject, args: Vec<Obj>, state: Option<Obj>) -> Obj {
    let mut v = vec![t.as_obj(), crate::types::tuple::new_tuple(args)];
    v.extend(state);
    crate::types::tuple::new_tuple(v)
}

/// Where `enumerate(...)` finds its two arguments, with the messages of
/// CPython's enumerate call path (it checks the keyword names itself).
fn enumerate_args<'a>(a: &'a [Obj], k: Option<&'a Obj>) -> PyResult<(&'a Obj, Option<&'a Obj>)> {
    let (pos, kws) = split_kwargs(a, k);
    let invalid = |n: &str| type_error(format!("'{n}' is an invalid keyword argument for enumerate()"));
    match (pos, kws.as_slice()) {
        ([it], []) => Ok((it, None)),
        ([it, start], []) => Ok((it, Some(start))),
        ([], [(n, it)]) => if *n == "iterable" { Ok((it, None)) } else { Err(invalid(n)) },
        ([it], [(n, start)]) => if *n == "start" { Ok((it, Some(start))) } else { Err(invalid(n)) },
        ([], [(n0, v0), (n1, v1)]) => match (*n0, *n1) {
            ("start", "iterable") => Ok((v1, Some(v0))),
            ("start", _) => Err(invalid(n1)),
            ("iterable", "start") => Ok((v0, Some(v1))),
            ("iterable", _) => Err(invalid(n1)),
            _ => Err(invalid(n0)),
        },
        ([], _) => Err(type_error("enumerate() missing required argument 'iterable'")),
        _ => Err(type_error(format!("enumerate() takes at most 2 arguments ({} given)", pos.len() + kws.len()))),
    }
}

/// The argument errors of `enumerate.__new__` for a subclass (CPython's
/// argument clinic; the exact type's call path words them differently).
pub(crate) fn enumerate_subclass_args(a: &[Obj], k: Option<&Obj>) -> PyResult<()> {
    let (pos, kws) = split_kwargs(a, k);
    let total = pos.len() + kws.len();
    if total > 2 {
        return Err(type_error(format!("enumerate() takes at most 2 arguments ({total} given)")));
    }
    for (i, name) in ["iterable", "start"].iter().enumerate() {
        let by_name = kws.iter().any(|(n, _)| n == name);
        if i < pos.len() {
            if by_name {
                return Err(type_error(format!("argument for enumerate() given by name ('{name}') and position ({})", i + 1)));
            }
        } else if !by_name && i == 0 {
            return Err(type_error("enumerate() missing required argument 'iterable' (pos 1)"));
        }
    }
    if let Some((n, _)) = kws.iter().find(|(n, _)| !matches!(*n, "iterable" | "start")) {
        return Err(type_error(format!("enumerate() got an unexpected keyword argument '{n}'")));
    }
    Ok(())
}

fn b_enumerate(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let (it, start) = enumerate_args(a, k)?;
    // The count is an i64 while it fits, then a big int (as CPython's
    // enumerate switches to a PyLong counter).
    let (small, big) = match start {
        Some(s) => {
            let v = ab::index(s)?;
            match int::as_i64(&v) {
                Some(i) => (Some(i), None),
                None => (None, int::as_bigint(&v)),
            }
        }
        None => (Some(0), None),
    };
    let inner = ab::iter(it)?;
    let count = std::sync::Arc::new(Mutex::new((small, big)));
    let (count2, inner2) = (count.clone(), inner.clone());
    let reduce: ReduceFn = Box::new(move || {
        let n = match &*count2.lock().unwrap_or_else(|e| e.into_inner()) {
            (Some(i), _) => int::from_i64(*i),
            (None, Some(b)) => int::from_bigint(b.clone()),
            (None, None) => int::from_i64(0),
        };
        Ok(type_and_args(&ENUMERATE_TYPE, vec![inner2.clone(), n], None))
    });
    let next = move || {
        Ok(match ab::next(&inner)? {
            Some(x) => {
                let mut c = count.lock().unwrap_or_else(|e| e.into_inner());
                let (small, big) = &mut *c;
                let n = match (*small, big.as_mut()) {
                    (Some(i), _) => {
                        *small = i.checked_add(1);
                        if small.is_none() {
                            *big = Some(num_bigint::BigInt::from(i) + 1);
                        }
                        int::from_i64(i)
                    }
                    (None, Some(b)) => {
                        let v = int::from_bigint(b.clone());
                        *b += 1;
                        v
                    }
                    (None, None) => unreachable!("enumerate keeps one counter"),
                };
                Some(crate::types::tuple::new_tuple(vec![n, x]))
            }
            None => None,
        })
    };
    Ok(pickling_iter(&ENUMERATE_TYPE, next, reduce, None))
}
fn b_zip(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    use std::sync::atomic::{AtomicBool, Ordering::Relaxed};
    let (pos, kws) = split_kwargs(a, k);
    let mut strict = false;
    for (n, v) in kws {
        if n == "strict" {
            strict = ab::is_true(v)?;
        } else {
            return Err(type_error(format!("zip() got an unexpected keyword argument '{n}'")));
        }
    }
    let iters = pos.iter().map(ab::iter).collect::<PyResult<Vec<_>>>()?;
    // `__setstate__` may turn strictness on after construction (unpickling).
    let strict = std::sync::Arc::new(AtomicBool::new(strict));
    let (strict2, strict3, iters2) = (strict.clone(), strict.clone(), iters.clone());
    let reduce: ReduceFn = Box::new(move || {
        let state = strict2.load(Relaxed).then(|| bool_obj(true));
        Ok(type_and_args(&ZIP_TYPE, iters2.clone(), state))
    });
    let setstate: SetStateFn = Box::new(move |v| {
        strict3.store(ab::is_true(v)?, Relaxed);
        Ok(())
    });
    let done = AtomicBool::new(false);
    let next = move || {
        if done.load(Relaxed) || iters.is_empty() {
            return Ok(None);
        }
        let mut items = Vec::with_capacity(iters.len());
        for (i, it) in iters.iter().enumerate() {
            match ab::next(it)? {
                Some(x) => items.push(x),
                None => {
                    done.store(true, Relaxed);
                    if strict.load(Relaxed) {
                        if i > 0 {
                            let pl = if i == 1 { " " } else { "s 1-" };
                            return Err(value_error(format!("zip() argument {} is shorter than argument{}{}", i + 1, pl, i)));
                        }
                        for (j, other) in iters.iter().enumerate().skip(1) {
                            if ab::next(other)?.is_some() {
                                let pl = if j == 1 { " " } else { "s 1-" };
                                return Err(value_error(format!("zip() argument {} is longer than argument{}{}", j + 1, pl, j)));
                            }
                        }
                    }
                    return Ok(None);
                }
            }
        }
        Ok(Some(crate::types::tuple::new_tuple(items)))
    };
    Ok(pickling_iter(&ZIP_TYPE, next, reduce, Some(setstate)))
}
fn b_map(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    no_kwargs("map", k)?;
    if a.len() < 2 {
        return Err(type_error("map() must have at least two arguments."));
    }
    let f = a[0].clone();
    let iters = a[1..].iter().map(ab::iter).collect::<PyResult<Vec<_>>>()?;
    let mut args = vec![f.clone()];
    args.extend(iters.iter().cloned());
    let reduce: ReduceFn = Box::new(move || Ok(type_and_args(&MAP_TYPE, args.clone(), None)));
    let next = move || {
        let mut args = Vec::with_capacity(iters.len());
        for it in &iters {
            match ab::next(it)? {
                Some(x) => args.push(x),
                None => return Ok(None),
            }
        }
        ab::call(&f, &args, None).map(Some)
    };
    Ok(pickling_iter(&MAP_TYPE, next, reduce, None))
}
fn b_filter(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    exact_args("filter", a, k, 2)?;
    let f = a[0].clone();
    let it = ab::iter(&a[1])?;
    let args = vec![f.clone(), it.clone()];
    let reduce: ReduceFn = Box::new(move || Ok(type_and_args(&FILTER_TYPE, args.clone(), None)));
    let next = move || loop {
        match ab::next(&it)? {
            Some(x) => {
                let keep = if crate::types::is_none(&f) { ab::is_true(&x)? } else { ab::is_true(&ab::call(&f, std::slice::from_ref(&x), None)?)? };
                if keep {
                    return Ok(Some(x));
                }
            }
            None => return Ok(None),
        }
    };
    Ok(pickling_iter(&FILTER_TYPE, next, reduce, None))
}
fn b_reversed(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    no_kwargs("reversed", k)?;
    if a.len() != 1 {
        return Err(type_error(format!("reversed expected 1 argument, got {}", a.len())));
    }
    let seq = &a[0];
    if let Some(r) = seq.type_obj().lookup(&crate::types::str::istr("__reversed__")) {
        if crate::types::is_none(&r) {
            return Err(type_error(format!("'{}' object is not reversible", seq.type_obj().name())));
        }
        let b = crate::types::class::bind(&r, Some(seq), seq.type_obj(), &crate::types::str::istr("__reversed__"))?;
        return ab::call(&b, &[], None);
    }
    if seq.type_obj().getitem.is_none() || crate::types::dict::as_dict(seq).is_some() {
        return Err(type_error(format!("'{}' object is not reversible", seq.type_obj().name())));
    }
    let n = ab::len(seq)?;
    // The sequence (None once exhausted) and the next index to fetch (-1
    // when done), shared with `__reduce__`/`__setstate__`.
    let state = std::sync::Arc::new(Mutex::new((Some(seq.clone()), n as i64 - 1)));
    let (state2, state3, state4) = (state.clone(), state.clone(), state.clone());
    // CPython's reversed.__length_hint__: what is left, 0 once exhausted.
    let length_hint: Box<dyn Fn() -> PyResult<i64> + Send + Sync> = Box::new(move || {
        let (seq, i) = state4.lock().unwrap_or_else(|e| e.into_inner()).clone();
        let Some(seq) = seq else { return Ok(0) };
        let n = ab::len(&seq)? as i64;
        Ok(if n < i + 1 { 0 } else { i + 1 })
    });
    let reduce: ReduceFn = Box::new(move || {
        Ok(match &*state2.lock().unwrap_or_else(|e| e.into_inner()) {
            (Some(seq), i) => type_and_args(&REVERSED_TYPE, vec![seq.clone()], Some(int::from_i64(*i))),
            (None, _) => type_and_args(&REVERSED_TYPE, vec![crate::types::tuple::new_tuple(vec![])], None),
        })
    });
    let setstate: SetStateFn = Box::new(move |v| {
        if int::as_bigint(v).is_none() {
            return Err(type_error("an integer is required"));
        }
        let index = int::as_i64(v).ok_or_else(|| crate::error::overflow_error("Python int too large to convert to C ssize_t"))?;
        let seq = state3.lock().unwrap_or_else(|e| e.into_inner()).0.clone();
        if let Some(seq) = seq {
            let n = ab::len(&seq)? as i64;
            state3.lock().unwrap_or_else(|e| e.into_inner()).1 = index.clamp(-1, n - 1);
        }
        Ok(())
    });
    let next = move || {
        let (seq, i) = state.lock().unwrap_or_else(|e| e.into_inner()).clone();
        if let Some(seq) = seq.filter(|_| i >= 0) {
            match ab::getitem(&seq, &int::from_i64(i)) {
                Ok(v) => {
                    state.lock().unwrap_or_else(|e| e.into_inner()).1 -= 1;
                    return Ok(Some(v));
                }
                Err(e) if e.is_instance(&crate::types::exceptions::INDEX_ERROR) || e.is_instance(&crate::types::exceptions::STOP_ITERATION) => {}
                Err(e) => return Err(e),
            }
        }
        // The sequence is dropped after the lock is released: its
        // destruction may run Python code that uses this iterator again.
        let old = std::mem::replace(&mut *state.lock().unwrap_or_else(|e| e.into_inner()), (None, -1));
        drop(old);
        Ok(None)
    };
    let pickle = Pickle { reduce, setstate: Some(setstate), length_hint: Some(length_hint) };
    Ok(alloc(ClosureIter { header: new_header(&REVERSED_TYPE), next: Box::new(next), pickle: Some(pickle) }))
}

pub fn make_module() -> Obj {
    for t in [&ENUMERATE_TYPE, &ZIP_TYPE, &MAP_TYPE, &FILTER_TYPE, &REVERSED_TYPE, &CALLABLE_ITER_TYPE, &SEQ_GETITEM_ITER_TYPE, &ANEXT_AWAITABLE_TYPE, &crate::types::bytes::BYTEARRAY_ITER_TYPE, &crate::types::bytes::BYTES_ITER_TYPE, &crate::types::set::SET_ITER_TYPE] {
        crate::types::typeobj::ready(t);
    }
    // `T.__new__(cls, ...)`, which a subclass's own `__new__` reaches through super().
    for t in [&ENUMERATE_TYPE, &ZIP_TYPE, &MAP_TYPE, &FILTER_TYPE, &REVERSED_TYPE] {
        crate::types::dict::set_item_str(t.dict(), "__new__", crate::types::function::new_builtin("__new__", crate::types::builtin_type_new, t.as_obj(), Some("builtins")));
    }
    // `enumerate[int]` (PEP 585), as CPython's enumerate.
    let getitem = crate::types::function::new_builtin("__class_getitem__", crate::types::genericalias::class_getitem, ENUMERATE_TYPE.as_obj(), Some("builtins"));
    crate::types::dict::set_item_str(ENUMERATE_TYPE.dict(), "__class_getitem__", getitem);
    let m = crate::types::module::new_module("builtins", Some("The names every module sees without importing: functions, types, exceptions and constants."));
    let d = crate::types::module::as_module(&m).expect("module").dict.clone();
    let funcs: &[(&'static str, MethodFn)] = &[
        ("print", b_print), ("len", b_len), ("repr", b_repr), ("ascii", b_ascii), ("abs", b_abs),
        ("min", b_min), ("max", b_max), ("sum", b_sum), ("isinstance", b_isinstance),
        ("issubclass", b_issubclass), ("hash", b_hash), ("id", b_id), ("iter", b_iter), ("next", b_next),
        ("sorted", b_sorted), ("chr", b_chr), ("ord", b_ord), ("divmod", b_divmod), ("pow", b_pow),
        ("any", b_any), ("all", b_all), ("callable", b_callable), ("getattr", b_getattr),
        ("hasattr", b_hasattr), ("setattr", b_setattr), ("delattr", b_delattr), ("exit", b_exit), ("quit", b_exit),
        ("globals", b_globals), ("format", b_format), ("bin", b_bin), ("hex", b_hex), ("oct", b_oct),
        ("round", b_round), ("input", b_input), ("breakpoint", b_breakpoint), ("__import__", b_import), ("aiter", b_aiter), ("anext", b_anext),
        ("__build_class__", crate::types::class::build_class), ("locals", b_locals),
        ("vars", b_vars), ("dir", b_dir), ("eval", b_eval), ("exec", b_exec), ("compile", b_compile),
    ];
    for (name, f) in funcs {
        let func = new_builtin(name, *f, m.clone(), Some("builtins"));
        if *name == "__import__" {
            let _ = DEFAULT_IMPORT.set(func.clone());
        }
        set_item_str(&d, name, func);
    }
    use crate::types::*;
    let types: &[&'static TypeObject] = &[
        &object::OBJECT_TYPE, &typeobj::TYPE_TYPE, &int::INT_TYPE, &singletons::BOOL_TYPE, &float::FLOAT_TYPE, &complex::COMPLEX_TYPE,
        &str::STR_TYPE, &tuple::TUPLE_TYPE, &list::LIST_TYPE, &dict::DICT_TYPE, &range::RANGE_TYPE,
        &range::SLICE_TYPE, &set::SET_TYPE, &set::FROZENSET_TYPE, &bytes::BYTES_TYPE, &bytearray::BYTEARRAY_TYPE, &bytearray::MEMORYVIEW_TYPE, &class::SUPER_TYPE, &class::PROPERTY_TYPE, &class::CLASSMETHOD_TYPE,
        &class::STATICMETHOD_TYPE, &ENUMERATE_TYPE, &ZIP_TYPE, &MAP_TYPE, &FILTER_TYPE, &REVERSED_TYPE,
    ];
    for t in types {
        set_item_str(&d, t.name(), t.as_obj());
    }
    for t in exceptions::all() {
        set_item_str(&d, t.name(), t.as_obj());
    }
    set_item_str(&d, "EnvironmentError", exceptions::OS_ERROR.as_obj());
    set_item_str(&d, "IOError", exceptions::OS_ERROR.as_obj());
    set_item_str(&d, "None", none());
    set_item_str(&d, "True", bool_obj(true));
    set_item_str(&d, "False", bool_obj(false));
    set_item_str(&d, "Ellipsis", singletons::ellipsis());
    set_item_str(&d, "NotImplemented", singletons::not_implemented());
    set_item_str(&d, "__debug__", bool_obj(!crate::interp::optimize_flag()));
    set_item_str(&d, "__name__", new_str("builtins"));
    m
}
