//! `range`, its iterator, and `slice`.

use std::sync::atomic::{AtomicI64, Ordering};

use pyk_abi::opcode::CompareOp;
use pyk_abi::value::ObjHeader;

use crate::error::{index_error, type_error, value_error, PyResult};
use crate::object::{alloc, dealloc_box, new_header, Obj};
use crate::types::int;
use crate::types::singletons::{bool_obj, none};
use crate::types::str::new_string;
use crate::types::typeobj::{GetSetDef, MethodDef, NumberSlots, TypeObject};

#[repr(C)]
pub struct RangeObject {
    pub header: ObjHeader,
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    /// Ranges whose bounds or length do not fit in i64 (then the i64 fields are unused).
    pub big: Option<Box<BigRange>>,
}

/// `range` with arbitrary-precision bounds (CPython's longrange).
pub struct BigRange {
    pub start: num_bigint::BigInt,
    pub stop: num_bigint::BigInt,
    pub step: num_bigint::BigInt,
}

impl BigRange {
    fn len(&self) -> num_bigint::BigInt {
        use num_bigint::BigInt;
        use num_traits::{Signed, Zero};
        let (lo, hi, step) = if self.step.is_positive() {
            (&self.start, &self.stop, self.step.clone())
        } else {
            (&self.stop, &self.start, -self.step.clone())
        };
        if lo >= hi {
            return BigInt::zero();
        }
        (hi - lo - 1u32) / step + 1u32
    }

    fn item(&self, i: &num_bigint::BigInt) -> num_bigint::BigInt {
        &self.start + i * &self.step
    }
}

fn big_range(start: num_bigint::BigInt, stop: num_bigint::BigInt, step: num_bigint::BigInt) -> Obj {
    alloc(RangeObject { header: new_header(&RANGE_TYPE), start: 0, stop: 0, step: 1, big: Some(Box::new(BigRange { start, stop, step })) })
}

/// Any range seen with arbitrary-precision bounds.
fn as_big(r: &RangeObject) -> BigRange {
    match &r.big {
        Some(b) => BigRange { start: b.start.clone(), stop: b.stop.clone(), step: b.step.clone() },
        None => BigRange { start: r.start.into(), stop: r.stop.into(), step: r.step.into() },
    }
}

/// A range of these bounds, small when they and its length fit in i64.
fn make_range(b: BigRange) -> Obj {
    use num_traits::ToPrimitive;
    match (b.start.to_i64(), b.stop.to_i64(), b.step.to_i64(), b.len().to_i64()) {
        (Some(start), Some(stop), Some(step), Some(_)) => alloc(RangeObject { header: new_header(&RANGE_TYPE), start, stop, step, big: None }),
        _ => big_range(b.start, b.stop, b.step),
    }
}

/// The index of `v` in the range, if it is an element.
fn big_position(b: &BigRange, v: &num_bigint::BigInt) -> Option<num_bigint::BigInt> {
    use num_traits::{Signed, Zero};
    let inside = if b.step.is_positive() { b.start <= *v && *v < b.stop } else { b.stop < *v && *v <= b.start };
    let off = v - &b.start;
    (inside && (&off % &b.step).is_zero()).then(|| off / &b.step)
}

fn overflow() -> crate::error::PyErr {
    crate::error::overflow_error("Python int too large to convert to C ssize_t")
}

