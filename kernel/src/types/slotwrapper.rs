//! Slot wrappers: builtin types' slots (repr, operators, len, items…) seen
//! from Python as `__repr__`, `__add__`, `__len__`… in the type's dict, so
//! that `int.__add__(1, 2)`, `frozenset.__contains__` and `super().__repr__()`
//! work. A wrapper calls its owner type's slot, not the receiver's.

use pyk_abi::opcode::CompareOp;
use pyk_abi::value::ObjHeader;

use crate::error::{type_error, PyResult};
use crate::object::{alloc, dealloc_box, Obj};
use crate::types::singletons::{bool_obj, none};
use crate::types::str::new_string;
use crate::types::typeobj::{BinaryFn, NumberSlots, TypeObject};

#[derive(Copy, Clone)]
enum Kind {
    Repr,
    Str,
    Hash,
    Cmp(CompareOp),
    Call,
    Iter,
    Next,
    Len,
    GetItem,
    SetItem,
    DelItem,
    Contains,
    Bool,
    Neg,
    Pos,
    Invert,
    Index,
    Int,
    Float,
    Bin(fn(&NumberSlots) -> Option<BinaryFn>, bool),
    /// A builtin type's own method for a slot-like dunder (`object.__init__`,
    /// `object.__setattr__`...): CPython shows these as slot wrappers too.
    Method(&'static crate::types::typeobj::MethodDef),
}

/// Dunders that CPython's builtin types expose as slot wrappers (their
/// MethodDefs become SlotWrappers in `typeobj::ready`).
pub fn is_slot_name(name: &str) -> bool {
    TABLE.iter().any(|(n, _)| *n == name) || matches!(name, "__init__" | "__setattr__" | "__delattr__" | "__getattribute__" | "__get__" | "__set__" | "__delete__")
}

/// A slot wrapper over a builtin type's method.
pub fn method_wrapper_descr(owner: &'static TypeObject, def: &'static crate::types::typeobj::MethodDef) -> Obj {
    alloc(SlotWrapper { header: crate::object::new_header(&SLOT_WRAPPER_TYPE), owner, kind: Kind::Method(def), name: def.name })
}

fn add(n: &NumberSlots) -> Option<BinaryFn> { n.add }
fn sub(n: &NumberSlots) -> Option<BinaryFn> { n.sub }
fn mul(n: &NumberSlots) -> Option<BinaryFn> { n.mul }
fn truediv(n: &NumberSlots) -> Option<BinaryFn> { n.truediv }
fn floordiv(n: &NumberSlots) -> Option<BinaryFn> { n.floordiv }
fn rem(n: &NumberSlots) -> Option<BinaryFn> { n.rem }
fn pow(n: &NumberSlots) -> Option<BinaryFn> { n.pow }
fn lshift(n: &NumberSlots) -> Option<BinaryFn> { n.lshift }
fn rshift(n: &NumberSlots) -> Option<BinaryFn> { n.rshift }
fn and(n: &NumberSlots) -> Option<BinaryFn> { n.and }
fn or(n: &NumberSlots) -> Option<BinaryFn> { n.or }
fn xor(n: &NumberSlots) -> Option<BinaryFn> { n.xor }

const TABLE: &[(&str, Kind)] = &[
    ("__repr__", Kind::Repr), ("__str__", Kind::Str), ("__hash__", Kind::Hash),
    ("__lt__", Kind::Cmp(CompareOp::Lt)), ("__le__", Kind::Cmp(CompareOp::Le)), ("__eq__", Kind::Cmp(CompareOp::Eq)),
    ("__ne__", Kind::Cmp(CompareOp::Ne)), ("__gt__", Kind::Cmp(CompareOp::Gt)), ("__ge__", Kind::Cmp(CompareOp::Ge)),
    ("__call__", Kind::Call), ("__iter__", Kind::Iter), ("__next__", Kind::Next), ("__len__", Kind::Len),
    ("__getitem__", Kind::GetItem), ("__setitem__", Kind::SetItem), ("__delitem__", Kind::DelItem),
    ("__contains__", Kind::Contains), ("__bool__", Kind::Bool), ("__neg__", Kind::Neg), ("__pos__", Kind::Pos),
    ("__invert__", Kind::Invert), ("__index__", Kind::Index), ("__int__", Kind::Int), ("__float__", Kind::Float),
    ("__add__", Kind::Bin(add, false)), ("__radd__", Kind::Bin(add, true)),
    ("__sub__", Kind::Bin(sub, false)), ("__rsub__", Kind::Bin(sub, true)),
    ("__mul__", Kind::Bin(mul, false)), ("__rmul__", Kind::Bin(mul, true)),
    ("__truediv__", Kind::Bin(truediv, false)), ("__rtruediv__", Kind::Bin(truediv, true)),
    ("__floordiv__", Kind::Bin(floordiv, false)), ("__rfloordiv__", Kind::Bin(floordiv, true)),
    ("__mod__", Kind::Bin(rem, false)), ("__rmod__", Kind::Bin(rem, true)),
    ("__pow__", Kind::Bin(pow, false)), ("__rpow__", Kind::Bin(pow, true)),
    ("__lshift__", Kind::Bin(lshift, false)), ("__rlshift__", Kind::Bin(lshift, true)),
    ("__rshift__", Kind::Bin(rshift, false)), ("__rrshift__", Kind::Bin(rshift, true)),
    ("__and__", Kind::Bin(and, false)), ("__rand__", Kind::Bin(and, true)),
    ("__or__", Kind::Bin(or, false)), ("__ror__", Kind::Bin(or, true)),
    ("__xor__", Kind::Bin(xor, false)), ("__rxor__", Kind::Bin(xor, true)),
];

fn has(t: &TypeObject, k: Kind) -> bool {
    match k {
        Kind::Repr => t.repr.is_some(),
        Kind::Str => t.str.is_some(),
        Kind::Hash => t.hash.is_some(),
        Kind::Cmp(_) => t.richcompare.is_some(),
        Kind::Call => t.call.is_some(),
        Kind::Iter => t.iter.is_some(),
        Kind::Next => t.next.is_some(),
        Kind::Len => t.len.is_some(),
        Kind::GetItem => t.getitem.is_some(),
        Kind::SetItem | Kind::DelItem => t.setitem.is_some(),
        Kind::Contains => t.contains.is_some(),
        Kind::Bool => t.number.bool.is_some(),
        Kind::Neg => t.number.neg.is_some(),
        Kind::Pos => t.number.pos.is_some(),
        Kind::Invert => t.number.invert.is_some(),
        Kind::Index => t.number.index.is_some(),
        Kind::Int => t.number.int.is_some(),
        Kind::Float => t.number.float.is_some(),
        Kind::Bin(f, _) => f(&t.number).is_some(),
        Kind::Method(_) => true,
    }
}

#[repr(C)]
pub struct SlotWrapper {
    pub header: ObjHeader,
    pub owner: &'static TypeObject,
    kind: Kind,
    pub name: &'static str,
}

pub fn as_slot_wrapper(o: &Obj) -> Option<&SlotWrapper> {
    o.downcast::<SlotWrapper>(&SLOT_WRAPPER_TYPE)
}

fn nargs(w: &SlotWrapper, a: &[Obj], n: usize) -> PyResult<()> {
    if a.len() != n {
        return Err(type_error(format!("expected {} argument{}, got {}", n, if n == 1 { "" } else { "s" }, a.len())));
    }
    let _ = w;
    Ok(())
}

impl SlotWrapper {
    /// Calls the owner's slot with `slf` and the remaining arguments.
    pub fn call_with_self(&self, slf: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult {
        if !slf.type_obj().is_subtype(self.owner) {
            return Err(type_error(format!(
                "descriptor '{}' requires a '{}' object but received a '{}'",
                self.name,
                self.owner.name(),
                slf.type_obj().name()
            )));
        }
        let t = self.owner;
        let nokw = || crate::builtins::no_kwargs(self.name, kw);
        match self.kind {
            Kind::Call => return (t.call.expect("slot"))(slf, a, kw),
            Kind::Method(def) => return (def.func)(slf, a, kw),
            _ => nokw()?,
        }
        Ok(match self.kind {
            Kind::Method(_) => none(),
            Kind::Repr => { nargs(self, a, 0)?; (t.repr.expect("slot"))(slf)? }
            Kind::Str => { nargs(self, a, 0)?; (t.str.expect("slot"))(slf)? }
            Kind::Hash => { nargs(self, a, 0)?; crate::types::int::from_i64((t.hash.expect("slot"))(slf)?) }
            Kind::Cmp(op) => { nargs(self, a, 1)?; (t.richcompare.expect("slot"))(slf, &a[0], op)? }
            Kind::Call => none(),
            Kind::Iter => { nargs(self, a, 0)?; (t.iter.expect("slot"))(slf)? }
            Kind::Next => {
                nargs(self, a, 0)?;
                match (t.next.expect("slot"))(slf)? {
                    Some(v) => v,
                    None => return Err(crate::error::stop_iteration()),
                }
            }
            Kind::Len => { nargs(self, a, 0)?; crate::types::int::from_i64((t.len.expect("slot"))(slf)? as i64) }
            Kind::GetItem => { nargs(self, a, 1)?; (t.getitem.expect("slot"))(slf, &a[0])? }
            Kind::SetItem => { nargs(self, a, 2)?; (t.setitem.expect("slot"))(slf, &a[0], Some(&a[1]))?; none() }
            Kind::DelItem => { nargs(self, a, 1)?; (t.setitem.expect("slot"))(slf, &a[0], None)?; none() }
            Kind::Contains => { nargs(self, a, 1)?; bool_obj((t.contains.expect("slot"))(slf, &a[0])?) }
            Kind::Bool => { nargs(self, a, 0)?; bool_obj((t.number.bool.expect("slot"))(slf)?) }
            Kind::Neg => { nargs(self, a, 0)?; (t.number.neg.expect("slot"))(slf)? }
            Kind::Pos => { nargs(self, a, 0)?; (t.number.pos.expect("slot"))(slf)? }
            Kind::Invert => { nargs(self, a, 0)?; (t.number.invert.expect("slot"))(slf)? }
            Kind::Index => { nargs(self, a, 0)?; (t.number.index.expect("slot"))(slf)? }
            Kind::Int => { nargs(self, a, 0)?; (t.number.int.expect("slot"))(slf)? }
            Kind::Float => { nargs(self, a, 0)?; (t.number.float.expect("slot"))(slf)? }
            Kind::Bin(_, reflected) if matches!(self.name, "__pow__" | "__rpow__") && a.len() == 2 && !crate::types::is_none(&a[1]) => {
                // `x.__pow__(y, mod)`: the ternary power.
                // (int's own __pow__ is a method; this serves float and complex)
                let _ = reflected;
                if std::ptr::eq(self.owner, &crate::types::complex::COMPLEX_TYPE) {
                    return Err(crate::error::value_error("complex modulo"));
                }
                return Err(type_error("pow() 3rd argument not allowed unless all arguments are integers"));
            }
            Kind::Bin(f, reflected) => {
                if matches!(self.name, "__pow__" | "__rpow__") && a.len() == 2 {
                    // `x.__pow__(y, None)` is the binary power.
                    nargs(self, &a[..1], 1)?;
                } else {
                    nargs(self, a, 1)?;
                }
                if matches!(self.name, "__mul__" | "__rmul__") && is_sequence_type(t) && !crate::types::int::is_int(&a[0]) {
                    // Sequence repetition: the count must be an index.
                    crate::abstract_::index(&a[0])?;
                }
                let slot = f(&t.number).expect("slot");
                if reflected { slot(&a[0], slf)? } else { slot(slf, &a[0])? }
            }
        })
    }
}

/// The builtin sequences whose `*` is repetition (CPython's sq_repeat).
fn is_sequence_type(t: &TypeObject) -> bool {
    use crate::types::*;
    [&str::STR_TYPE, &list::LIST_TYPE, &tuple::TUPLE_TYPE, &bytes::BYTES_TYPE, &bytearray::BYTEARRAY_TYPE].iter().any(|s| std::ptr::eq(t, *s))
}

fn wrapper_call(o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult {
    let w = as_slot_wrapper(o).ok_or_else(|| type_error("slot wrapper expected"))?;
    let Some((slf, rest)) = a.split_first() else {
        return Err(type_error(format!("descriptor '{}' of '{}' object needs an argument", w.name, w.owner.name())));
    };
    w.call_with_self(slf, rest, kw)
}

fn wrapper_repr(o: &Obj) -> PyResult {
    let w = as_slot_wrapper(o).ok_or_else(|| type_error("slot wrapper expected"))?;
    Ok(new_string(format!("<slot wrapper '{}' of '{}' objects>", w.name, w.owner.name())))
}

fn sw(o: &Obj) -> PyResult<&SlotWrapper> {
    as_slot_wrapper(o).ok_or_else(|| crate::error::type_error("wrapper_descriptor expected"))
}
fn sw_name(o: &Obj) -> PyResult {
    Ok(crate::types::str::new_str(sw(o)?.name))
}
fn sw_qualname(o: &Obj) -> PyResult {
    let w = sw(o)?;
    Ok(crate::types::str::new_string(format!("{}.{}", w.owner.name(), w.name)))
}
fn sw_objclass(o: &Obj) -> PyResult {
    Ok(sw(o)?.owner.as_obj())
}

static SLOT_WRAPPER_GETSETS: [crate::types::typeobj::GetSetDef; 3] = [
    crate::types::typeobj::GetSetDef { name: "__name__", get: sw_name },
    crate::types::typeobj::GetSetDef { name: "__qualname__", get: sw_qualname },
    crate::types::typeobj::GetSetDef { name: "__objclass__", get: sw_objclass },
];

pub static SLOT_WRAPPER_TYPE: TypeObject = TypeObject {
    getsets: &SLOT_WRAPPER_GETSETS,
    repr: Some(wrapper_repr),
    call: Some(wrapper_call),
    ..TypeObject::builtin("wrapper_descriptor", &crate::types::object::OBJECT_TYPE, dealloc_box::<SlotWrapper>)
};

/// Adds wrappers for `t`'s own slots (those not inherited unchanged from
/// its base, and not already defined as methods) to its dict.
pub fn add_wrappers(t: &'static TypeObject, d: &Obj) {
    // SAFETY: base pointers of builtin types point to statics (or are null).
    let base = if t.base.is_null() { None } else { Some(unsafe { &*t.base }) };
    for &(name, kind) in TABLE {
        if !has(t, kind) || crate::types::dict::get_str(d, &crate::types::str::istr(name)).is_some() {
            continue;
        }
        // `C[x]` is type's slot internally; CPython's type has no __getitem__.
        if matches!(kind, Kind::GetItem) && std::ptr::eq(t, &crate::types::typeobj::TYPE_TYPE) {
            continue;
        }
        // pyk's containers have a truth slot for speed; CPython's answer
        // through their length and have no __bool__ (range alone has one).
        if matches!(kind, Kind::Bool) && t.len.is_some() && !std::ptr::eq(t, &crate::types::range::RANGE_TYPE) {
            continue;
        }
        // A builtin sequence's `+` is CPython's sq_concat, which has no
        // reflected wrapper (`str.__radd__` does not exist).
        if name == "__radd__" && t.len.is_some() && t.getitem.is_some() {
            continue;
        }
        if let Some(b) = base {
            if has(b, kind) && same_slot(t, b, kind) {
                continue; // inherited: found on the base
            }
        }
        let w = alloc(SlotWrapper { header: crate::object::new_header(&SLOT_WRAPPER_TYPE), owner: t, kind, name });
        crate::types::dict::set_item_str(d, name, w);
    }
}

fn same_slot(a: &TypeObject, b: &TypeObject, k: Kind) -> bool {
    fn eq<T: Copy>(x: Option<T>, y: Option<T>, f: impl Fn(T) -> usize) -> bool {
        x.map(&f) == y.map(&f)
    }
    match k {
        Kind::Repr => eq(a.repr, b.repr, |f| f as usize),
        Kind::Str => eq(a.str, b.str, |f| f as usize),
        Kind::Hash => eq(a.hash, b.hash, |f| f as usize),
        Kind::Cmp(_) => eq(a.richcompare, b.richcompare, |f| f as usize),
        Kind::Call => eq(a.call, b.call, |f| f as usize),
        Kind::Iter => eq(a.iter, b.iter, |f| f as usize),
        Kind::Next => eq(a.next, b.next, |f| f as usize),
        Kind::Len => eq(a.len, b.len, |f| f as usize),
        Kind::GetItem => eq(a.getitem, b.getitem, |f| f as usize),
        Kind::SetItem | Kind::DelItem => eq(a.setitem, b.setitem, |f| f as usize),
        Kind::Contains => eq(a.contains, b.contains, |f| f as usize),
        Kind::Bool => eq(a.number.bool, b.number.bool, |f| f as usize),
        Kind::Neg => eq(a.number.neg, b.number.neg, |f| f as usize),
        Kind::Pos => eq(a.number.pos, b.number.pos, |f| f as usize),
        Kind::Invert => eq(a.number.invert, b.number.invert, |f| f as usize),
        Kind::Index => eq(a.number.index, b.number.index, |f| f as usize),
        Kind::Int => eq(a.number.int, b.number.int, |f| f as usize),
        Kind::Float => eq(a.number.float, b.number.float, |f| f as usize),
        Kind::Bin(f, _) => eq(f(&a.number), f(&b.number), |g| g as usize),
        Kind::Method(_) => false,
    }
}
