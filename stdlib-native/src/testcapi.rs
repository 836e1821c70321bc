//! `_testlimitedcapi`: the test-support module CPython's own regression tests
//! import to reach a few C-API entry points. pyk has no C API; each function
//! here does what the CPython function it is named after does, written over
//! pyk's object protocols, so the tests that use it exercise pyk's objects the
//! same way (`test_bytes` imports it in a class body, so without it the whole
//! module fails to load).
//!
//! Provided: `sequence_getitem`, `sequence_setitem`, `sequence_delitem`
//! (PySequence_GetItem/SetItem/DelItem: a negative index has the length added
//! once, then the type's item slot runs) and `object_hasattrstring`
//! (PyObject_HasAttrString: a failed lookup other than AttributeError is
//! reported through `sys.unraisablehook` and counts as 0). As in CPython's
//! module, None stands for a C NULL argument.

use pyk_sdk::prelude::*;
use pyk_sdk::types::{builtin_type, import};

const MODULE: &str = "_testlimitedcapi";
const HEAPTYPE: i64 = 1 << 9;

/// None is the C NULL of the C-API tests: "null argument to internal routine".
fn nullable(o: &PyAny) -> PyResult<&PyAny> {
    if o.is_none() {
        Err(PyErr::system_error("null argument to internal routine"))
    } else {
        Ok(o)
    }
}

/// Converts an index argument as the `n` format code does (`__index__`, then a
/// Py_ssize_t).
fn ssize_arg(o: &PyAny) -> PyResult<i64> {
    if !o.is_int() && o.get_type().getattr("__index__").is_err() {
        return Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", o.type_name()?)));
    }
    o.to_i64().map_err(|e| {
        if e.matches(ExcKind::OverflowError) {
            PyErr::overflow_error("Python int too large to convert to C ssize_t")
        } else {
            e
        }
    })
}

/// The class in `type(o).__mro__` whose own dict defines `name`, with the value.
fn lookup_slot(o: &PyAny, name: &str) -> PyResult<Option<(PyObj, PyObj)>> {
    let key = PyObj::from(name);
    for cls in o.get_type().getattr("__mro__")?.iter_items()? {
        let d = cls.getattr("__dict__")?;
        match d.getitem(&key) {
            Ok(v) => return Ok(Some((cls, v))),
            Err(e) if e.matches(ExcKind::KeyError) => {}
            Err(e) => return Err(e),
        }
    }
    Ok(None)
}

/// PySequence_Check: dict and its subclasses are not sequences even though
/// they define `__getitem__`.
fn is_dict(o: &PyAny) -> PyResult<bool> {
    o.isinstance(&builtin_type("dict"))
}

/// The item slot behind `dunder` and the index it gets, following CPython's
/// abstract sequence functions: the length is added to a negative index
/// once; a builtin type's item slot checks the bound itself (so for it an
/// index still negative is out of range), a class's `__getitem__` etc. gets
/// the adjusted index as it is. `Err` is the TypeError for a non-sequence.
enum Slot {
    Call(PyObj, i64),
    OutOfRange,
}

fn sequence_slot(o: &PyAny, i: i64, dunder: &str, missing: &str) -> PyResult<Slot> {
    let found = if is_dict(o)? { None } else { lookup_slot(o, dunder)? };
    let Some((cls, method)) = found.filter(|(_, m)| !m.is_none()) else {
        // A mapping without the sequence slot gets "T is not a sequence".
        if lookup_slot(o, dunder)?.is_some() {
            return Err(PyErr::type_error(format!("{} is not a sequence", o.type_name()?)));
        }
        return Err(PyErr::type_error(format!("'{}' object {missing}", o.type_name()?)));
    };
    let mut i = i;
    if i < 0 {
        if let Some((_, len)) = lookup_slot(o, "__len__")? {
            if !len.is_none() {
                let n = len.call(&[o])?.to_i64()?;
                i += n;
            }
        }
    }
    let builtin = cls.getattr("__flags__")?.to_i64()? & HEAPTYPE == 0;
    if builtin && i < 0 {
        return Ok(Slot::OutOfRange);
    }
    Ok(Slot::Call(method, i))
}

/// Raises the builtin type's own out-of-range error by asking it for the item
/// just past its end (every builtin item slot has one message for both ends).
fn out_of_range(o: &PyAny, dunder: &str, extra: Option<&PyAny>) -> PyResult<PyObj> {
    let (_, method) = lookup_slot(o, dunder)?.expect("slot was found before");
    let past = PyObj::from(o.len()?);
    let r = match extra {
        Some(v) => method.call(&[o, &past, v]),
        None => method.call(&[o, &past]),
    };
    match r {
        Err(e) => Err(e),
        Ok(_) => Err(PyErr::index_error("index out of range")),
    }
}

