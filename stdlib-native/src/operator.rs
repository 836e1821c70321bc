//! `_operator`: the functions of `operator.py` as native functions, with
//! CPython 3.13's argument checks and error messages, plus the callable types
//! `itemgetter`, `attrgetter` and `methodcaller` (`operator.py` re-exports
//! everything this module defines through `from _operator import *`).
//!
//! The kernel table has no unary-operator entries yet: `neg`, `pos`,
//! `invert`, `abs` and `index` call the operand type's special method, which is
//! what the interpreter's own slots dispatch to.

use pyk_sdk::prelude::*;
use pyk_sdk::types::{builtin, builtin_type};

const MODULE: &str = "_operator";

fn compare(args: Args, op: u32) -> PyResult<PyObj> {
    let [a, b] = args.exact::<2>()?;
    a.richcompare(b, op)
}
fn lt(args: Args) -> PyResult<PyObj> {
    compare(args, ops::LT)
}
fn le(args: Args) -> PyResult<PyObj> {
    compare(args, ops::LE)
}
fn eq(args: Args) -> PyResult<PyObj> {
    compare(args, ops::EQ)
}
fn ne(args: Args) -> PyResult<PyObj> {
    compare(args, ops::NE)
}
fn ge(args: Args) -> PyResult<PyObj> {
    compare(args, ops::GE)
}
fn gt(args: Args) -> PyResult<PyObj> {
    compare(args, ops::GT)
}

fn not_(args: Args) -> PyResult<bool> {
    Ok(!args.one()?.is_true()?)
}
fn truth(args: Args) -> PyResult<bool> {
    args.one()?.is_true()
}
fn is_(args: Args) -> PyResult<bool> {
    let [a, b] = args.exact::<2>()?;
    Ok(a.is(b))
}
fn is_not(args: Args) -> PyResult<bool> {
    let [a, b] = args.exact::<2>()?;
    Ok(!a.is(b))
}

/// `type(o).dunder(o)`, or TypeError "bad operand type for WHAT: 'T'".
fn unary(o: &PyAny, dunder: &str, what: &str) -> PyResult<PyObj> {
    match o.get_type().getattr(dunder) {
        Ok(m) if !m.is_none() => m.call(&[o]),
        Err(e) if !e.matches(ExcKind::AttributeError) => Err(e),
        _ => Err(PyErr::type_error(format!("bad operand type for {what}: '{}'", o.type_name()?))),
    }
}
fn neg(args: Args) -> PyResult<PyObj> {
    unary(args.one()?, "__neg__", "unary -")
}
fn pos(args: Args) -> PyResult<PyObj> {
    unary(args.one()?, "__pos__", "unary +")
}
fn invert(args: Args) -> PyResult<PyObj> {
    unary(args.one()?, "__invert__", "unary ~")
}
fn abs(args: Args) -> PyResult<PyObj> {
    // The kernel's builtin `abs` ignores `__abs__` of classes, and its
    // builtin numbers have no `__abs__`: the method first, then the builtin.
    let o = args.one()?;
    match o.get_type().getattr("__abs__") {
        Ok(m) if !m.is_none() => m.call(&[o]),
        Err(e) if !e.matches(ExcKind::AttributeError) => Err(e),
        _ => builtin("abs")?.call(&[o]),
    }
}

/// `operator.index(o)`: an exact int.
fn to_index(o: &PyAny) -> PyResult<PyObj> {
    let int = builtin_type("int");
    if o.is_int() {
        return if o.is_exact_instance(&int) { Ok(o.to_owned()) } else { int.call(&[o]) };
    }
    let cannot = || -> PyResult<PyObj> {
        Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", o.type_name()?)))
    };
    let m = match o.get_type().getattr("__index__") {
        Ok(m) if !m.is_none() => m,
        Err(e) if !e.matches(ExcKind::AttributeError) => return Err(e),
        _ => return cannot(),
    };
    let r = m.call(&[o])?;
    if !r.is_int() {
        return Err(PyErr::type_error(format!("__index__ returned non-int (type {})", r.type_name()?)));
    }
    if r.is_exact_instance(&int) {
        Ok(r)
    } else {
        int.call(&[&r])
    }
}
fn index(args: Args) -> PyResult<PyObj> {
    to_index(args.one()?)
}