impl RangeObject {
    pub fn len(&self) -> i64 {
        range_len(self.start, self.stop, self.step)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

fn range_len(start: i64, stop: i64, step: i64) -> i64 {
    range_len_i128(start, stop, step) as i64
}

fn range_len_i128(start: i64, stop: i64, step: i64) -> i128 {
    if step > 0 && start < stop {
        (stop as i128 - start as i128 - 1) / step as i128 + 1
    } else if step < 0 && start > stop {
        (start as i128 - stop as i128 - 1) / (-(step as i128)) + 1
    } else {
        0
    }
}

fn range_new(_t: &'static TypeObject, args: &[Obj], kw: Option<&Obj>) -> PyResult {
    crate::builtins::no_kwargs("range", kw)?;
    let index = |o: &Obj| crate::abstract_::index(o);
    let (start, stop, step) = match args {
        [stop] => (int::from_i64(0), index(stop)?, int::from_i64(1)),
        [start, stop] => (index(start)?, index(stop)?, int::from_i64(1)),
        [start, stop, step] => (index(start)?, index(stop)?, index(step)?),
        [] => return Err(type_error("range expected at least 1 argument, got 0")),
        _ => return Err(type_error(format!("range expected at most 3 arguments, got {}", args.len()))),
    };
    // Bounds or a length beyond i64: a big range.
    if let (Some(start), Some(stop), Some(step)) = (int::as_i64(&start), int::as_i64(&stop), int::as_i64(&step)) {
        if step == 0 {
            return Err(value_error("range() arg 3 must not be zero"));
        }
        if range_len_i128(start, stop, step) <= i64::MAX as i128 {
            return Ok(alloc(RangeObject { header: new_header(&RANGE_TYPE), start, stop, step, big: None }));
        }
    }
    let big = |o: &Obj| int::as_bigint(o).ok_or_else(|| type_error("range() requires integers"));
    let (start, stop, step) = (big(&start)?, big(&stop)?, big(&step)?);
    if num_traits::Zero::is_zero(&step) {
        return Err(value_error("range() arg 3 must not be zero"));
    }
    Ok(big_range(start, stop, step))
}

fn this(o: &Obj) -> &RangeObject {
    // SAFETY: only installed on RANGE_TYPE.
    unsafe { o.cast::<RangeObject>() }
}

fn range_repr(o: &Obj) -> PyResult {
    let r = this(o);
    if let Some(b) = &r.big {
        return Ok(new_string(if b.step == num_bigint::BigInt::from(1) {
            format!("range({}, {})", b.start, b.stop)
        } else {
            format!("range({}, {}, {})", b.start, b.stop, b.step)
        }));
    }
    Ok(new_string(if r.step == 1 {
        format!("range({}, {})", r.start, r.stop)
    } else {
        format!("range({}, {}, {})", r.start, r.stop, r.step)
    }))
}

fn range_len_slot(o: &Obj) -> PyResult<usize> {
    if let Some(b) = &this(o).big {
        return num_traits::ToPrimitive::to_i64(&b.len()).map(|n| n as usize).ok_or_else(overflow);
    }
    Ok(this(o).len() as usize)
}

fn range_getitem(o: &Obj, k: &Obj) -> PyResult {
    let r = this(o);
    if let Some(b) = &r.big {
        if let Some(sl) = as_slice(k) {
            let (start, stop, step) = sl.big_indices(&b.len())?;
            return Ok(make_range(BigRange { start: b.item(&start), stop: b.item(&stop), step: &b.step * step }));
        }
        if !int::is_int(k) && k.type_obj().number.index.is_none() && crate::abstract_::custom_index(k).is_none() {
            return Err(type_error(format!("range indices must be integers or slices, not {}", k.type_obj().name())));
        }
        let i = int::as_bigint(&crate::abstract_::index(k)?).ok_or_else(|| type_error("range indices must be integers"))?;
        let n = b.len();
        let j = if i < num_bigint::BigInt::from(0) { &i + &n } else { i };
        if j < num_bigint::BigInt::from(0) || j >= n {
            return Err(index_error("range object index out of range"));
        }
        return Ok(int::from_bigint(b.item(&j)));
    }
    if let Some(i) = int::as_i64(k) {
        let n = r.len();
        let j = if i < 0 { i + n } else { i };
        if j < 0 || j >= n {
            return Err(index_error("range object index out of range"));
        }
        return Ok(int::from_i64(r.start + j * r.step));
    }
    if int::is_int(k) {
        return Err(index_error("range object index out of range"));
    }
    if let Some(sl) = as_slice(k) {
        let (start, stop, step, _) = sl.adjust(r.len())?;
        let at = |i: i64| (r.start as i128 + i as i128 * r.step as i128) as i64;
        let step = (r.step as i128 * step as i128) as i64;
        return Ok(alloc(RangeObject { header: new_header(&RANGE_TYPE), start: at(start), stop: at(stop), step, big: None }));
    }
    if k.type_obj().number.index.is_some() {
        return range_getitem(o, &crate::abstract_::index(k)?);
    }
    if let Some(i) = crate::abstract_::custom_index(k) {
        return range_getitem(o, &i?);
    }
    Err(type_error(format!("range indices must be integers or slices, not {}", k.type_obj().name())))
}

/// The position of int `v` in the range, if it is an element.
fn position(r: &RangeObject, v: &int::IntVal) -> Option<i64> {
    let v = match v {
        int::IntVal::Small(v) => *v,
        int::IntVal::Big(_) => return None, // ranges hold only i64 values
    };
    let inside = if r.step > 0 { r.start <= v && v < r.stop } else { r.stop < v && v <= r.start };
    let off = v as i128 - r.start as i128;
    (inside && off % r.step as i128 == 0).then(|| (off / r.step as i128) as i64)
}

/// Exact int or bool: membership is arithmetic; anything else compares
/// with each element.
fn exact_int(x: &Obj) -> Option<int::IntVal<'_>> {
    let t = x.type_ptr();
    if std::ptr::eq(t, &int::INT_TYPE) || std::ptr::eq(t, &crate::types::singletons::BOOL_TYPE) || x.value().is_small_int() {
        int::int_val(x)
    } else {
        None
    }
}

fn range_contains(o: &Obj, x: &Obj) -> PyResult<bool> {
    let r = this(o);
    if let Some(b) = &r.big {
        let Some(v) = int::as_bigint(x) else { return Ok(false) };
        let inside = if b.step > num_bigint::BigInt::from(0) { b.start <= v && v < b.stop } else { b.stop < v && v <= b.start };
        return Ok(inside && num_integer::Integer::mod_floor(&(&v - &b.start), &b.step) == num_bigint::BigInt::from(0));
    }
    if let Some(v) = exact_int(x) {
        return Ok(position(r, &v).is_some());
    }
    let it = range_iter(o)?;
    while let Some(y) = range_iter_next(&it)? {
        if crate::abstract_::eq(&y, x)? {
            return Ok(true);
        }
    }
    Ok(false)
}

fn m_count(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    crate::builtins::no_kwargs("count", k)?;
    let [x] = a else { return Err(type_error(format!("range.count() takes exactly one argument ({} given)", a.len()))) };
    if let (Some(b), Some(_)) = (&this(s).big, exact_int(x)) {
        let v = int::as_bigint(x).expect("an int");
        return Ok(int::from_i64(big_position(b, &v).is_some() as i64));
    }
    if let Some(v) = exact_int(x) {
        return Ok(int::from_i64(position(this(s), &v).is_some() as i64));
    }
    let mut n = 0;
    let it = range_iter(s)?;
    while let Some(y) = crate::abstract_::next(&it)? {
        if crate::abstract_::eq(&y, x)? {
            n += 1;
        }
    }
    Ok(int::from_i64(n))
}

fn m_index(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    crate::builtins::no_kwargs("index", k)?;
    let [x] = a else { return Err(type_error(format!("range.index() takes exactly one argument ({} given)", a.len()))) };
    if let (Some(b), Some(_)) = (&this(s).big, exact_int(x)) {
        let v = int::as_bigint(x).expect("an int");
        return match big_position(b, &v) {
            Some(i) => Ok(int::from_bigint(i)),
            None => Err(value_error(format!("{v} is not in range"))),
        };
    }
    if let Some(v) = exact_int(x) {
        return match position(this(s), &v) {
            Some(i) => Ok(int::from_i64(i)),
            None => Err(value_error(format!("{} is not in range", int::int_to_string(&v)))),
        };
    }
    let it = range_iter(s)?;
    let mut i = 0;
    while let Some(y) = crate::abstract_::next(&it)? {
        if crate::abstract_::eq(&y, x)? {
            return Ok(int::from_i64(i));
        }
        i += 1;
    }
    Err(value_error("sequence.index(x): x not in sequence"))
}

fn m_reversed(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    int::no_args("range.__reversed__", a)?;
    let r = this(s);
    let b = as_big(r);
    let n = b.len();
    if !fast_reverse(r) {
        let last = if n > num_bigint::BigInt::from(0) { b.item(&(&n - 1u32)) } else { b.start.clone() };
        return Ok(alloc(LongRangeIter { header: new_header(&LONGRANGE_ITER_TYPE), state: std::sync::Mutex::new((last, n)), step: -b.step }));
    }
    let n = r.len();
    let last = (r.start as i128 + (n as i128 - 1) * r.step as i128) as i64;
    Ok(alloc(RangeIter {
        header: new_header(&RANGE_ITER_TYPE),
        next: AtomicI64::new(if n > 0 { last } else { r.start }),
        remaining: AtomicI64::new(n),
        step: r.step.wrapping_neg(),
    }))
}

/// `range.__reduce__()`: `(range, (start, stop, step))`.
fn m_range_reduce(o: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let args = crate::types::tuple::new_tuple(vec![g_start(o)?, g_stop(o)?, g_step(o)?]);
    Ok(crate::types::tuple::new_tuple(vec![RANGE_TYPE.as_obj(), args]))
}

static RANGE_METHODS: [MethodDef; 4] = [
    MethodDef { name: "__reduce__", func: m_range_reduce, doc: "Helper for pickle." },
    MethodDef { name: "count", func: m_count, doc: "rangeobject.count(value) -> integer -- return number of occurrences of value" },
    MethodDef { name: "index", func: m_index, doc: "rangeobject.index(value) -> integer -- return index of value." },
    MethodDef { name: "__reversed__", func: m_reversed, doc: "Iterate over the numbers from last to first." },
];

fn g_start(o: &Obj) -> PyResult {
    if let Some(b) = &this(o).big {
        return Ok(int::from_bigint(b.start.clone()));
    }
    Ok(int::from_i64(this(o).start))
}
fn g_stop(o: &Obj) -> PyResult {
    if let Some(b) = &this(o).big {
        return Ok(int::from_bigint(b.stop.clone()));
    }
    Ok(int::from_i64(this(o).stop))
}
fn g_step(o: &Obj) -> PyResult {
    if let Some(b) = &this(o).big {
        return Ok(int::from_bigint(b.step.clone()));
    }
    Ok(int::from_i64(this(o).step))
}

static RANGE_GETSETS: [GetSetDef; 3] = [
    GetSetDef { name: "start", get: g_start },
    GetSetDef { name: "stop", get: g_stop },
    GetSetDef { name: "step", get: g_step },
];

/// Ranges are equal when they hold the same sequence of values.
fn range_richcompare(a: &Obj, b: &Obj, op: CompareOp) -> PyResult {
    let same_type = |o: &Obj| std::ptr::eq(o.type_ptr(), &RANGE_TYPE);
    if !same_type(a) || !same_type(b) || !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(crate::types::not_implemented());
    }
    let (x, y) = (this(a), this(b));
    if x.big.is_some() || y.big.is_some() {
        let (x, y) = (as_big(x), as_big(y));
        let n = x.len();
        let one = num_bigint::BigInt::from(1);
        let equal = n == y.len() && (n == num_bigint::BigInt::from(0) || (x.start == y.start && (n == one || x.step == y.step)));
        return Ok(bool_obj(equal == (op == CompareOp::Eq)));
    }
    let n = x.len();
    let equal = n == y.len() && (n == 0 || (x.start == y.start && (n == 1 || x.step == y.step)));
    Ok(bool_obj(equal == (op == CompareOp::Eq)))
}

