//! The generic object protocols: repr/str, hashing, comparison, truth,
//! arithmetic dispatch, attributes, calls, iteration and subscription.
//! Dunder lookups go through the type, never the instance.

use std::cell::RefCell;

use pyk_abi::opcode::{BinaryOp, CompareOp, BINARY_OP_SYMBOLS, COMPARE_OP_SYMBOLS};

use crate::error::{attribute_error, type_error, PyResult};
use crate::object::Obj;
use crate::types::function::as_method_descr;
use crate::types::singletons::{bool_obj, false_value, none_value, true_value};
use crate::types::str::{as_str, intern, new_str};
use crate::types::typeobj::{BinaryFn, NumberSlots, TypeObject};
use crate::types::{int, is_not_implemented};

pub fn repr(o: &Obj) -> PyResult {
    crate::thread::check_recursion()?;
    let r = match o.type_obj().repr {
        Some(f) => f(o),
        None => Ok(new_str(&format!("<{} object at {:#x}>", o.type_obj().name(), o.value().0))),
    };
    crate::thread::leave_recursion();
    let r = r?;
    if as_str(&r).is_none() {
        return Err(type_error(format!("__repr__ returned non-string (type {})", r.type_obj().name())));
    }
    Ok(r)
}

pub fn repr_string(o: &Obj) -> PyResult<String> {
    let r = repr(o)?;
    Ok(as_str(&r).unwrap_or("").to_owned())
}

pub fn str(o: &Obj) -> PyResult {
    if let Some(s) = as_str(o) {
        if std::ptr::eq(o.type_obj(), &crate::types::str::STR_TYPE) {
            return Ok(o.clone());
        }
        // A str subclass: its own __str__ decides (object.__str__ included:
        // the repr), else an exact copy.
        if let Some(f) = o.type_obj().lookup(&intern("__str__")) {
            let str_own = crate::types::dict::get_str(crate::types::str::STR_TYPE.dict(), &intern("__str__")).is_some_and(|g| g.is(&f));
            if !str_own {
                let r = if crate::types::function::as_function(&f).is_some() {
                    call(&f, std::slice::from_ref(o), None)?
                } else {
                    let bound = crate::types::class::bind(&f, Some(o), o.type_obj(), &intern("__str__"))?;
                    call(&bound, &[], None)?
                };
                if as_str(&r).is_none() {
                    return Err(type_error(format!("__str__ returned non-string (type {})", r.type_obj().name())));
                }
                return Ok(r);
            }
        }
        return Ok(new_str(s));
    }
    let r = match o.type_obj().str {
        Some(f) => f(o)?,
        None => return repr(o),
    };
    if as_str(&r).is_none() {
        return Err(type_error(format!("__str__ returned non-string (type {})", r.type_obj().name())));
    }
    Ok(r)
}

pub fn str_string(o: &Obj) -> PyResult<String> {
    let r = str(o)?;
    Ok(as_str(&r).unwrap_or("").to_owned())
}

thread_local! {
    static REPR_ACTIVE: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
}

/// Guards a container repr against recursion: prints `dots` for an object
/// already being repr'd on this thread.
pub fn repr_enter(o: &Obj, dots: &str, f: impl FnOnce() -> PyResult) -> PyResult {
    let key = o.value().0;
    if REPR_ACTIVE.with(|s| s.borrow().contains(&key)) {
        return Ok(new_str(dots));
    }
    REPR_ACTIVE.with(|s| s.borrow_mut().push(key));
    let r = f();
    REPR_ACTIVE.with(|s| {
        let mut s = s.borrow_mut();
        if let Some(p) = s.iter().rposition(|k| *k == key) {
            s.remove(p);
        }
    });
    r
}

pub fn hash(o: &Obj) -> PyResult<i64> {
    let v = o.value();
    if v.is_small_int() {
        return Ok(int::int_hash_val(&int::IntVal::Small(v.as_small_int())));
    }
    if o.type_ptr() == &crate::types::str::STR_TYPE as *const _ {
        if let Some(s) = crate::types::str::as_str_obj(o) {
            return Ok(crate::types::str::str_hash_of(s));
        }
    }
    let t = o.type_obj();
    match t.hash {
        Some(f) => f(o),
        // As CPython: a type without its own equality inherits object's identity hash.
        None if t.richcompare.is_none() && t.flags & crate::types::typeobj::tpflags::HEAPTYPE == 0 => Ok((o.value().0 >> 4) as i64),
        // A native type is named as its tp_name ("functools.KeyWrapper").
        None if !t.native.is_null() => Err(type_error(format!("unhashable type: '{}.{}'", t.module, t.name()))),
        // Builtin types outside builtins too ("collections.OrderedDict").
        None => Err(type_error(format!("unhashable type: '{}'", t.tp_name()))),
    }
}