fn binary(args: Args, op: u32) -> PyResult<PyObj> {
    let [a, b] = args.exact::<2>()?;
    a.binary_op(b, op)
}
macro_rules! binary_fns {
    ($($name:ident $iname:ident $op:ident),* $(,)?) => {
        $(
            fn $name(args: Args) -> PyResult<PyObj> {
                binary(args, ops::$op)
            }
            fn $iname(args: Args) -> PyResult<PyObj> {
                binary(args, ops::inplace(ops::$op))
            }
        )*
    };
}
binary_fns!(
    add iadd ADD, and_ iand AND, floordiv ifloordiv FLOORDIV, lshift ilshift LSHIFT, mod_ imod MOD,
    mul imul MUL, matmul imatmul MATMUL, or_ ior OR, pow ipow POW, rshift irshift RSHIFT, sub isub SUB,
    truediv itruediv TRUEDIV, xor ixor XOR,
);

/// `a + b` for sequences: `a` must support indexing.
fn concat_op(args: Args, op: u32) -> PyResult<PyObj> {
    let [a, b] = args.exact::<2>()?;
    if a.get_type().getattr("__getitem__").is_err() {
        return Err(PyErr::type_error(format!("'{}' object can't be concatenated", a.type_name()?)));
    }
    a.binary_op(b, op)
}
fn concat(args: Args) -> PyResult<PyObj> {
    concat_op(args, ops::ADD)
}
fn iconcat(args: Args) -> PyResult<PyObj> {
    concat_op(args, ops::inplace(ops::ADD))
}

/// `iter(o)` with the message of the sequence-search functions.
fn search_iter(o: &PyAny) -> PyResult<PyObj> {
    o.iter().map_err(|e| {
        if e.matches(ExcKind::TypeError) {
            match o.type_name() {
                Ok(t) => PyErr::type_error(format!("argument of type '{t}' is not iterable")),
                Err(e) => e,
            }
        } else {
            e
        }
    })
}

/// `x is v or x == v`, as containment tests compare.
fn same(x: &PyAny, v: &PyAny) -> PyResult<bool> {
    Ok(x.is(v) || x.compare(v, ops::EQ)?)
}

fn contains(args: Args) -> PyResult<bool> {
    let [a, b] = args.exact::<2>()?;
    match a.get_type().getattr("__contains__") {
        Ok(m) if !m.is_none() => return m.call(&[a, b])?.is_true(),
        Err(e) if !e.matches(ExcKind::AttributeError) => return Err(e),
        _ => {}
    }
    let it = search_iter(a)?;
    while let Some(x) = it.next()? {
        if same(&x, b)? {
            return Ok(true);
        }
    }
    Ok(false)
}

fn count_of(args: Args) -> PyResult<i64> {
    let [a, b] = args.exact::<2>()?;
    let it = search_iter(a)?;
    let mut n = 0;
    while let Some(x) = it.next()? {
        if same(&x, b)? {
            n += 1;
        }
    }
    Ok(n)
}

fn index_of(args: Args) -> PyResult<i64> {
    let [a, b] = args.exact::<2>()?;
    let it = search_iter(a)?;
    let mut i = 0;
    while let Some(x) = it.next()? {
        if same(&x, b)? {
            return Ok(i);
        }
        i += 1;
    }
    Err(PyErr::value_error("sequence.index(x): x not in sequence"))
}

fn getitem(args: Args) -> PyResult<PyObj> {
    let [a, b] = args.exact::<2>()?;
    a.getitem(b)
}
fn setitem(args: Args) -> PyResult<()> {
    let [a, b, c] = args.exact::<3>()?;
    a.setitem(b, c)
}
fn delitem(args: Args) -> PyResult<()> {
    let [a, b] = args.exact::<2>()?;
    a.delitem(b)
}

/// A length hint as a non-negative `Py_ssize_t`.
fn ssize(o: &PyAny) -> PyResult<i64> {
    o.to_i64().map_err(|e| {
        if e.matches(ExcKind::OverflowError) {
            PyErr::overflow_error("Python int too large to convert to C ssize_t")
        } else {
            e
        }
    })
}