/// As CPython: the hash of (len, start, step), with start and step None
/// when they do not matter for equality.
fn range_hash(o: &Obj) -> PyResult<i64> {
    if let Some(b) = &this(o).big {
        let n = b.len();
        let t = crate::types::tuple::new_tuple(if n == num_bigint::BigInt::from(1) {
            vec![int::from_i64(1), int::from_bigint(b.start.clone()), none()]
        } else if n == num_bigint::BigInt::from(0) {
            vec![int::from_i64(0), none(), none()]
        } else {
            vec![int::from_bigint(n), int::from_bigint(b.start.clone()), int::from_bigint(b.step.clone())]
        });
        return crate::abstract_::hash(&t);
    }
    let r = this(o);
    let n = r.len();
    let t = crate::types::tuple::new_tuple(match n {
        0 => vec![int::from_i64(0), none(), none()],
        1 => vec![int::from_i64(1), int::from_i64(r.start), none()],
        _ => vec![int::from_i64(n), int::from_i64(r.start), int::from_i64(r.step)],
    });
    crate::abstract_::hash(&t)
}

/// Readies the range's extra types. Called once from `types::ready_all`.
pub fn ready_extra() {}

fn range_bool(o: &Obj) -> PyResult<bool> {
    if let Some(b) = &this(o).big {
        return Ok(b.len() > num_bigint::BigInt::from(0));
    }
    Ok(this(o).len() > 0)
}