/// `a == b` as a bool (identity implies equality, as in containers).
pub fn eq(a: &Obj, b: &Obj) -> PyResult<bool> {
    if a.is(b) {
        return Ok(true);
    }
    let r = richcompare(a, b, CompareOp::Eq)?;
    is_true(&r)
}

fn swapped(op: CompareOp) -> CompareOp {
    match op {
        CompareOp::Lt => CompareOp::Gt,
        CompareOp::Le => CompareOp::Ge,
        CompareOp::Gt => CompareOp::Lt,
        CompareOp::Ge => CompareOp::Le,
        o => o,
    }
}

pub fn richcompare(a: &Obj, b: &Obj, op: CompareOp) -> PyResult {
    // Comparing self-referencing containers recurses in Rust: stop with
    // CPython's RecursionError before the thread's stack runs out.
    if crate::thread::check_recursion().is_err() {
        return Err(crate::error::recursion_error("maximum recursion depth exceeded in comparison"));
    }
    let (ta, tb) = (a.type_obj(), b.type_obj());
    let reflected_first = !std::ptr::eq(ta, tb) && tb.is_subtype(ta) && tb.richcompare.is_some();
    if reflected_first {
        if let Some(f) = tb.richcompare {
            let r = f(b, a, swapped(op))?;
            if !is_not_implemented(&r) {
                return Ok(r);
            }
        }
    }
    if let Some(f) = ta.richcompare {
        let r = f(a, b, op)?;
        if !is_not_implemented(&r) {
            return Ok(r);
        }
    }
    // the reflected operation is tried even between instances of one type
    // (`b > a` with only `__lt__` defined)
    if !reflected_first {
        if let Some(f) = tb.richcompare {
            let r = f(b, a, swapped(op))?;
            if !is_not_implemented(&r) {
                return Ok(r);
            }
        }
    }
    match op {
        CompareOp::Eq => Ok(bool_obj(a.is(b))),
        CompareOp::Ne => Ok(bool_obj(!a.is(b))),
        _ => Err(type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            COMPARE_OP_SYMBOLS[op as usize],
            ta.name(),
            tb.name()
        ))),
    }
}

pub fn compare_sequences(x: &[Obj], y: &[Obj], op: CompareOp) -> PyResult<bool> {
    for (a, b) in x.iter().zip(y.iter()) {
        if !eq(a, b)? {
            return match op {
                CompareOp::Eq => Ok(false),
                CompareOp::Ne => Ok(true),
                _ => is_true(&richcompare(a, b, op)?),
            };
        }
    }
    Ok(int::cmp_result(x.len().cmp(&y.len()), op))
}

#[inline]
pub fn is_true(o: &Obj) -> PyResult<bool> {
    let v = o.value();
    if v == true_value() {
        return Ok(true);
    }
    if v == false_value() || v == none_value() {
        return Ok(false);
    }
    if v.is_small_int() {
        return Ok(v.as_small_int() != 0);
    }
    let t = o.type_obj();
    if let Some(f) = t.number.bool {
        return f(o);
    }
    if let Some(f) = t.len {
        return Ok(f(o)? != 0);
    }
    Ok(true)
}

fn slot_for(n: &NumberSlots, op: BinaryOp) -> Option<BinaryFn> {
    use BinaryOp::*;
    match op {
        Add | InplaceAdd => n.add,
        Subtract | InplaceSubtract => n.sub,
        Multiply | InplaceMultiply => n.mul,
        TrueDivide | InplaceTrueDivide => n.truediv,
        FloorDivide | InplaceFloorDivide => n.floordiv,
        Remainder | InplaceRemainder => n.rem,
        Power | InplacePower => n.pow,
        LShift | InplaceLShift => n.lshift,
        RShift | InplaceRShift => n.rshift,
        And | InplaceAnd => n.and,
        Or | InplaceOr => n.or,
        Xor | InplaceXor => n.xor,
        MatrixMultiply | InplaceMatrixMultiply => n.matmul,
    }
}