fn sequence_getitem(args: Args) -> PyResult<PyObj> {
    let [o, i] = args.exact::<2>()?;
    let o = nullable(o)?;
    let i = ssize_arg(i)?;
    match sequence_slot(o, i, "__getitem__", "does not support indexing")? {
        Slot::Call(m, i) => m.call(&[o, &PyObj::from(i)]),
        Slot::OutOfRange => out_of_range(o, "__getitem__", None),
    }
}

fn sequence_setitem(args: Args) -> PyResult<i64> {
    let [o, i, v] = args.exact::<3>()?;
    let o = nullable(o)?;
    let i = ssize_arg(i)?;
    // A NULL value is PySequence_SetItem's way of deleting.
    let (dunder, missing) = if v.is_none() { ("__delitem__", "doesn't support item deletion") } else { ("__setitem__", "does not support item assignment") };
    match sequence_slot(o, i, dunder, missing)? {
        Slot::Call(m, i) if v.is_none() => m.call(&[o, &PyObj::from(i)])?,
        Slot::Call(m, i) => m.call(&[o, &PyObj::from(i), v])?,
        Slot::OutOfRange => out_of_range(o, dunder, if v.is_none() { None } else { Some(v) })?,
    };
    Ok(0)
}

fn sequence_delitem(args: Args) -> PyResult<i64> {
    let [o, i] = args.exact::<2>()?;
    let o = nullable(o)?;
    let i = ssize_arg(i)?;
    match sequence_slot(o, i, "__delitem__", "doesn't support item deletion")? {
        Slot::Call(m, i) => m.call(&[o, &PyObj::from(i)])?,
        Slot::OutOfRange => out_of_range(o, "__delitem__", None)?,
    };
    Ok(0)
}

/// Hands an exception to `sys.unraisablehook` with CPython's record fields.
fn report_unraisable(e: PyErr, msg: &str) -> PyResult<()> {
    let exc = e.into_instance();
    let ns = import("types")?.getattr("SimpleNamespace")?;
    let none = PyObj::none();
    let tb = exc.getattr("__traceback__")?;
    let record = ns.call_kw(
        &[],
        &[("exc_type", &exc.get_type()), ("exc_value", &exc), ("exc_traceback", &tb), ("err_msg", &PyObj::from(msg)), ("object", &none)],
    )?;
    import("sys")?.getattr("unraisablehook")?.call(&[&record])?;
    Ok(())
}

fn object_hasattrstring(args: Args) -> PyResult<i64> {
    let [o, name] = args.exact::<2>()?;
    let o = nullable(o)?;
    let name = if name.is_str() {
        Ok(name.as_str()?.to_owned())
    } else {
        let b = name.bytes_like().map_err(|_| {
            PyErr::type_error(format!("argument 2 must be str, read-only bytes-like object or None, not {}", name.type_name().unwrap_or_default()))
        })?;
        String::from_utf8(b.clone()).map_err(|_| b)
    };
    let r = match name {
        Ok(n) => o.getattr(&n).map(|_| 1),
        // A name that is not UTF-8 fails in the decoder, as in CPython.
        Err(b) => PyObj::bytes(&b)?.call_method("decode", &[&PyObj::from("utf-8")]).map(|_| 0),
    };
    match r {
        Ok(found) => Ok(found),
        Err(e) if e.matches(ExcKind::AttributeError) => Ok(0),
        Err(e) => {
            report_unraisable(
                e,
                "Exception ignored in PyObject_HasAttrString(); consider using PyObject_HasAttrStringWithError(), PyObject_GetOptionalAttrString() or PyObject_GetAttrString()",
            )?;
            Ok(0)
        }
    }
}

static FUNCTIONS: &[NativeFnDef] = &[
    native_fn!(MODULE, "sequence_getitem", sequence_getitem, "PySequence_GetItem(o, i)"),
    native_fn!(MODULE, "sequence_setitem", sequence_setitem, "PySequence_SetItem(o, i, v)"),
    native_fn!(MODULE, "sequence_delitem", sequence_delitem, "PySequence_DelItem(o, i)"),
    native_fn!(MODULE, "object_hasattrstring", object_hasattrstring, "PyObject_HasAttrString(o, name)"),
];

/// Creates the `_testlimitedcapi` module.
pub fn create() -> PyResult<PyObj> {
    ModuleBuilder::new(MODULE, "")?.functions(FUNCTIONS)?.finish()
}