/// The range iterator: `next` is the next value; `remaining` counts down.
#[repr(C)]
pub struct RangeIter {
    pub header: ObjHeader,
    pub next: AtomicI64,
    pub remaining: AtomicI64,
    pub step: i64,
}

impl RangeIter {
    /// The next value, or None when exhausted.
    #[inline(always)]
    pub fn advance(&self) -> Option<i64> {
        let rem = self.remaining.load(Ordering::Relaxed);
        if rem <= 0 {
            return None;
        }
        self.remaining.store(rem - 1, Ordering::Relaxed);
        let v = self.next.load(Ordering::Relaxed);
        self.next.store(v.wrapping_add(self.step), Ordering::Relaxed);
        Some(v)
    }
}

/// Whether CPython iterates a C-long range with its fast `range_iterator`:
/// the length fits, and `start + len * step` cannot overflow.
fn fast_forward(r: &RangeObject) -> bool {
    let (stop, step) = (r.stop, r.step);
    r.big.is_none()
        && (r.len() == 0 || if step > 0 { stop <= i64::MAX - (step - 1) } else { stop >= i64::MIN + (-1 - step) })
}

/// The same for `reversed(range)`: `-step` and `start - step` must not overflow.
fn fast_reverse(r: &RangeObject) -> bool {
    let (start, step) = (r.start, r.step);
    r.big.is_none()
        && step != i64::MIN
        && if step > 0 {
            (start as u64).wrapping_sub(i64::MIN as u64) >= step as u64
        } else {
            (i64::MAX as u64).wrapping_sub(start as u64) >= 0u64.wrapping_sub(step as u64)
        }
}