fn length_hint(args: Args) -> PyResult<i64> {
    let a = args.range(1, 2)?;
    let o = &a[0];
    let default = match a.get(1) {
        Some(d) => ssize(&*to_index(d)?)?,
        None => 0,
    };
    match o.len() {
        Ok(n) => return Ok(n as i64),
        Err(e) if !e.matches(ExcKind::TypeError) => return Err(e),
        Err(_) => {}
    }
    let m = match o.get_type().getattr("__length_hint__") {
        Ok(m) if !m.is_none() => m,
        Err(e) if !e.matches(ExcKind::AttributeError) => return Err(e),
        _ => return Ok(default),
    };
    let r = match m.call(&[o]) {
        Ok(r) => r,
        Err(e) if e.matches(ExcKind::TypeError) => return Ok(default),
        Err(e) => return Err(e),
    };
    if r.is(&*builtin("NotImplemented")?) {
        return Ok(default);
    }
    if !r.is_int() {
        return Err(PyErr::type_error(format!("__length_hint__ must be an integer, not {}", r.type_name()?)));
    }
    let n = ssize(&r)?;
    if n < 0 {
        return Err(PyErr::value_error("__length_hint__() should return >= 0"));
    }
    Ok(n)
}

fn call(args: Args) -> PyResult<PyObj> {
    let pos = args.positional();
    let Some((f, rest)) = pos.split_first() else {
        return Err(pyk_sdk::args::msg::positional_count("call", 1, usize::MAX, 0));
    };
    let rest: Vec<&PyAny> = rest.iter().collect();
    let kw: Vec<(&str, &PyAny)> = args.keywords().iter().map(|(k, v)| (k.as_str(), *v)).collect();
    f.call_kw(&rest, &kw)
}