pub fn binary_op_from_u32(arg: u32) -> Option<BinaryOp> {
    use BinaryOp::*;
    const ALL: [BinaryOp; 26] = [
        Add, And, FloorDivide, LShift, MatrixMultiply, Multiply, Remainder, Or, Power, RShift, Subtract, TrueDivide, Xor,
        InplaceAdd, InplaceAnd, InplaceFloorDivide, InplaceLShift, InplaceMatrixMultiply, InplaceMultiply,
        InplaceRemainder, InplaceOr, InplacePower, InplaceRShift, InplaceSubtract, InplaceTrueDivide, InplaceXor,
    ];
    ALL.get(arg as usize).copied()
}

/// int, bool, float and complex: their operator slots answer NotImplemented
/// for operands they do not know, so they may be asked first.
fn is_builtin_number(t: &TypeObject) -> bool {
    use crate::types::*;
    [&int::INT_TYPE, &singletons::BOOL_TYPE, &float::FLOAT_TYPE, &complex::COMPLEX_TYPE].iter().any(|x| std::ptr::eq(t, *x))
}

/// `a op b` with CPython's dispatch: the left operand's slot, then the
/// right operand's (first when the right type is a subclass of the left).
pub fn binary_op(a: &Obj, b: &Obj, op: BinaryOp) -> PyResult {
    let (ta, tb) = (a.type_obj(), b.type_obj());
    if (ta.flags | tb.flags) & crate::types::typeobj::tpflags::HEAPTYPE != 0 {
        // A builtin number on the left answers before the right operand's
        // reflected method unless the right type derives from it (`4.5 +
        // Int(7)` is float's sum even when Int, an int subclass, has __radd__).
        // They have no in-place slots: `x += y` is their `x + y`.
        if ta.flags & crate::types::typeobj::tpflags::HEAPTYPE == 0 && !tb.is_subtype(ta) && is_builtin_number(ta) {
            if let Some(fa) = slot_for(&ta.number, op) {
                let r = fa(a, b)?;
                if !is_not_implemented(&r) {
                    return Ok(r);
                }
            }
        }
        if let Some(r) = crate::types::class::binary_op(a, b, op)? {
            return Ok(r);
        }
    }
    if (op as u8) >= 13 {
        // `proxy op= x` is the in-place operation on the referent.
        if let Some(r) = crate::types::weakref::proxy_referent(a) {
            return binary_op(&r?, b, op);
        }
        let inplace = match op {
            BinaryOp::InplaceAdd => ta.number.inplace_add,
            BinaryOp::InplaceMultiply => ta.number.inplace_mul,
            _ => None,
        };
        if inplace.is_none() && ta.flags & crate::types::typeobj::tpflags::HEAPTYPE == 0 {
            // Builtin types may define other in-place operators as methods (dict.__ior__).
            let name = match op {
                BinaryOp::InplaceOr => Some("__ior__"),
                BinaryOp::InplaceAnd => Some("__iand__"),
                BinaryOp::InplaceSubtract => Some("__isub__"),
                BinaryOp::InplaceXor => Some("__ixor__"),
                _ => None,
            };
            if let Some(m) = name.and_then(|n| ta.lookup(&crate::types::str::istr(n))) {
                if let Some(d) = crate::types::function::as_method_descr(&m) {
                    let r = d.call_with_self(a, std::slice::from_ref(b), None)?;
                    if !is_not_implemented(&r) {
                        return Ok(r);
                    }
                }
            }
        }
        if let Some(f) = inplace {
            let r = f(a, b)?;
            if !is_not_implemented(&r) {
                return Ok(r);
            }
        }
    }
    let sa = slot_for(&ta.number, op);
    let sb = if std::ptr::eq(ta, tb) { None } else { slot_for(&tb.number, op) };
    if let (Some(fb), true) = (sb, tb.is_subtype(ta)) {
        let r = fb(a, b)?;
        if !is_not_implemented(&r) {
            return Ok(r);
        }
    }
    if let Some(fa) = sa {
        let r = fa(a, b)?;
        if !is_not_implemented(&r) {
            return Ok(r);
        }
    }
    if let (Some(fb), false) = (sb, tb.is_subtype(ta)) {
        let r = fb(a, b)?;
        if !is_not_implemented(&r) {
            return Ok(r);
        }
    }
    if matches!(op, BinaryOp::Multiply | BinaryOp::InplaceMultiply) {
        let is_seq = |o: &Obj| {
            as_str(o).is_some()
                || crate::types::list::as_list(o).is_some()
                || crate::types::tuple::as_tuple(o).is_some()
                || crate::types::bytes::as_bytes(o).is_some()
                || crate::types::bytearray::as_bytearray(o).is_some()
        };
        if is_seq(a) || is_seq(b) {
            let (seq, other) = if is_seq(a) { (a, b) } else { (b, a) };
            if !int::is_int(other) && other.type_obj().number.index.is_some() {
                // Sequence repetition takes any __index__ count.
                let n = index(other)?;
                if int::as_i64(&n).is_none() {
                    return Err(crate::error::overflow_error(format!("cannot fit '{}' into an index-sized integer", other.type_obj().name())));
                }
                return binary_op(seq, &n, op);
            }
            return Err(type_error(format!("can't multiply sequence by non-int of type '{}'", other.type_obj().name())));
        }
    }
    Err(type_error(format!(
        "unsupported operand type(s) for {}: '{}' and '{}'",
        if op == BinaryOp::Power { "** or pow()" } else { BINARY_OP_SYMBOLS[op as usize] },
        ta.tp_name(),
        tb.tp_name()
    )))
}