fn range_iter(o: &Obj) -> PyResult {
    let r = this(o);
    if !fast_forward(r) {
        let b = as_big(r);
        return Ok(alloc(LongRangeIter { header: new_header(&LONGRANGE_ITER_TYPE), state: std::sync::Mutex::new((b.start.clone(), b.len())), step: b.step }));
    }
    Ok(alloc(RangeIter {
        header: new_header(&RANGE_ITER_TYPE),
        next: AtomicI64::new(r.start),
        remaining: AtomicI64::new(r.len()),
        step: r.step,
    }))
}

fn range_iter_next(o: &Obj) -> PyResult<Option<Obj>> {
    // SAFETY: only installed on RANGE_ITER_TYPE.
    let it = unsafe { o.cast::<RangeIter>() };
    Ok(it.advance().map(int::from_i64))
}

pub static RANGE_TYPE: TypeObject = TypeObject {
    repr: Some(range_repr),
    len: Some(range_len_slot),
    getitem: Some(range_getitem),
    contains: Some(range_contains),
    iter: Some(range_iter),
    new: Some(range_new),
    richcompare: Some(range_richcompare),
    hash: Some(range_hash),
    methods: &RANGE_METHODS,
    getsets: &RANGE_GETSETS,
    number: NumberSlots { bool: Some(range_bool), ..NumberSlots::EMPTY },
    ..TypeObject::builtin("range", &crate::types::object::OBJECT_TYPE, dealloc_box::<RangeObject>)
};

/// Iterator over a big range: (next value, remaining count).
#[repr(C)]
pub struct LongRangeIter {
    pub header: ObjHeader,
    state: std::sync::Mutex<(num_bigint::BigInt, num_bigint::BigInt)>,
    step: num_bigint::BigInt,
}

fn longrange_next(o: &Obj) -> PyResult<Option<Obj>> {
    let it = o.downcast::<LongRangeIter>(&LONGRANGE_ITER_TYPE).ok_or_else(|| type_error("longrange_iterator expected"))?;
    let mut g = it.state.lock().unwrap_or_else(|e| e.into_inner());
    if g.1 <= num_bigint::BigInt::from(0) {
        return Ok(None);
    }
    let v = g.0.clone();
    g.0 = &g.0 + &it.step;
    g.1 -= 1u32;
    Ok(Some(int::from_bigint(v)))
}

pub static LONGRANGE_ITER_TYPE: TypeObject = TypeObject {
    methods: &LONGRANGE_ITER_METHODS,
    iter: Some(crate::types::list::self_iter),
    next: Some(longrange_next),
    ..TypeObject::builtin("longrange_iterator", &crate::types::object::OBJECT_TYPE, dealloc_box::<LongRangeIter>)
};

fn range_iter_length_hint(o: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let it = o.downcast::<RangeIter>(&RANGE_ITER_TYPE).ok_or_else(|| type_error("range_iterator expected"))?;
    Ok(int::from_i64(it.remaining.load(std::sync::atomic::Ordering::Relaxed).max(0)))
}

/// `(iter, (range(next, next + remaining*step, step),), None)`: what is
/// left, as CPython 3.13 pickles it.
fn iter_reduce_parts(next: num_bigint::BigInt, remaining: num_bigint::BigInt, step: num_bigint::BigInt) -> PyResult {
    let stop = &next + &remaining * &step;
    let r = crate::abstract_::call(&RANGE_TYPE.as_obj(), &[int::from_bigint(next), int::from_bigint(stop), int::from_bigint(step)], None)?;
    Ok(crate::types::tuple::new_tuple(vec![crate::types::list::builtin_fn("iter")?, crate::types::tuple::new_tuple(vec![r]), crate::types::none()]))
}

/// `__setstate__(n)`: skips `n` items (clamped to what is left).
fn skip_arg(a: &[Obj]) -> PyResult<num_bigint::BigInt> {
    let [n] = a else { return Err(type_error(format!("__setstate__() takes exactly one argument ({} given)", a.len()))) };
    Ok(int::as_bigint(&crate::abstract_::index(n)?).unwrap_or_default().max(num_bigint::BigInt::from(0)))
}

fn range_iter_reduce(o: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let it = o.downcast::<RangeIter>(&RANGE_ITER_TYPE).ok_or_else(|| type_error("range_iterator expected"))?;
    let rem = it.remaining.load(Ordering::Relaxed).max(0);
    iter_reduce_parts(it.next.load(Ordering::Relaxed).into(), rem.into(), it.step.into())
}