fn is_bytes_like(o: &PyAny) -> PyResult<bool> {
    for t in ["bytes", "bytearray", "memoryview"] {
        if o.isinstance(&builtin_type(t))? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// The bytes of a bytes-like object (read item by item).
fn bytes_of(o: &PyAny) -> PyResult<Vec<u8>> {
    if !is_bytes_like(o)? {
        return Err(PyErr::type_error(format!("a bytes-like object is required, not '{}'", o.type_name()?)));
    }
    let b = builtin_type("bytes").call(&[o])?;
    b.iter_items()?.iter().map(|x| Ok(x.to_i64()? as u8)).collect()
}

/// Compares without stopping at the first difference, so the time taken
/// depends on the lengths only.
fn equal_in_constant_time(a: &[u8], b: &[u8]) -> bool {
    // When the lengths differ, compare `b` with itself so the loop still runs.
    let left = if a.len() == b.len() { a } else { b };
    let mut diff = (a.len() != b.len()) as u8;
    for (x, y) in left.iter().zip(b) {
        diff |= x ^ y;
    }
    diff == 0
}

fn compare_digest(args: Args) -> PyResult<bool> {
    let [a, b] = args.exact::<2>()?;
    if a.is_str() && b.is_str() {
        let (a, b) = (a.as_str()?, b.as_str()?);
        if !a.is_ascii() || !b.is_ascii() {
            return Err(PyErr::type_error("comparing strings with non-ASCII characters is not supported"));
        }
        return Ok(equal_in_constant_time(a.as_bytes(), b.as_bytes()));
    }
    if !is_bytes_like(a)? && !is_bytes_like(b)? {
        return Err(PyErr::type_error(format!(
            "unsupported operand types(s) or combination of types: '{}' and '{}'",
            a.type_name()?,
            b.type_name()?
        )));
    }
    let (a, b) = (bytes_of(a)?, bytes_of(b)?);
    Ok(equal_in_constant_time(&a, &b))
}

// ---- itemgetter, attrgetter, methodcaller ----

/// `operator.itemgetter(item, ...)`.
struct ItemGetter {
    items: Vec<PyObj>,
}
static ITEMGETTER: NativeType<ItemGetter> = NativeType::new();

/// `__reduce__`: `(itemgetter, items)`, so the getters pickle and copy.
fn itemgetter_reduce(this: &ItemGetter, args: Args) -> PyResult<PyObj> {
    args.none()?;
    let items = tuple_of(&this.items.iter().map(|v| &**v).collect::<Vec<_>>())?;
    tuple_of(&[&*ITEMGETTER.get()?, &*items])
}

impl NativeClass for ItemGetter {
    const NAME: &'static str = "operator.itemgetter";
    const METHODS: &'static [NativeFnDef] = &[native_method!(ItemGetter, "__reduce__", itemgetter_reduce, "Give pickle the data to rebuild this object")];
    const DOC: &'static str = "itemgetter(item, ...): a callable returning obj[item] (a tuple of them for several items).";
    const HAS_NEW: bool = true;
    const HAS_CALL: bool = true;
    const HAS_REPR: bool = true;
    fn native_type() -> &'static NativeType<Self> {
        &ITEMGETTER
    }
    fn new(_cls: &PyAny, args: Args) -> PyResult<Self> {
        if !args.keywords().is_empty() {
            return Err(PyErr::type_error("itemgetter() takes no keyword arguments"));
        }
        let pos = args.positional();
        if pos.is_empty() {
            return Err(pyk_sdk::args::msg::positional_count("itemgetter", 1, 1, 0));
        }
        Ok(ItemGetter { items: pos.iter().map(PyAny::to_owned).collect() })
    }
    fn call(&self, args: Args) -> PyResult<PyObj> {
        if !args.keywords().is_empty() {
            return Err(PyErr::type_error("itemgetter() takes no keyword arguments"));
        }
        let [o] = args.exact::<1>()?;
        if let [item] = &self.items[..] {
            return o.getitem(item);
        }
        let got = self.items.iter().map(|k| o.getitem(k)).collect::<PyResult<Vec<_>>>()?;
        tuple_of(&got.iter().map(|v| &**v).collect::<Vec<_>>())
    }
    fn repr(&self, _slf: &PyAny) -> PyResult<String> {
        let parts = self.items.iter().map(|i| i.repr()).collect::<PyResult<Vec<_>>>()?;
        Ok(format!("operator.itemgetter({})", parts.join(", ")))
    }
}

/// `operator.attrgetter(attr, ...)`: each attribute is a dotted path.
struct AttrGetter {
    /// The names as given (for the repr) and their parts.
    attrs: Vec<(PyObj, Vec<String>)>,
}
static ATTRGETTER: NativeType<AttrGetter> = NativeType::new();

/// `__reduce__`: `(attrgetter, names)`.
fn attrgetter_reduce(this: &AttrGetter, args: Args) -> PyResult<PyObj> {
    args.none()?;
    let names = tuple_of(&this.attrs.iter().map(|(a, _)| &**a).collect::<Vec<_>>())?;
    tuple_of(&[&*ATTRGETTER.get()?, &*names])
}

impl NativeClass for AttrGetter {
    const NAME: &'static str = "operator.attrgetter";
    const METHODS: &'static [NativeFnDef] = &[native_method!(AttrGetter, "__reduce__", attrgetter_reduce, "Give pickle the data to rebuild this object")];
    const DOC: &'static str = "attrgetter(attr, ...): a callable returning the (dotted) attribute of obj (a tuple for several).";
    const HAS_NEW: bool = true;
    const HAS_CALL: bool = true;
    const HAS_REPR: bool = true;
    fn native_type() -> &'static NativeType<Self> {
        &ATTRGETTER
    }
    fn new(_cls: &PyAny, args: Args) -> PyResult<Self> {
        if !args.keywords().is_empty() {
            return Err(PyErr::type_error("attrgetter() takes no keyword arguments"));
        }
        let pos = args.positional();
        if pos.is_empty() {
            return Err(pyk_sdk::args::msg::positional_count("attrgetter", 1, 1, 0));
        }
        let mut attrs = Vec::with_capacity(pos.len());
        for a in pos {
            if !a.is_str() {
                return Err(PyErr::type_error("attribute name must be a string"));
            }
            let parts = a.as_str()?.split('.').map(str::to_owned).collect();
            attrs.push((a.to_owned(), parts));
        }
        Ok(AttrGetter { attrs })
    }
    fn call(&self, args: Args) -> PyResult<PyObj> {
        if !args.keywords().is_empty() {
            return Err(PyErr::type_error("attrgetter() takes no keyword arguments"));
        }
        let [o] = args.exact::<1>()?;
        let get = |parts: &[String]| -> PyResult<PyObj> {
            let mut cur = o.to_owned();
            for p in parts {
                cur = cur.getattr(p)?;
            }
            Ok(cur)
        };
        if let [(_, parts)] = &self.attrs[..] {
            return get(parts);
        }
        let got = self.attrs.iter().map(|(_, p)| get(p)).collect::<PyResult<Vec<_>>>()?;
        tuple_of(&got.iter().map(|v| &**v).collect::<Vec<_>>())
    }
    fn repr(&self, _slf: &PyAny) -> PyResult<String> {
        let parts = self.attrs.iter().map(|(a, _)| a.repr()).collect::<PyResult<Vec<_>>>()?;
        Ok(format!("operator.attrgetter({})", parts.join(", ")))
    }
}