pub fn unary(o: &Obj, which: &str) -> PyResult {
    let n = &o.type_obj().number;
    let (slot, sym) = match which {
        "neg" => (n.neg, "-"),
        "pos" => (n.pos, "+"),
        _ => (n.invert, "~"),
    };
    if let Some(f) = slot {
        let r = f(o)?;
        if !is_not_implemented(&r) {
            return Ok(r);
        }
    }
    Err(type_error(format!("bad operand type for unary {}: '{}'", sym, o.type_obj().name())))
}

/// `__index__`: an exact int from an int-like object.
pub fn index(o: &Obj) -> PyResult {
    if o.value().is_small_int() {
        return Ok(o.clone());
    }
    if let Some(f) = o.type_obj().number.index {
        let r = f(o)?;
        if int::is_int(o) {
            return Ok(r);
        }
        return exact_int_result(r, "__index__");
    }
    Err(type_error(format!("'{}' object cannot be interpreted as an integer", o.type_obj().name())))
}

/// A slice bound (CPython's `_PyEval_SliceIndex`): an object with
/// `__index__` is converted, its errors propagating; anything else is
/// TypeError.
pub fn slice_index(o: &Obj) -> PyResult {
    if !o.value().is_small_int() && o.type_obj().number.index.is_none() {
        return Err(type_error("slice indices must be integers or None or have an __index__ method"));
    }
    index(o)
}

/// For subscripting: an object that is not an int but has `__index__`
/// (a user class), converted; `None` when it has no `__index__`.
pub fn custom_index(o: &Obj) -> Option<PyResult> {
    if crate::types::int::is_int(o) {
        return None;
    }
    o.type_obj().number.index?;
    Some(index(o))
}

/// The exact int `r` returned by `o.__int__`/`__index__`/`__trunc__`: an
/// instance of an int subclass is converted with a DeprecationWarning,
/// anything else is a TypeError.
fn exact_int_result(r: Obj, dunder: &str) -> PyResult {
    if r.value().is_small_int() || std::ptr::eq(r.type_obj(), &int::INT_TYPE) {
        return Ok(r);
    }
    if int::is_int(&r) {
        crate::warningsmod::warn(
            &crate::types::exceptions::DEPRECATION_WARNING,
            &format!("{dunder} returned non-int (type {}).  The ability to return an instance of a strict subclass of int is deprecated, and may be removed in a future version of Python.", r.type_obj().name()),
            1,
        )?;
        return Ok(int::from_bigint(int::as_bigint(&r).unwrap_or_default()));
    }
    Err(type_error(format!("{dunder} returned non-int (type {})", r.type_obj().name())))
}