fn range_iter_setstate(o: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let it = o.downcast::<RangeIter>(&RANGE_ITER_TYPE).ok_or_else(|| type_error("range_iterator expected"))?;
    let rem = it.remaining.load(Ordering::Relaxed).max(0);
    let n = num_traits::ToPrimitive::to_i64(&skip_arg(a)?).unwrap_or(i64::MAX).min(rem);
    it.remaining.store(rem - n, Ordering::Relaxed);
    it.next.store(it.next.load(Ordering::Relaxed).wrapping_add(n.wrapping_mul(it.step)), Ordering::Relaxed);
    Ok(crate::types::none())
}

static RANGE_ITER_METHODS: [MethodDef; 3] = [
    MethodDef { name: "__length_hint__", func: range_iter_length_hint, doc: "Hint at how many items are left; used to presize results." },
    MethodDef { name: "__reduce__", func: range_iter_reduce, doc: "Give pickle the data to rebuild this object." },
    MethodDef { name: "__setstate__", func: range_iter_setstate, doc: "Restore the position saved by __reduce__." },
];

fn longrange_reduce(o: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let it = o.downcast::<LongRangeIter>(&LONGRANGE_ITER_TYPE).ok_or_else(|| type_error("longrange_iterator expected"))?;
    let (next, rem) = it.state.lock().unwrap_or_else(|e| e.into_inner()).clone();
    iter_reduce_parts(next, rem.max(num_bigint::BigInt::from(0)), it.step.clone())
}

fn longrange_setstate(o: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let it = o.downcast::<LongRangeIter>(&LONGRANGE_ITER_TYPE).ok_or_else(|| type_error("longrange_iterator expected"))?;
    let n = skip_arg(a)?;
    let mut g = it.state.lock().unwrap_or_else(|e| e.into_inner());
    let n = n.min(g.1.clone().max(num_bigint::BigInt::from(0)));
    g.0 = &g.0 + &n * &it.step;
    g.1 = &g.1 - &n;
    Ok(crate::types::none())
}

fn longrange_length_hint(o: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let it = o.downcast::<LongRangeIter>(&LONGRANGE_ITER_TYPE).ok_or_else(|| type_error("longrange_iterator expected"))?;
    let rem = it.state.lock().unwrap_or_else(|e| e.into_inner()).1.clone();
    Ok(int::from_bigint(rem.max(num_bigint::BigInt::from(0))))
}

static LONGRANGE_ITER_METHODS: [MethodDef; 3] = [
    MethodDef { name: "__length_hint__", func: longrange_length_hint, doc: "Hint at how many items are left; used to presize results." },
    MethodDef { name: "__reduce__", func: longrange_reduce, doc: "Give pickle the data to rebuild this object." },
    MethodDef { name: "__setstate__", func: longrange_setstate, doc: "Restore the position saved by __reduce__." },
];

pub static RANGE_ITER_TYPE: TypeObject = TypeObject {
    methods: &RANGE_ITER_METHODS,
    iter: Some(crate::types::list::self_iter),
    next: Some(range_iter_next),
    ..TypeObject::builtin("range_iterator", &crate::types::object::OBJECT_TYPE, dealloc_box::<RangeIter>)
};

#[repr(C)]
pub struct SliceObject {
    pub header: ObjHeader,
    pub start: Obj,
    pub stop: Obj,
    pub step: Obj,
}

pub fn new_slice(start: Obj, stop: Obj, step: Obj) -> Obj {
    alloc(SliceObject { header: new_header(&SLICE_TYPE), start, stop, step })
}

pub fn as_slice(o: &Obj) -> Option<&SliceObject> {
    o.downcast::<SliceObject>(&SLICE_TYPE)
}

impl SliceObject {
    /// Clamped (start, stop) for a step-1 slice of a sequence of length `n`.
    pub fn bounds(&self, n: usize) -> PyResult<(usize, usize)> {
        let get = |o: &Obj, dflt: usize| -> PyResult<usize> {
            if crate::types::is_none(o) {
                return Ok(dflt);
            }
            let i = crate::abstract_::slice_index(o)?;
            let v = int::as_i64(&i).unwrap_or(if int::as_bigint(&i).map(|b| b.sign() == num_bigint::Sign::Minus).unwrap_or(false) { i64::MIN / 2 } else { i64::MAX / 2 });
            let n = n as i64;
            Ok(if v < 0 { (v + n).max(0) as usize } else { v.min(n) as usize })
        };
        Ok((get(&self.start, 0)?, get(&self.stop, n)?))
    }