/// `operator.methodcaller(name, /, *args, **kwargs)`.
struct MethodCaller {
    name: PyObj,
    args: Vec<PyObj>,
    kwargs: Vec<(String, PyObj)>,
}
static METHODCALLER: NativeType<MethodCaller> = NativeType::new();

/// `__reduce__`: `(methodcaller, (name, *args))`; with keyword arguments
/// `(partial(methodcaller, name, **kwargs), args)`, as CPython's.
fn methodcaller_reduce(this: &MethodCaller, args: Args) -> PyResult<PyObj> {
    args.none()?;
    let cls = METHODCALLER.get()?;
    if this.kwargs.is_empty() {
        let mut items: Vec<&PyAny> = vec![&*this.name];
        items.extend(this.args.iter().map(|v| &**v));
        return tuple_of(&[&*cls, &*tuple_of(&items)?]);
    }
    let partial = pyk_sdk::types::import("functools")?.getattr("partial")?;
    let kw: Vec<(&str, &PyAny)> = this.kwargs.iter().map(|(k, v)| (k.as_str(), &**v)).collect();
    let p = partial.call_kw(&[&*cls, &*this.name], &kw)?;
    let rest = tuple_of(&this.args.iter().map(|v| &**v).collect::<Vec<_>>())?;
    tuple_of(&[&*p, &*rest])
}

impl NativeClass for MethodCaller {
    const NAME: &'static str = "operator.methodcaller";
    const METHODS: &'static [NativeFnDef] = &[native_method!(MethodCaller, "__reduce__", methodcaller_reduce, "Give pickle the data to rebuild this object")];
    const DOC: &'static str = "methodcaller(name, /, *args, **kwargs): a callable calling obj.name(*args, **kwargs).";
    const HAS_NEW: bool = true;
    const HAS_CALL: bool = true;
    const HAS_REPR: bool = true;
    fn native_type() -> &'static NativeType<Self> {
        &METHODCALLER
    }
    fn new(_cls: &PyAny, args: Args) -> PyResult<Self> {
        let Some((name, rest)) = args.positional().split_first() else {
            return Err(PyErr::type_error("methodcaller needs at least one argument, the method name"));
        };
        if !name.is_str() {
            return Err(PyErr::type_error("method name must be a string"));
        }
        Ok(MethodCaller {
            name: name.to_owned(),
            args: rest.iter().map(PyAny::to_owned).collect(),
            kwargs: args.keywords().iter().map(|(k, v)| (k.clone(), PyAny::to_owned(v))).collect(),
        })
    }
    fn call(&self, args: Args) -> PyResult<PyObj> {
        let pos = args.positional();
        if pos.len() != 1 {
            return Err(pyk_sdk::args::msg::positional_count("methodcaller", 1, 1, pos.len()));
        }
        if !args.keywords().is_empty() {
            return Err(PyErr::type_error("methodcaller() takes no keyword arguments"));
        }
        let m = pos[0].getattr(self.name.as_str()?)?;
        let a: Vec<&PyAny> = self.args.iter().map(|v| &**v).collect();
        let kw: Vec<(&str, &PyAny)> = self.kwargs.iter().map(|(k, v)| (k.as_str(), &**v)).collect();
        m.call_kw(&a, &kw)
    }
    fn repr(&self, _slf: &PyAny) -> PyResult<String> {
        let mut parts = vec![self.name.repr()?];
        for a in &self.args {
            parts.push(a.repr()?);
        }
        for (k, v) in &self.kwargs {
            parts.push(format!("{k}={}", v.repr()?));
        }
        Ok(format!("operator.methodcaller({})", parts.join(", ")))
    }
}