pub fn to_int(o: &Obj) -> PyResult {
    if let Some(f) = o.type_obj().number.int {
        let r = f(o)?;
        if !is_not_implemented(&r) {
            if int::is_int(&r) && r.is(o) {
                return Ok(int::from_bigint(int::as_bigint(&r).unwrap_or_default()));
            }
            return exact_int_result(r, "__int__");
        }
    }
    if let Some(s) = as_str(o) {
        return int::int_from_str(s, 10);
    }
    if let Some(f) = o.type_obj().number.index {
        return exact_int_result(f(o)?, "__index__");
    }
    if let Some(t) = o.type_obj().lookup(&crate::types::str::istr("__trunc__")) {
        crate::warningsmod::warn(&crate::types::exceptions::DEPRECATION_WARNING, "The delegation of int() to __trunc__ is deprecated.", 1)?;
        let b = crate::types::class::bind(&t, Some(o), o.type_obj(), &crate::types::str::istr("__trunc__"))?;
        let r = call0(&b)?;
        if int::is_int(&r) {
            return Ok(int::from_bigint(int::as_bigint(&r).unwrap_or_default()));
        }
        if r.type_obj().number.index.is_none() {
            return Err(type_error(format!("__trunc__ returned non-Integral (type {})", r.type_obj().name())));
        }
        return exact_int_result(index(&r)?, "__index__");
    }
    if let Some(b) = crate::types::bytearray::bytes_like(o) {
        return int::int_from_bytes_text(&b, 10);
    }
    Err(type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        o.type_obj().name()
    )))
}

pub fn to_float(o: &Obj) -> PyResult<f64> {
    if let Some(f) = crate::types::float::as_f64(o) {
        return Ok(f);
    }
    if let Some(v) = int::int_val(o) {
        return int::to_f64(&v);
    }
    if let Some(f) = o.type_obj().number.float {
        let r = f(o)?;
        let v = crate::types::float::as_f64(&r).ok_or_else(|| type_error(format!("{}.__float__ returned non-float (type {})", o.type_obj().name(), r.type_obj().name())))?;
        if !std::ptr::eq(r.type_obj(), &crate::types::float::FLOAT_TYPE) {
            crate::warningsmod::warn(
                &crate::types::exceptions::DEPRECATION_WARNING,
                &format!("{}.__float__ returned non-float (type {}).  The ability to return an instance of a strict subclass of float is deprecated, and may be removed in a future version of Python.", o.type_obj().name(), r.type_obj().name()),
                1,
            )?;
        }
        return Ok(v);
    }
    if o.type_obj().number.index.is_some() {
        let i = index(o)?;
        if let Some(v) = int::int_val(&i) {
            return int::to_f64(&v);
        }
    }
    Err(type_error(format!("must be real number, not {}", o.type_obj().name())))
}

/// Binds a value found on the type for access through `instance`
/// (None: accessed on the type itself).
pub fn descr_get(v: &Obj, instance: Option<&Obj>, owner: &'static TypeObject, name: &Obj) -> PyResult {
    crate::types::class::bind(v, instance, owner, name)
}

/// The attribute as found on the object's type (methods bound), if any.
pub fn generic_type_attr(o: &Obj, name: &Obj) -> PyResult<Option<Obj>> {
    match o.type_obj().lookup(name) {
        Some(v) => Ok(Some(descr_get(&v, Some(o), o.type_obj(), name)?)),
        None => Ok(None),
    }
}

pub fn getattr(o: &Obj, name: &Obj) -> PyResult {
    let t = o.type_obj();
    if let Some(f) = t.getattr {
        return match f(o, name) {
            // Every object has a __class__, whatever its own lookup says,
            // unless its class replaced `__class__` (a slot or property of
            // that name may well be empty).
            Err(e)
                if as_str(name) == Some("__class__")
                    && e.is_instance(&crate::types::exceptions::ATTRIBUTE_ERROR)
                    && t.lookup(&crate::types::str::istr("__class__")).is_none_or(|d| {
                        crate::types::function::as_getset(&d).is_some_and(|g| std::ptr::eq(g.owner, &crate::types::object::OBJECT_TYPE))
                    }) =>
            {
                Ok(t.as_obj())
            }
            Err(e) => {
                set_attribute_error_context(&e, o, name);
                Err(e)
            }
            r => r,
        };
    }
    if let Some(v) = generic_type_attr(o, name)? {
        return Ok(v);
    }
    if as_str(name) == Some("__class__") {
        return Ok(t.as_obj());
    }
    Err(no_attribute(o, name))
}