    /// (start, stop, step, length) of this slice applied to a sequence of
    /// length `n`, clamped as CPython's slice.indices().
    pub fn adjust(&self, n: i64) -> PyResult<(i64, i64, i64, i64)> {
        let get = |o: &Obj| -> PyResult<Option<i64>> {
            if crate::types::is_none(o) {
                return Ok(None);
            }
            let i = crate::abstract_::slice_index(o)?;
            Ok(Some(int::as_i64(&i).unwrap_or(if int::as_bigint(&i).is_some_and(|b| b.sign() == num_bigint::Sign::Minus) { i64::MIN / 4 } else { i64::MAX / 4 })))
        };
        let step = get(&self.step)?.unwrap_or(1);
        if step == 0 {
            return Err(value_error("slice step cannot be zero"));
        }
        let (lo, hi) = if step > 0 { (0, n) } else { (-1, n - 1) };
        let clamp = |v: Option<i64>, dflt: i64| match v {
            None => dflt,
            Some(v) if v < 0 => (v + n).max(lo),
            Some(v) => v.min(hi),
        };
        let (start, stop) = if step > 0 { (clamp(get(&self.start)?, lo), clamp(get(&self.stop)?, hi)) } else { (clamp(get(&self.start)?, hi), clamp(get(&self.stop)?, lo)) };
        Ok((start, stop, step, range_len(start, stop, step)))
    }

    /// (start, stop, step) of this slice over a length of any size, clamped
    /// as CPython's slice.indices() (and range slicing) do.
    pub fn big_indices(&self, n: &num_bigint::BigInt) -> PyResult<(num_bigint::BigInt, num_bigint::BigInt, num_bigint::BigInt)> {
        use num_bigint::BigInt;
        use num_traits::{Signed, Zero};
        let get = |o: &Obj| -> PyResult<Option<BigInt>> {
            if crate::types::is_none(o) {
                return Ok(None);
            }
            let i = crate::abstract_::slice_index(o)?;
            Ok(int::as_bigint(&i))
        };
        let step = get(&self.step)?.unwrap_or_else(|| BigInt::from(1));
        if step.is_zero() {
            return Err(value_error("slice step cannot be zero"));
        }
        let neg = step.is_negative();
        let (lo, hi) = if neg { (BigInt::from(-1), n - 1u32) } else { (BigInt::zero(), n.clone()) };
        let clamp = |v: Option<BigInt>, dflt: &BigInt| match v {
            None => dflt.clone(),
            Some(v) if v.is_negative() => (v + n).max(lo.clone()),
            Some(v) => v.min(hi.clone()),
        };
        let (start, stop) = if neg { (clamp(get(&self.start)?, &hi), clamp(get(&self.stop)?, &lo)) } else { (clamp(get(&self.start)?, &lo), clamp(get(&self.stop)?, &hi)) };
        Ok((start, stop, step))
    }

    /// The indices this slice selects from a sequence of length `n`.
    pub fn indices(&self, n: usize) -> PyResult<Vec<usize>> {
        let get = |o: &Obj| -> PyResult<Option<i64>> {
            if crate::types::is_none(o) {
                return Ok(None);
            }
            let i = crate::abstract_::slice_index(o)?;
            Ok(Some(int::as_i64(&i).unwrap_or(if int::as_bigint(&i).map(|b| b.sign() == num_bigint::Sign::Minus).unwrap_or(false) { i64::MIN / 2 } else { i64::MAX / 2 })))
        };
        let step = get(&self.step)?.unwrap_or(1);
        if step == 0 {
            return Err(value_error("slice step cannot be zero"));
        }
        let n = n as i64;
        let clamp = |v: Option<i64>, dflt: i64, lo: i64, hi: i64| match v {
            None => dflt,
            Some(v) if v < 0 => (v + n).max(lo),
            Some(v) => v.min(hi),
        };
        let (start, stop) = if step > 0 {
            (clamp(get(&self.start)?, 0, 0, n), clamp(get(&self.stop)?, n, 0, n))
        } else {
            (clamp(get(&self.start)?, n - 1, -1, n - 1), clamp(get(&self.stop)?, -1, -1, n - 1))
        };
        let mut out = Vec::new();
        let mut i = start;
        while (step > 0 && i < stop) || (step < 0 && i > stop) {
            out.push(i as usize);
            // A step near sys.maxsize leaves the range in one step.
            match i.checked_add(step) {
                Some(next) => i = next,
                None => break,
            }
        }
        Ok(out)
    }
}

fn slice_repr(o: &Obj) -> PyResult {
    let s = as_slice(o).ok_or_else(|| type_error("slice expected"))?;
    Ok(new_string(format!(
        "slice({}, {}, {})",
        crate::abstract_::repr_string(&s.start)?,
        crate::abstract_::repr_string(&s.stop)?,
        crate::abstract_::repr_string(&s.step)?
    )))
}