static FUNCTIONS: &[NativeFnDef] = &[
    native_fn!(MODULE, "lt", lt, "Computes a < b."),
    native_fn!(MODULE, "le", le, "Computes a <= b."),
    native_fn!(MODULE, "eq", eq, "Computes a == b."),
    native_fn!(MODULE, "ne", ne, "Computes a != b."),
    native_fn!(MODULE, "ge", ge, "Computes a >= b."),
    native_fn!(MODULE, "gt", gt, "Computes a > b."),
    native_fn!(MODULE, "not_", not_, "Computes not a."),
    native_fn!(MODULE, "truth", truth, "bool(a)."),
    native_fn!(MODULE, "is_", is_, "Computes a is b."),
    native_fn!(MODULE, "is_not", is_not, "Computes a is not b."),
    native_fn!(MODULE, "abs", abs, "Computes abs(a)."),
    native_fn!(MODULE, "add", add, "Computes a + b."),
    native_fn!(MODULE, "and_", and_, "Computes a & b."),
    native_fn!(MODULE, "floordiv", floordiv, "Computes a // b."),
    native_fn!(MODULE, "index", index, "Computes a.__index__()"),
    native_fn!(MODULE, "inv", invert, "Computes ~a."),
    native_fn!(MODULE, "invert", invert, "Computes ~a."),
    native_fn!(MODULE, "lshift", lshift, "Computes a << b."),
    native_fn!(MODULE, "mod", mod_, "Computes a % b."),
    native_fn!(MODULE, "mul", mul, "Computes a * b."),
    native_fn!(MODULE, "matmul", matmul, "Computes a @ b."),
    native_fn!(MODULE, "neg", neg, "Computes -a."),
    native_fn!(MODULE, "or_", or_, "Computes a | b."),
    native_fn!(MODULE, "pos", pos, "Computes +a."),
    native_fn!(MODULE, "pow", pow, "Computes a ** b."),
    native_fn!(MODULE, "rshift", rshift, "Computes a >> b."),
    native_fn!(MODULE, "sub", sub, "Computes a - b."),
    native_fn!(MODULE, "truediv", truediv, "Computes a / b."),
    native_fn!(MODULE, "xor", xor, "Computes a ^ b."),
    native_fn!(MODULE, "concat", concat, "Computes a + b, for a and b sequences."),
    native_fn!(MODULE, "contains", contains, "Computes b in a (note reversed operands)."),
    native_fn!(MODULE, "countOf", count_of, "How many items of a are b or equal b."),
    native_fn!(MODULE, "delitem", delitem, "Computes del a[b]."),
    native_fn!(MODULE, "getitem", getitem, "Computes a[b]."),
    native_fn!(MODULE, "indexOf", index_of, "The position of the first item of a that is b or equals b."),
    native_fn!(MODULE, "setitem", setitem, "Computes a[b] = c."),
    native_fn!(MODULE, "length_hint", length_hint, "len(obj), else obj.__length_hint__(), else default."),
    native_fn!(MODULE, "iadd", iadd, "Computes a += b."),
    native_fn!(MODULE, "iand", iand, "Computes a &= b."),
    native_fn!(MODULE, "iconcat", iconcat, "Computes a += b, for a and b sequences."),
    native_fn!(MODULE, "ifloordiv", ifloordiv, "Computes a //= b."),
    native_fn!(MODULE, "ilshift", ilshift, "Computes a <<= b."),
    native_fn!(MODULE, "imod", imod, "Computes a %= b."),
    native_fn!(MODULE, "imul", imul, "Computes a *= b."),
    native_fn!(MODULE, "imatmul", imatmul, "Computes a @= b."),
    native_fn!(MODULE, "ior", ior, "Computes a |= b."),
    native_fn!(MODULE, "ipow", ipow, "Computes a **= b."),
    native_fn!(MODULE, "irshift", irshift, "Computes a >>= b."),
    native_fn!(MODULE, "isub", isub, "Computes a -= b."),
    native_fn!(MODULE, "itruediv", itruediv, "Computes a /= b."),
    native_fn!(MODULE, "ixor", ixor, "Computes a ^= b."),
    native_fn!(MODULE, "call", call, "Computes obj(*args, **kwargs)."),
    native_fn!(MODULE, "_compare_digest", compare_digest, "Compares two ASCII strings or bytes-like objects in time that depends only on their lengths."),
];

pub fn create() -> PyResult<PyObj> {
    ModuleBuilder::new(MODULE, "The operators of the language as functions (the native half of operator).")?
        .functions(FUNCTIONS)?
        .class::<ItemGetter>()?
        .class::<AttrGetter>()?
        .class::<MethodCaller>()?
        .finish()
}