pub fn no_attribute(o: &Obj, name: &Obj) -> crate::error::PyErr {
    let e = attribute_error(format!(
        "'{}' object has no attribute '{}'",
        o.type_obj().name(),
        as_str(name).unwrap_or("?")
    ));
    set_attribute_error_info(&e, o, name);
    e
}

/// CPython's set_attribute_error_context: an AttributeError out of getting
/// or setting an attribute records `name` and `obj` unless it has them.
pub fn set_attribute_error_context(e: &crate::error::PyErr, o: &Obj, name: &Obj) {
    if !e.is_instance(&crate::types::exceptions::ATTRIBUTE_ERROR) {
        return;
    }
    if let Some(x) = crate::types::exceptions::as_exc(&e.0) {
        x.with(|s| {
            if s.name.is_none() && s.obj.is_none() {
                s.name = Some(name.clone());
                s.obj = Some(o.clone());
            }
        });
    }
}

/// Records `name` and `obj` on an AttributeError (for suggestions).
pub fn set_attribute_error_info(e: &crate::error::PyErr, o: &Obj, name: &Obj) {
    if let Some(x) = crate::types::exceptions::as_exc(&e.0) {
        x.with(|s| {
            s.name = Some(name.clone());
            s.obj = Some(o.clone());
        });
    }
}

/// The attribute names `dir(o)` would list (type MRO dicts, instance dict, module dict).
pub fn dir_names(o: &Obj) -> Vec<String> {
    let mut names: Vec<String> = vec![];
    let mut add = |d: &Obj| {
        if let Some(dd) = crate::types::dict::as_dict(d) {
            for k in dd.keys() {
                if let Some(s) = as_str(&k) {
                    if !names.iter().any(|n| n == s) {
                        names.push(s.to_string());
                    }
                }
            }
        }
    };
    if let Some(m) = crate::types::module::as_module(o) {
        add(&m.dict);
    } else {
        if let Some(d) = crate::types::class::instance_dict(o) {
            add(&d);
        } else if !crate::types::typeobj::is_type(o) {
            // Other objects with a __dict__ (SimpleNamespace, functions).
            if let Ok(d) = getattr_str(o, "__dict__") {
                add(&d);
            }
        }
        let t: &TypeObject = if crate::types::typeobj::is_type(o) {
            // SAFETY: instances of `type` are TypeObjects, which are immortal.
            unsafe { &*(o.value().as_ptr() as *const TypeObject) }
        } else {
            // The class as `o.__class__` says, as CPython's object.__dir__
            // (none when that fails, e.g. an empty `__class__` slot).
            match getattr_str(o, "__class__") {
                Ok(c) if crate::types::typeobj::is_type(&c) => {
                    // SAFETY: as above.
                    unsafe { &*(c.value().as_ptr() as *const TypeObject) }
                }
                _ => {
                    names.sort();
                    return names;
                }
            }
        };
        for p in t.mro() {
            // SAFETY: MRO entries are live types.
            add(unsafe { &**p }.dict());
        }
        for g in t.getsets {
            if !names.iter().any(|n| n == g.name) {
                names.push(g.name.to_string());
            }
        }
        if !names.iter().any(|n| n == "__class__") {
            names.push("__class__".to_string());
        }
    }
    names.sort();
    names
}

/// `getattr(o, name)`, with `None` for an AttributeError (other errors propagate).
pub fn lookup_attr(o: &Obj, name: &Obj) -> PyResult<Option<Obj>> {
    match getattr(o, name) {
        Ok(v) => Ok(Some(v)),
        Err(e) if e.is_instance(&crate::types::exceptions::ATTRIBUTE_ERROR) => Ok(None),
        Err(e) => Err(e),
    }
}

pub fn getattr_str(o: &Obj, name: &str) -> PyResult {
    getattr(o, &intern(name))
}

pub fn setattr(o: &Obj, name: &Obj, v: Option<&Obj>) -> PyResult<()> {
    let t = o.type_obj();
    let r = match t.setattr {
        Some(f) => f(o, name, v),
        None => setattr_readonly(o, name, v),
    };
    if let Err(e) = &r {
        set_attribute_error_context(e, o, name);
    }
    r
}