fn slice_new(_t: &'static TypeObject, args: &[Obj], kw: Option<&Obj>) -> PyResult {
    crate::builtins::no_kwargs("slice", kw)?;
    match args {
        [stop] => Ok(new_slice(none(), stop.clone(), none())),
        [a, b] => Ok(new_slice(a.clone(), b.clone(), none())),
        [a, b, c] => Ok(new_slice(a.clone(), b.clone(), c.clone())),
        [] => Err(type_error("slice expected at least 1 argument, got 0")),
        _ => Err(type_error(format!("slice expected at most 3 arguments, got {}", args.len()))),
    }
}

/// Slices compare (and hash) as the tuple `(start, stop, step)`.
fn slice_eq(a: &Obj, b: &Obj, op: pyk_abi::opcode::CompareOp) -> PyResult {
    match (as_slice(a), as_slice(b)) {
        (Some(x), Some(y)) => {
            let xs = [x.start.clone(), x.stop.clone(), x.step.clone()];
            let ys = [y.start.clone(), y.stop.clone(), y.step.clone()];
            Ok(bool_obj(crate::abstract_::compare_sequences(&xs, &ys, op)?))
        }
        _ => Ok(crate::types::not_implemented()),
    }
}

fn slice_hash(o: &Obj) -> PyResult<i64> {
    let s = this_slice(o)?;
    crate::abstract_::hash(&crate::types::tuple::new_tuple(vec![s.start.clone(), s.stop.clone(), s.step.clone()]))
}

fn this_slice(o: &Obj) -> PyResult<&SliceObject> {
    as_slice(o).ok_or_else(|| type_error("slice expected"))
}
fn sl_start(o: &Obj) -> PyResult {
    Ok(this_slice(o)?.start.clone())
}
fn sl_stop(o: &Obj) -> PyResult {
    Ok(this_slice(o)?.stop.clone())
}
fn sl_step(o: &Obj) -> PyResult {
    Ok(this_slice(o)?.step.clone())
}
fn m_slice_indices(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let [n] = a else { return Err(type_error(format!("slice.indices() takes exactly one argument ({} given)", a.len()))) };
    let n = crate::abstract_::index(n)?;
    let n = match int::as_i64(&n) {
        Some(v) if v < 0 => return Err(value_error("length should not be negative")),
        Some(v) => v,
        None if int::as_bigint(&n).is_some_and(|b| b.sign() == num_bigint::Sign::Minus) => return Err(value_error("length should not be negative")),
        None => {
            let (start, stop, step) = this_slice(s)?.big_indices(&int::as_bigint(&n).expect("an int"))?;
            return Ok(crate::types::tuple::new_tuple(vec![int::from_bigint(start), int::from_bigint(stop), int::from_bigint(step)]));
        }
    };
    let sl = this_slice(s)?;
    let big = |o: &Obj| int::is_int(o) && int::as_i64(o).is_none();
    if big(&sl.start) || big(&sl.stop) || big(&sl.step) {
        // bounds beyond i64 (a step of 2**70 stays that step)
        let (start, stop, step) = sl.big_indices(&num_bigint::BigInt::from(n))?;
        return Ok(crate::types::tuple::new_tuple(vec![int::from_bigint(start), int::from_bigint(stop), int::from_bigint(step)]));
    }
    let (start, stop, step, _) = sl.adjust(n)?;
    Ok(crate::types::tuple::new_tuple(vec![int::from_i64(start), int::from_i64(stop), int::from_i64(step)]))
}

/// `slice.__reduce__()`: `(slice, (start, stop, step))`.
fn m_slice_reduce(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    int::no_args("slice.__reduce__", a)?;
    let sl = this_slice(s)?;
    let args = crate::types::tuple::new_tuple(vec![sl.start.clone(), sl.stop.clone(), sl.step.clone()]);
    Ok(crate::types::tuple::new_tuple(vec![SLICE_TYPE.as_obj(), args]))
}

static SLICE_METHODS: [MethodDef; 2] = [
    MethodDef { name: "indices", func: m_slice_indices, doc: "" },
    MethodDef { name: "__reduce__", func: m_slice_reduce, doc: "Give pickle the data to rebuild this object." },
];
static SLICE_GETSETS: [GetSetDef; 3] = [
    GetSetDef { name: "start", get: sl_start },
    GetSetDef { name: "stop", get: sl_stop },
    GetSetDef { name: "step", get: sl_step },
];

pub static SLICE_TYPE: TypeObject = TypeObject {
    methods: &SLICE_METHODS,
    getsets: &SLICE_GETSETS,
    repr: Some(slice_repr),
    new: Some(slice_new),
    richcompare: Some(slice_eq),
    hash: Some(slice_hash),
    ..TypeObject::builtin("slice", &crate::types::object::OBJECT_TYPE, dealloc_box::<SliceObject>)
};