/// What setting an attribute of an instance of a builtin type without a
/// setattr slot does: CPython's read-only errors.
pub fn setattr_readonly(o: &Obj, name: &Obj, v: Option<&Obj>) -> PyResult<()> {
    if as_str(name) == Some("__class__") {
        return crate::types::class::generic_setattr(o, name, v);
    }
    let t = o.type_obj();
    if let Some(a) = t.lookup(name) {
        let n = as_str(name).unwrap_or("?");
        // CPython's wording depends on what the attribute is: a method, a
        // struct member (complex.real/imag) or a getter.
        if crate::types::function::as_method_descr(&a).is_some() {
            return Err(attribute_error(format!("'{}' object attribute '{n}' is read-only", t.name())));
        }
        let member = (crate::types::complex::as_complex(o).is_some() && matches!(n, "real" | "imag"))
            || ((crate::types::range::as_slice(o).is_some() || std::ptr::eq(o.type_ptr(), &crate::types::range::RANGE_TYPE)) && matches!(n, "start" | "stop" | "step"));
        if member {
            return Err(attribute_error("readonly attribute"));
        }
        return Err(attribute_error(format!("attribute '{n}' of '{}' objects is not writable", t.name())));
    }
    Err(attribute_error(format!(
        "'{}' object has no attribute '{}' and no __dict__ for setting new attributes",
        t.name(),
        as_str(name).unwrap_or("?")
    )))
}

/// Finds a method for LOAD_METHOD: `Ok((meth, true))` when `meth` is an
/// unbound method to call with `o` prepended, else `(attr, false)`.
pub fn get_method(o: &Obj, name: &Obj) -> PyResult<(Obj, bool)> {
    let t = o.type_obj();
    // Classes made by a Python metaclass are not plain instances: their
    // own MRO comes before the metaclass (type_getattr does that).
    let plain_instance = t.flags & crate::types::typeobj::tpflags::HEAPTYPE != 0
        && t.flags & crate::types::typeobj::tpflags::EXCEPTION == 0
        && !crate::types::typeobj::is_type(o)
        // (a super subclass's instances search another class's MRO first)
        && !std::ptr::eq(t.solid, &crate::types::class::SUPER_TYPE);
    // A class's own Python `__getattribute__` sees every lookup, method
    // calls included (CPython takes the short cut only for the generic one).
    let custom_getattribute = plain_instance && crate::types::class::has_python_getattribute(t);
    if (t.getattr.is_none() || plain_instance) && !custom_getattribute {
        if let Some(v) = t.lookup(name) {
            if as_method_descr(&v).is_some() || crate::types::function::as_function(&v).is_some() {
                let shadowed = plain_instance && crate::types::class::instance_dict_has_str(o, name);
                if !shadowed {
                    return Ok((v, true));
                }
            }
        }
    }
    Ok((getattr(o, name)?, false))
}

pub fn call(f: &Obj, args: &[Obj], kwnames: Option<&Obj>) -> PyResult {
    match f.type_obj().call {
        Some(c) => c(f, args, kwnames),
        None => Err(type_error(format!("'{}' object is not callable", f.type_obj().name()))),
    }
}

pub fn call0(f: &Obj) -> PyResult {
    call(f, &[], None)
}

pub fn iter(o: &Obj) -> PyResult {
    match o.type_obj().iter {
        Some(f) => f(o),
        None => Err(type_error(format!("'{}' object is not iterable", o.type_obj().name()))),
    }
}

pub fn next(it: &Obj) -> PyResult<Option<Obj>> {
    match it.type_obj().next {
        Some(f) => f(it),
        None => Err(type_error(format!("'{}' object is not an iterator", it.type_obj().name()))),
    }
}

/// All items of an iterable.
/// `PyObject_LengthHint(o, default)`: `len(o)`, else `type(o).__length_hint__`
/// (looked up as a special method, so a descriptor there runs), else
/// `default`. list() and list.extend() ask it of objects of Python classes.
pub fn length_hint(o: &Obj, default: usize) -> PyResult<usize> {
    if let Some(f) = o.type_obj().len {
        match f(o) {
            Ok(n) => return Ok(n),
            Err(e) if e.is_instance(&crate::types::exceptions::TYPE_ERROR) => {}
            Err(e) => return Err(e),
        }
    }
    let name = crate::types::str::istr("__length_hint__");
    let Some(f) = o.type_obj().lookup(&name) else { return Ok(default) };
    if crate::types::singletons::is_none(&f) {
        return Ok(default);
    }
    let bound = crate::types::class::bind(&f, Some(o), o.type_obj(), &name)?;
    let r = match call(&bound, &[], None) {
        Ok(r) => r,
        Err(e) if e.is_instance(&crate::types::exceptions::TYPE_ERROR) => return Ok(default),
        Err(e) => return Err(e),
    };
    if crate::types::singletons::is_not_implemented(&r) {
        return Ok(default);
    }
    if !crate::types::int::is_int(&r) {
        return Err(crate::error::type_error(format!("__length_hint__ must be an integer, not {}", r.type_obj().name())));
    }
    match crate::types::int::as_i64(&r) {
        Some(n) if n < 0 => Err(crate::error::value_error("__length_hint__() should return >= 0")),
        Some(n) => Ok(n as usize),
        None => Err(crate::error::overflow_error("cannot fit 'int' into an index-sized integer")),
    }
}

pub fn collect(o: &Obj) -> PyResult<Vec<Obj>> {
    // Exact tuples and lists only: a subclass may override __iter__.
    if std::ptr::eq(o.type_obj(), &crate::types::tuple::TUPLE_TYPE) {
        if let Some(t) = crate::types::tuple::as_tuple(o) {
            return Ok(t.to_vec());
        }
    }
    if std::ptr::eq(o.type_obj(), &crate::types::list::LIST_TYPE) {
        if let Some(l) = crate::types::list::as_list(o) {
            return Ok(l.snapshot());
        }
    }
    let mut v = Vec::new();
    // Builtin sized objects (a range…): room for all items up front, so an
    // impossible size is a MemoryError at once, as in CPython.
    if o.type_obj().flags & crate::types::typeobj::tpflags::HEAPTYPE == 0 {
        if let Some(f) = o.type_obj().len {
            if let Ok(n) = f(o) {
                crate::error::reserve(&mut v, n)?;
            }
        }
    }
    let it = iter(o)?;
    while let Some(x) = next(&it)? {
        if v.len() == v.capacity() {
            // Growth that the allocator refuses is a MemoryError, not an abort.
            let more = v.len().max(4);
            crate::error::reserve(&mut v, more)?;
        }
        v.push(x);
    }
    Ok(v)
}

pub fn len(o: &Obj) -> PyResult<usize> {
    match o.type_obj().len {
        Some(f) => f(o),
        None => Err(type_error(format!("object of type '{}' has no len()", o.type_obj().name()))),
    }
}

pub fn getitem(o: &Obj, k: &Obj) -> PyResult {
    match o.type_obj().getitem {
        Some(f) => f(o, k),
        None => Err(type_error(format!("'{}' object is not subscriptable", o.type_obj().name()))),
    }
}

pub fn setitem(o: &Obj, k: &Obj, v: Option<&Obj>) -> PyResult<()> {
    match o.type_obj().setitem {
        Some(f) => f(o, k, v),
        None if v.is_some() => Err(type_error(format!("'{}' object does not support item assignment", o.type_obj().name()))),
        // CPython words it by whether the type has sequence methods
        None if o.type_obj().getitem.is_some() || o.type_obj().contains.is_some() => Err(type_error(format!("'{}' object doesn't support item deletion", o.type_obj().name()))),
        None => Err(type_error(format!("'{}' object does not support item deletion", o.type_obj().name()))),
    }
}

pub fn contains(container: &Obj, x: &Obj) -> PyResult<bool> {
    if let Some(f) = container.type_obj().contains {
        return f(container, x);
    }
    if container.type_obj().iter.is_some() {
        let it = iter(container)?;
        while let Some(y) = next(&it)? {
            if eq(&y, x)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    Err(type_error(format!("argument of type '{}' is not iterable", container.type_obj().name())))
}

pub fn isinstance_type(o: &Obj, t: &TypeObject) -> bool {
    o.type_obj().is_subtype(t)
}
