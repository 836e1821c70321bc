//! The `math` module, with CPython 3.13's names, signatures, results and
//! error messages.
//!
//! Floats are computed with the platform's libm, as CPython does. Integer
//! functions work on i64 arguments; results beyond i64 are built exactly
//! (see [`bignum`]). Where CPython accepts an int beyond i64 and this module
//! does not, the kernel's OverflowError ("Python int too large to convert to
//! C long") is raised instead.

mod bignum;
mod libm;
mod sums;

use pyk_sdk::prelude::*;

use bignum::BigUint;

const MODULE: &str = "math";

fn domain_error() -> PyErr {
    PyErr::value_error("math domain error")
}
fn range_error() -> PyErr {
    PyErr::overflow_error("math range error")
}

/// CPython's rule for a function of one float: a NaN from a non-NaN is a
/// domain error; an infinity from a finite is a range error when the function
/// can overflow, a domain error (a pole) otherwise.
fn check_1(x: f64, r: f64, can_overflow: bool) -> PyResult<f64> {
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow { range_error() } else { domain_error() });
    }
    Ok(r)
}

/// The C library's cbrt, which CPython's math.cbrt calls (its results are
/// not always correctly rounded, and CPython shows them as they are).
fn c_cbrt(x: f64) -> f64 {
    type CFn = extern "C" fn(f64) -> f64;
    // The symbol `cbrt` inside this library may be Rust's own; take the C
    // math library's explicitly.
    static CBRT: std::sync::OnceLock<Option<CFn>> = std::sync::OnceLock::new();
    let f = CBRT.get_or_init(|| {
        // SAFETY: dlopen/dlsym with NUL-terminated names; a found `cbrt` in
        // libm.so.6 has the C signature double(double).
        unsafe {
            let h = libc::dlopen(c"libm.so.6".as_ptr(), libc::RTLD_LAZY);
            if h.is_null() {
                return None;
            }
            let sym = libc::dlsym(h, c"cbrt".as_ptr());
            (!sym.is_null()).then(|| std::mem::transmute::<*mut libc::c_void, CFn>(sym))
        }
    });
    match f {
        Some(f) => f(x),
        None => x.cbrt(),
    }
}

macro_rules! float_fns {
    ($($name:ident = $f:expr, $overflow:expr;)*) => {
        $(
            fn $name(args: Args) -> PyResult<f64> {
                let x = args.one()?.to_f64()?;
                check_1(x, $f(x), $overflow)
            }
        )*
    };
}

float_fns! {
    sqrt = f64::sqrt, false;
    cbrt = c_cbrt, false;
    exp = f64::exp, true;
    exp2 = f64::exp2, true;
    expm1 = f64::exp_m1, true;
    fabs = f64::abs, false;
    sin = f64::sin, false;
    cos = f64::cos, false;
    tan = f64::tan, false;
    asin = f64::asin, false;
    acos = f64::acos, false;
    atan = f64::atan, false;
    sinh = f64::sinh, true;
    cosh = f64::cosh, true;
    tanh = f64::tanh, false;
    asinh = libm::asinh, false;
    acosh = libm::acosh, false;
    atanh = libm::atanh, false;
    log1p = f64::ln_1p, false;
    erf = libm::erf, false;
    erfc = libm::erfc, false;
}

fn degrees(args: Args) -> PyResult<f64> {
    Ok(args.one()?.to_f64()? * (180.0 / std::f64::consts::PI))
}
fn radians(args: Args) -> PyResult<f64> {
    Ok(args.one()?.to_f64()? * (std::f64::consts::PI / 180.0))
}
fn isfinite(args: Args) -> PyResult<bool> {
    Ok(args.one()?.to_f64()?.is_finite())
}
fn isinf(args: Args) -> PyResult<bool> {
    Ok(args.one()?.to_f64()?.is_infinite())
}
fn isnan(args: Args) -> PyResult<bool> {
    Ok(args.one()?.to_f64()?.is_nan())
}

fn gamma(args: Args) -> PyResult<f64> {
    let x = args.one()?.to_f64()?;
    if x.is_nan() || x == f64::INFINITY {
        return Ok(x);
    }
    if x == f64::NEG_INFINITY || x == 0.0 || (x < 0.0 && x == x.floor()) {
        return Err(domain_error());
    }
    let r = libm::tgamma(x);
    if r.is_infinite() {
        return Err(range_error());
    }
    Ok(r)
}

fn lgamma(args: Args) -> PyResult<f64> {
    let x = args.one()?.to_f64()?;
    if x.is_nan() {
        return Ok(x);
    }
    if x.is_infinite() {
        return Ok(f64::INFINITY);
    }
    if x <= 0.0 && x == x.floor() {
        return Err(domain_error());
    }
    let r = libm::lgamma(x);
    if r.is_infinite() {
        return Err(range_error());
    }
    Ok(r)
}

// --- logarithms ---

/// `func(x)` for CPython's `loghelper`: ints of any size (one too big for a
/// float as `m * 2**e` with m in [0.5, 1), as `_PyLong_Frexp`; no decimal
/// conversion, so no digit limit), domain errors for x <= 0.
fn log_of(x: &PyAny, func: fn(f64) -> f64) -> PyResult<f64> {
    if x.is_int() {
        if x.compare(&PyObj::from(0i64), ops::LE)? {
            return Err(domain_error());
        }
        match x.to_f64() {
            Ok(v) => return Ok(func(v)),
            Err(e) if !e.matches(ExcKind::OverflowError) => return Err(e),
            Err(_) => {}
        }
        let bits = x.call_method("bit_length", &[])?.to_i64()?;
        let top = x.binary_op(&PyObj::from(bits - 64), ops::RSHIFT)?.to_f64()?;
        let m = top / 2f64.powi(64);
        return Ok(func(m) + func(2.0) * bits as f64);
    }
    let v = x.to_f64()?;
    if v.is_nan() || v == f64::INFINITY {
        return Ok(v);
    }
    if v <= 0.0 {
        return Err(domain_error());
    }
    Ok(func(v))
}

fn log(args: Args) -> PyResult<f64> {
    let a = args.range(1, 2)?;
    let num = log_of(&a[0], f64::ln)?;
    if let Some(base) = a.get(1) {
        let den = log_of(base, f64::ln)?;
        if den == 0.0 {
            return Err(PyErr::zero_division_error("float division by zero"));
        }
        return Ok(num / den);
    }
    Ok(num)
}
fn log2(args: Args) -> PyResult<f64> {
    log_of(args.one()?, f64::log2)
}
fn log10(args: Args) -> PyResult<f64> {
    log_of(args.one()?, f64::log10)
}

// --- functions of two or three floats ---

fn pow(args: Args) -> PyResult<f64> {
    let [x, y] = args.exact::<2>()?;
    let (x, y) = (x.to_f64()?, y.to_f64()?);
    let r = x.powf(y);
    if x.is_finite() && y.is_finite() && !r.is_finite() {
        if r.is_nan() || x == 0.0 {
            return Err(domain_error());
        }
        return Err(range_error());
    }
    Ok(r)
}

fn atan2(args: Args) -> PyResult<f64> {
    let [y, x] = args.exact::<2>()?;
    Ok(y.to_f64()?.atan2(x.to_f64()?))
}

fn copysign(args: Args) -> PyResult<f64> {
    let [x, y] = args.exact::<2>()?;
    Ok(x.to_f64()?.copysign(y.to_f64()?))
}

fn fmod(args: Args) -> PyResult<f64> {
    let [x, y] = args.exact::<2>()?;
    let (x, y) = (x.to_f64()?, y.to_f64()?);
    if y.is_infinite() && x.is_finite() {
        return Ok(x);
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error());
    }
    Ok(r)
}

fn fma(args: Args) -> PyResult<f64> {
    let [x, y, z] = args.exact::<3>()?;
    let (x, y, z) = (x.to_f64()?, y.to_f64()?, z.to_f64()?);
    let r = x.mul_add(y, z);
    if !r.is_finite() {
        if r.is_nan() {
            if !x.is_nan() && !y.is_nan() && !z.is_nan() {
                return Err(PyErr::value_error("invalid operation in fma"));
            }
        } else if x.is_finite() && y.is_finite() && z.is_finite() {
            return Err(PyErr::overflow_error("overflow in fma"));
        }
    }
    Ok(r)
}

/// IEEE 754 remainder: `x - n*y` with `n` the integer nearest `x/y` (ties to even).
fn remainder(args: Args) -> PyResult<f64> {
    let [x, y] = args.exact::<2>()?;
    let (x, y) = (x.to_f64()?, y.to_f64()?);
    if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            return Err(domain_error());
        }
        let (ax, ay) = (x.abs(), y.abs());
        let m = ax % ay;
        let c = ay - m;
        let r = if m < c {
            m
        } else if m > c {
            -c
        } else {
            // Half-way: the quotient rounds to the even integer.
            m - 2.0 * ((0.5 * (ax - m)) % ay)
        };
        return Ok(1.0f64.copysign(x) * r);
    }
    if x.is_nan() {
        return Ok(x);
    }
    if y.is_nan() {
        return Ok(y);
    }
    if x.is_infinite() {
        return Err(domain_error());
    }
    Ok(x)
}

/// The float next to `x` in the direction of `y`.
fn next_toward(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return x + y;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let b = x.to_bits();
    let up = (y > x) == (x > 0.0);
    f64::from_bits(if up { b + 1 } else { b - 1 })
}

/// `nextafter(x, y, /, *, steps=None)`.
fn nextafter(args: Args) -> PyResult<f64> {
    let sig = Signature { name: "nextafter", params: &["x", "y", "steps"], posonly: 2, kwonly: 2, required: 2, required_kwonly: 0 };
    let v = args.bind(&sig)?;
    let (Some(x), Some(y)) = (v[0], v[1]) else { return Err(PyErr::system_error("missing nextafter arguments")) };
    let (x, y) = (x.to_f64()?, y.to_f64()?);
    let steps: u64 = match v[2] {
        Some(s) if !s.is_none() => {
            if !s.is_int() {
                return Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", s.type_name()?)));
            }
            if pyk_sdk::convert::int_to_decimal(s)?.starts_with('-') {
                return Err(PyErr::value_error("steps must be a non-negative integer"));
            }
            // Beyond i64 the count is as good as infinite (y is reached).
            s.to_i64().map(|n| n as u64).unwrap_or(u64::MAX)
        }
        _ => return Ok(next_toward(x, y)),
    };
    Ok(step_toward(x, y, steps))
}

/// `x` moved `steps` representable doubles toward `y` (stopping at `y`),
/// computed on the bit patterns, which are ordered as the magnitudes are.
fn step_toward(x: f64, y: f64, steps: u64) -> f64 {
    if steps == 0 || x.is_nan() {
        return x;
    }
    if y.is_nan() {
        return y;
    }
    let (ux, uy) = (x.to_bits(), y.to_bits());
    if ux == uy {
        return x;
    }
    const SIGN: u64 = 1 << 63;
    let (ax, ay) = (ux & !SIGN, uy & !SIGN);
    if (ux ^ uy) & SIGN != 0 {
        // Opposite signs: down to zero, then up on y's side.
        if ax + ay <= steps {
            y
        } else if ax < steps {
            f64::from_bits((uy & SIGN) | (steps - ax))
        } else {
            f64::from_bits(ux - steps)
        }
    } else if ax > ay {
        if ax - ay >= steps { f64::from_bits(ux - steps) } else { y }
    } else if ay - ax >= steps {
        f64::from_bits(ux + steps)
    } else {
        y
    }
}

/// The value of the least significant bit of `x`.
fn ulp(args: Args) -> PyResult<f64> {
    let x = args.one()?.to_f64()?;
    if x.is_nan() {
        return Ok(x);
    }
    let x = x.abs();
    if x.is_infinite() {
        return Ok(x);
    }
    let up = next_toward(x, f64::INFINITY);
    if up.is_infinite() {
        return Ok(x - next_toward(x, f64::NEG_INFINITY));
    }
    Ok(up - x)
}

/// `sumprod(p, q)`, along CPython's three paths: pairs of exact ints are
/// summed in an i64 while nothing overflows; pairs of exact floats (or an
/// exact float with an exact int or a bool) as the correctly rounded sum of
/// the exact products (each split exactly with fma); everything else, and
/// all that follows, with `+` and `*`. A path that gives up adds what it
/// gathered to the running total first.
fn sumprod(args: Args) -> PyResult<PyObj> {
    let [p, q] = args.exact::<2>()?;
    let (p, q) = (p.iter_items()?, q.iter_items()?);
    let (int_t, float_t, bool_t) = (pyk_sdk::types::int_type(), pyk_sdk::types::float_type(), pyk_sdk::types::bool_type());
    let mut total = PyObj::from(0i64);
    let (mut int_path, mut int_total, mut int_used) = (true, 0i64, false);
    let (mut flt_path, mut flt_parts, mut flt_approx): (bool, Vec<f64>, f64) = (true, Vec::new(), 0.0);
    let n = p.len().min(q.len());
    for i in 0..=n {
        let finished = i == n;
        if finished && p.len() != q.len() {
            return Err(PyErr::value_error("Inputs are not the same length"));
        }
        let pair = (!finished).then(|| (&p[i], &q[i]));
        if int_path {
            if let Some((a, b)) = pair.filter(|(a, b)| a.is_exact_instance(&int_t) && b.is_exact_instance(&int_t)) {
                let sum = match (a.to_i64(), b.to_i64()) {
                    (Ok(x), Ok(y)) => x.checked_mul(y).and_then(|m| int_total.checked_add(m)),
                    _ => None,
                };
                if let Some(t) = sum {
                    int_total = t;
                    int_used = true;
                    continue;
                }
            }
            int_path = false;
            if int_used {
                total = total.binary_op(&PyObj::from(int_total), ops::ADD)?;
                int_used = false;
            }
        }
        if flt_path {
            if let Some((a, b)) = pair {
                let as_factor = |o: &PyAny| -> Option<f64> {
                    if o.is_exact_instance(&int_t) || o.is_exact_instance(&bool_t) {
                        // An int too large for a double leaves the path.
                        o.to_f64().ok()
                    } else {
                        None
                    }
                };
                let (fa, fb) = (a.is_exact_instance(&float_t), b.is_exact_instance(&float_t));
                let xy = match (fa, fb) {
                    (true, true) => Some((a.to_f64()?, b.to_f64()?)),
                    (true, false) => as_factor(b).map(|y| (a.to_f64().unwrap_or(f64::NAN), y)),
                    (false, true) => as_factor(a).map(|x| (x, b.to_f64().unwrap_or(f64::NAN))),
                    _ => None,
                };
                if let Some((x, y)) = xy {
                    let hi = x * y;
                    if (flt_approx + hi).is_finite() {
                        flt_approx += hi;
                        flt_parts.push(hi);
                        flt_parts.push(x.mul_add(y, -hi));
                        continue;
                    }
                }
            }
            flt_path = false;
            if !flt_parts.is_empty() {
                let v = sums::fsum(std::mem::take(&mut flt_parts)).map_err(|_| PyErr::overflow_error("intermediate overflow in sumprod"))?;
                total = total.binary_op(&PyObj::from(v), ops::ADD)?;
            }
        }
        let Some((a, b)) = pair else { break };
        let prod = a.binary_op(b, ops::MUL)?;
        total = total.binary_op(&prod, ops::ADD)?;
    }
    Ok(total)
}

fn modf(args: Args) -> PyResult<(f64, f64)> {
    let x = args.one()?.to_f64()?;
    if x.is_infinite() {
        return Ok((0.0f64.copysign(x), x));
    }
    if x.is_nan() {
        return Ok((x, x));
    }
    let int = x.trunc();
    Ok(((x - int).copysign(x), int))
}

fn frexp(args: Args) -> PyResult<(f64, i64)> {
    let x = args.one()?.to_f64()?;
    if x.is_nan() || x.is_infinite() || x == 0.0 {
        return Ok((x, 0));
    }
    let (m, e) = libm::frexp(x);
    Ok((m, e as i64))
}

fn ldexp(args: Args) -> PyResult<f64> {
    let [x, i] = args.exact::<2>()?;
    let x = x.to_f64()?;
    if !i.is_int() {
        return Err(PyErr::type_error("Expected an int as second argument to ldexp."));
    }
    let e = match i.to_i64() {
        Ok(e) => e,
        Err(err) => {
            // An int that does not fit i64: only its sign matters.
            drop(err);
            if pyk_sdk::convert::int_to_decimal(i)?.starts_with('-') {
                i64::MIN
            } else {
                i64::MAX
            }
        }
    };
    if x == 0.0 || !x.is_finite() {
        return Ok(x);
    }
    let r = libm::ldexp(x, e);
    if r.is_infinite() {
        return Err(range_error());
    }
    Ok(r)
}

fn hypot(args: Args) -> PyResult<f64> {
    let xs = args.varargs()?.iter().map(PyAny::to_f64).collect::<PyResult<Vec<f64>>>()?;
    Ok(sums::vector_norm(&xs))
}

fn dist(args: Args) -> PyResult<f64> {
    let [p, q] = args.exact::<2>()?;
    let p = p.iter_items()?;
    let q = q.iter_items()?;
    if p.len() != q.len() {
        return Err(PyErr::value_error("both points must have the same number of dimensions"));
    }
    let mut diffs = Vec::with_capacity(p.len());
    for (a, b) in p.iter().zip(&q) {
        diffs.push(a.to_f64()? - b.to_f64()?);
    }
    Ok(sums::vector_norm(&diffs))
}

fn isclose(args: Args) -> PyResult<bool> {
    const SIG: Signature =
        Signature { name: "isclose", params: &["a", "b", "rel_tol", "abs_tol"], posonly: 0, kwonly: 2, required: 2, required_kwonly: 0 };
    let v = args.bind(&SIG)?;
    let a = v[0].map(PyAny::to_f64).transpose()?.unwrap_or(0.0);
    let b = v[1].map(PyAny::to_f64).transpose()?.unwrap_or(0.0);
    let rel_tol = v[2].map(PyAny::to_f64).transpose()?.unwrap_or(1e-9);
    let abs_tol = v[3].map(PyAny::to_f64).transpose()?.unwrap_or(0.0);
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(PyErr::value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(true);
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(false);
    }
    let diff = (b - a).abs();
    Ok(diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol)
}

fn fsum(args: Args) -> PyResult<f64> {
    let items = args.one()?.iter_items()?;
    let mut xs = Vec::with_capacity(items.len());
    for it in &items {
        xs.push(it.to_f64()?);
    }
    sums::fsum(xs).map_err(|e| match e {
        sums::FsumError::Overflow => PyErr::overflow_error("intermediate overflow in fsum"),
        sums::FsumError::InfMinusInf => PyErr::value_error("-inf + inf in fsum"),
    })
}

// --- rounding to int ---

/// An int from an integral float (any magnitude), with CPython's errors for
/// NaN and infinities.
fn int_from_float(f: f64) -> PyResult<PyObj> {
    if f.is_nan() {
        return Err(PyErr::value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(PyErr::overflow_error("cannot convert float infinity to integer"));
    }
    if f.abs() < 9.2e18 {
        return Ok(PyObj::from(f as i64));
    }
    // Beyond i64: let the kernel's int(float) build the big int.
    pyk_sdk::types::int_type().call(&[&PyObj::from(f)])
}

/// An int argument returned as an exact `int` (`bool` becomes 0 or 1).
fn int_itself(x: &PyAny) -> PyResult<PyObj> {
    if x.is_exact_instance(&pyk_sdk::types::bool_type()) {
        return Ok(PyObj::from(x.is_true()? as i64));
    }
    Ok(x.to_owned())
}

/// `type(x).name(x)` when the type (not the instance) defines it, as
/// CPython's special-method lookup; None when it does not.
fn call_special(x: &PyAny, name: &str) -> PyResult<Option<PyObj>> {
    match x.get_type().getattr(name) {
        Ok(f) => f.call(&[x]).map(Some),
        Err(e) if e.matches(pyk_sdk::ExcKind::AttributeError) => Ok(None),
        Err(e) => Err(e),
    }
}

/// floor/ceil: exact floats and ints directly, else the type's
/// `__floor__`/`__ceil__`, else the float value.
fn round_with(x: &PyAny, dunder: &str, f: fn(f64) -> f64) -> PyResult<PyObj> {
    if x.is_exact_instance(&pyk_sdk::types::float_type()) {
        return int_from_float(f(x.to_f64()?));
    }
    if x.is_exact_instance(&pyk_sdk::types::int_type()) || x.is_exact_instance(&pyk_sdk::types::bool_type()) {
        return int_itself(x);
    }
    if let Some(r) = call_special(x, dunder)? {
        return Ok(r);
    }
    if x.is_int() {
        return int_itself(x);
    }
    int_from_float(f(x.to_f64()?))
}

fn floor(args: Args) -> PyResult<PyObj> {
    round_with(args.one()?, "__floor__", f64::floor)
}

fn ceil(args: Args) -> PyResult<PyObj> {
    round_with(args.one()?, "__ceil__", f64::ceil)
}

fn trunc(args: Args) -> PyResult<PyObj> {
    let x = args.one()?;
    if x.is_exact_instance(&pyk_sdk::types::float_type()) {
        return int_from_float(x.to_f64()?.trunc());
    }
    if x.is_exact_instance(&pyk_sdk::types::int_type()) || x.is_exact_instance(&pyk_sdk::types::bool_type()) {
        return int_itself(x);
    }
    if let Some(r) = call_special(x, "__trunc__")? {
        return Ok(r);
    }
    if x.is_int() {
        return int_itself(x);
    }
    if x.is_float() {
        return int_from_float(x.to_f64()?.trunc());
    }
    Err(PyErr::type_error(format!("type {} doesn't define __trunc__ method", x.type_name()?)))
}

// --- integer functions ---

/// A big unsigned result as an int.
fn big_into_py(b: &BigUint) -> PyResult<PyObj> {
    match b.to_u128() {
        Some(v) => v.into_py(),
        None => int_from_decimal(&b.to_decimal()),
    }
}

fn gcd_u64(mut a: u64, mut b: u64) -> u64 {
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a
}

/// Whether some argument is an int beyond i64 (then gcd/lcm work on
/// Python ints); other conversion errors are raised by the i64 path.
fn any_big(xs: &[PyAny]) -> bool {
    xs.iter().any(|x| x.is_int() && x.to_i64().is_err())
}

fn abs_int(x: &PyAny) -> PyResult<PyObj> {
    if x.compare(&PyObj::from(0i64), ops::LT)? {
        PyObj::from(0i64).binary_op(x, ops::SUB)
    } else {
        x.binary_op(&PyObj::from(0i64), ops::ADD)
    }
}

/// Euclid's algorithm on Python ints (non-negative results).
fn gcd_big(a: &PyAny, b: &PyAny) -> PyResult<PyObj> {
    let (mut a, mut b) = (abs_int(a)?, abs_int(b)?);
    while b.compare(&PyObj::from(0i64), ops::NE)? {
        let r = a.binary_op(&b, ops::MOD)?;
        a = b;
        b = r;
    }
    Ok(a)
}

fn gcd(args: Args) -> PyResult<PyObj> {
    let xs = args.varargs()?;
    if any_big(xs) {
        let mut g = PyObj::from(0i64);
        for x in xs {
            if !x.is_int() {
                x.to_i64()?;
            }
            g = gcd_big(&g, x)?;
        }
        return Ok(g);
    }
    let mut g = 0u64;
    for x in xs {
        g = gcd_u64(g, x.to_i64()?.unsigned_abs());
    }
    g.into_py()
}

fn lcm(args: Args) -> PyResult<PyObj> {
    let xs = args.varargs()?;
    if any_big(xs) {
        let mut acc = PyObj::from(1i64);
        for x in xs {
            if !x.is_int() {
                x.to_i64()?;
            }
            let a = abs_int(x)?;
            if a.compare(&PyObj::from(0i64), ops::EQ)? || acc.compare(&PyObj::from(0i64), ops::EQ)? {
                acc = PyObj::from(0i64);
                continue;
            }
            let g = gcd_big(&acc, &a)?;
            acc = acc.binary_op(&g, ops::FLOORDIV)?.binary_op(&a, ops::MUL)?;
        }
        return Ok(acc);
    }
    let mut acc = BigUint::from_u128(1);
    for x in xs {
        let a = x.to_i64()?.unsigned_abs();
        if a == 0 || acc.is_zero() {
            acc = BigUint::from_u128(0);
            continue;
        }
        let g = gcd_u64(a, acc.rem_small(a));
        acc.mul_small(a / g);
    }
    big_into_py(&acc)
}

fn factorial_of(n: i64) -> PyResult<PyObj> {
    if n < 0 {
        return Err(PyErr::value_error("factorial() not defined for negative values"));
    }
    let mut acc = BigUint::from_u128(1);
    let mut chunk: u64 = 1;
    for i in 2..=n as u64 {
        match chunk.checked_mul(i) {
            Some(c) if c < (1 << 60) => chunk = c,
            _ => {
                acc.mul_small(chunk);
                chunk = i;
            }
        }
    }
    acc.mul_small(chunk);
    big_into_py(&acc)
}

/// An index argument of factorial/perm; big ints get CPython's messages.
fn factorial_arg(x: &PyAny) -> PyResult<i64> {
    match x.to_i64() {
        Ok(n) => Ok(n),
        Err(e) if x.is_int() => {
            drop(e);
            if pyk_sdk::convert::int_to_decimal(x)?.starts_with('-') {
                Err(PyErr::value_error("factorial() not defined for negative values"))
            } else {
                Err(PyErr::overflow_error(format!("factorial() argument should not exceed {}", i64::MAX)))
            }
        }
        Err(e) => Err(e),
    }
}

fn factorial(args: Args) -> PyResult<PyObj> {
    factorial_of(factorial_arg(args.one()?)?)
}

/// An argument of comb/perm: a u64, or an int too large for one.
enum CombArg {
    Small(u64),
    Big(PyObj),
}

impl CombArg {
    fn obj(&self) -> PyObj {
        match self {
            CombArg::Small(v) => PyObj::from(*v as i64),
            CombArg::Big(o) => o.clone(),
        }
    }
}

fn comb_perm_args(n: &PyAny, k: &PyAny) -> PyResult<(CombArg, CombArg)> {
    // A negative argument is a ValueError whatever its size.
    let negative = |x: &PyAny, what: &str| -> PyResult<()> {
        if x.is_int() && pyk_sdk::convert::int_to_decimal(x)?.starts_with('-') {
            return Err(PyErr::value_error(format!("{what} must be a non-negative integer")));
        }
        Ok(())
    };
    negative(n, "n")?;
    negative(k, "k")?;
    let arg = |x: &PyAny, what: &str| -> PyResult<CombArg> {
        match x.to_i64() {
            Ok(v) if v < 0 => Err(PyErr::value_error(format!("{what} must be a non-negative integer"))),
            Ok(v) => Ok(CombArg::Small(v as u64)),
            // An int beyond i64 (non-negative: checked above).
            Err(e) if x.is_int() => {
                drop(e);
                Ok(CombArg::Big(x.to_owned()))
            }
            Err(e) => Err(e),
        }
    };
    Ok((arg(n, "n")?, arg(k, "k")?))
}

/// n * (n-1) * ... * (n-k+1), divided step by step by 1, 2, ..., k when
/// `comb` (each partial quotient is exact), for an `n` beyond u64.
fn falling_product_big(n: &PyObj, k: u64, comb: bool) -> PyResult<PyObj> {
    let mut acc = PyObj::from(1i64);
    for i in 0..k {
        let f = n.binary_op(&PyObj::from(i as i64), ops::SUB)?;
        acc = acc.binary_op(&f, ops::MUL)?;
        if comb {
            acc = acc.binary_op(&PyObj::from(i as i64 + 1), ops::FLOORDIV)?;
        }
    }
    Ok(acc)
}

fn comb(args: Args) -> PyResult<PyObj> {
    let [n, k] = args.exact::<2>()?;
    let (n, k) = comb_perm_args(n, k)?;
    if let (CombArg::Small(n), CombArg::Small(k)) = (&n, &k) {
        let (n, k) = (*n, *k);
        if k > n {
            return Ok(PyObj::from(0i64));
        }
        let k = k.min(n - k);
        let mut acc = BigUint::from_u128(1);
        for i in 0..k {
            acc.mul_small(n - i);
            acc.div_small(i + 1);
        }
        return big_into_py(&acc);
    }
    let (no, ko) = (n.obj(), k.obj());
    if ko.compare(&no, ops::GT)? {
        return Ok(PyObj::from(0i64));
    }
    let rest = no.binary_op(&ko, ops::SUB)?;
    let least = if rest.compare(&ko, ops::LT)? { rest } else { ko };
    let k = match least.to_i64() {
        Ok(k) => k as u64,
        Err(_) => return Err(PyErr::overflow_error(format!("min(n - k, k) must not exceed {}", i64::MAX))),
    };
    falling_product_big(&no, k, true)
}

fn perm(args: Args) -> PyResult<PyObj> {
    let a = args.range(1, 2)?;
    let k = match a.get(1) {
        Some(k) if !k.is_none() => k,
        _ => return factorial_of(factorial_arg(&a[0])?),
    };
    let (n, k) = comb_perm_args(&a[0], k)?;
    if let (CombArg::Small(n), CombArg::Small(k)) = (&n, &k) {
        let (n, k) = (*n, *k);
        if k > n {
            return Ok(PyObj::from(0i64));
        }
        let mut acc = BigUint::from_u128(1);
        for i in 0..k {
            acc.mul_small(n - i);
        }
        return big_into_py(&acc);
    }
    let (no, ko) = (n.obj(), k.obj());
    if ko.compare(&no, ops::GT)? {
        return Ok(PyObj::from(0i64));
    }
    let k = match k {
        CombArg::Small(k) => k,
        CombArg::Big(_) => return Err(PyErr::overflow_error(format!("k must not exceed {}", i64::MAX))),
    };
    falling_product_big(&no, k, false)
}

fn isqrt(args: Args) -> PyResult<PyObj> {
    let arg = args.one()?;
    let n = match arg.to_i64() {
        Ok(n) => n,
        Err(e) => {
            if !arg.is_int() && arg.getattr("__index__").is_err() {
                return Err(e);
            }
            return isqrt_big(arg);
        }
    };
    isqrt_small(n).map(PyObj::from)
}

/// isqrt of an int beyond i64, by Newton's method on Python ints.
fn isqrt_big(arg: &PyAny) -> PyResult<PyObj> {
    let n = pyk_sdk::types::int_type().call(&[arg])?;
    if n.compare(&PyObj::from(0i64), ops::LT)? {
        return Err(PyErr::value_error("isqrt() argument must be nonnegative"));
    }
    let bits = n.call_method("bit_length", &[])?.to_i64()?;
    let mut x = PyObj::from(1i64).binary_op(&PyObj::from((bits + 1) / 2), ops::LSHIFT)?;
    loop {
        let q = n.binary_op(&x, ops::FLOORDIV)?;
        let y = x.binary_op(&q, ops::ADD)?.binary_op(&PyObj::from(1i64), ops::RSHIFT)?;
        if y.compare(&x, ops::GE)? {
            return Ok(x);
        }
        x = y;
    }
}

fn isqrt_small(n: i64) -> PyResult<i64> {
    if n < 0 {
        return Err(PyErr::value_error("isqrt() argument must be nonnegative"));
    }
    let n = n as u64;
    let mut r = (n as f64).sqrt() as u64;
    while r.checked_mul(r).is_none_or(|sq| sq > n) {
        r -= 1;
    }
    while (r + 1).checked_mul(r + 1).is_some_and(|sq| sq <= n) {
        r += 1;
    }
    Ok(r as i64)
}

fn prod(args: Args) -> PyResult<PyObj> {
    const SIG: Signature =
        Signature { name: "prod", params: &["iterable", "start"], posonly: 1, kwonly: 1, required: 1, required_kwonly: 0 };
    let v = args.bind(&SIG)?;
    let mut acc = match v[1] {
        Some(start) => start.to_owned(),
        None => PyObj::from(1i64),
    };
    if let Some(iterable) = v[0] {
        let it = iterable.iter()?;
        while let Some(x) = it.next()? {
            acc = acc.binary_op(&x, ops::MUL)?;
        }
    }
    Ok(acc)
}

static FUNCTIONS: &[NativeFnDef] = &[
    native_fn!(MODULE, "sqrt", sqrt, "Square root of x."),
    native_fn!(MODULE, "exp", exp, "e to the power x."),
    native_fn!(MODULE, "expm1", expm1, "Return exp(x)-1."),
    native_fn!(MODULE, "log", log, "log(x, [base=math.e])\nLogarithm of x; the natural one when base is left out."),
    native_fn!(MODULE, "log2", log2, "Binary (base 2) logarithm of x."),
    native_fn!(MODULE, "log10", log10, "Common (base 10) logarithm of x."),
    native_fn!(MODULE, "log1p", log1p, "log(1 + x), accurate for x near zero."),
    native_fn!(MODULE, "pow", pow, "x raised to y, as floats."),
    native_fn!(MODULE, "fabs", fabs, "abs(x) as a float."),
    native_fn!(MODULE, "floor", floor, "Largest integer <= x."),
    native_fn!(MODULE, "ceil", ceil, "Smallest integer >= x."),
    native_fn!(MODULE, "trunc", trunc, "Drop the fractional part of x, giving an int."),
    native_fn!(MODULE, "isfinite", isfinite, "Tell whether x is a finite number."),
    native_fn!(MODULE, "isinf", isinf, "Tell whether x is an infinity of either sign."),
    native_fn!(MODULE, "isnan", isnan, "Tell whether x is a NaN."),
    native_fn!(MODULE, "isclose", isclose, "Tell whether a and b are equal within the given tolerances."),
    native_fn!(MODULE, "copysign", copysign, "Give abs(x) with the sign of y (signed zeros count)."),
    native_fn!(MODULE, "fmod", fmod, "Remainder of x / y with the sign of x, as C's fmod."),
    native_fn!(MODULE, "modf", modf, "Split x into (fraction, whole part), both floats."),
    native_fn!(MODULE, "frexp", frexp, "Split x into (m, e) with x == m * 2**e."),
    native_fn!(MODULE, "ldexp", ldexp, "Return x * (2**i)."),
    native_fn!(MODULE, "hypot", hypot, "Length of the vector with the given coordinates."),
    native_fn!(MODULE, "dist", dist, "Straight-line distance between points p and q."),
    native_fn!(MODULE, "sin", sin, "Sine of x, an angle in radians."),
    native_fn!(MODULE, "cos", cos, "Cosine of x, an angle in radians."),
    native_fn!(MODULE, "tan", tan, "Tangent of x, an angle in radians."),
    native_fn!(MODULE, "asin", asin, "Inverse sine of x, in radians."),
    native_fn!(MODULE, "acos", acos, "Inverse cosine of x, in radians."),
    native_fn!(MODULE, "atan", atan, "Inverse tangent of x, in radians."),
    native_fn!(MODULE, "atan2", atan2, "Angle of the point (x, y) from the positive x axis, in radians."),
    native_fn!(MODULE, "sinh", sinh, "Hyperbolic sine of x."),
    native_fn!(MODULE, "cosh", cosh, "Hyperbolic cosine of x."),
    native_fn!(MODULE, "tanh", tanh, "Hyperbolic tangent of x."),
    native_fn!(MODULE, "asinh", asinh, "Area hyperbolic sine of x."),
    native_fn!(MODULE, "acosh", acosh, "Area hyperbolic cosine of x."),
    native_fn!(MODULE, "atanh", atanh, "Area hyperbolic tangent of x."),
    native_fn!(MODULE, "degrees", degrees, "Give the angle x, in radians, in degrees."),
    native_fn!(MODULE, "radians", radians, "Give the angle x, in degrees, in radians."),
    native_fn!(MODULE, "gcd", gcd, "Largest int dividing all the arguments."),
    native_fn!(MODULE, "lcm", lcm, "Least Common Multiple."),
    native_fn!(MODULE, "factorial", factorial, "Find n!."),
    native_fn!(MODULE, "comb", comb, "Count the k-item subsets of n items (binomial coefficient)."),
    native_fn!(MODULE, "perm", perm, "Count the ordered arrangements of k of n distinct items."),
    native_fn!(MODULE, "isqrt", isqrt, "Square root of n, rounded down to an int."),
    native_fn!(MODULE, "fsum", fsum, "Add up the items of seq without losing precision to rounding."),
    native_fn!(MODULE, "prod", prod, "Multiply together all the items of iterable."),
    native_fn!(MODULE, "erf", erf, "Error function at x."),
    native_fn!(MODULE, "erfc", erfc, "1 - erf(x), precise for large x."),
    native_fn!(MODULE, "gamma", gamma, "Gamma function at x."),
    native_fn!(MODULE, "lgamma", lgamma, "log(abs(gamma(x))), computed without overflow."),
    native_fn!(MODULE, "fma", fma, "x * y + z with a single rounding."),
    native_fn!(MODULE, "cbrt", cbrt, "Real cube root of x."),
    native_fn!(MODULE, "exp2", exp2, "Return 2 raised to the power x."),
    native_fn!(MODULE, "remainder", remainder, "IEEE 754 remainder: x minus the multiple of y nearest to it."),
    native_fn!(MODULE, "nextafter", nextafter, "Move from x towards y by the given number of representable floats (one by default)."),
    native_fn!(MODULE, "ulp", ulp, "Gap between abs(x) and the next larger float."),
    native_fn!(MODULE, "sumprod", sumprod, "Dot product of p and q."),
];

/// Creates the `math` module.
pub fn create() -> PyResult<PyObj> {
    ModuleBuilder::new(MODULE, "Mathematical functions on real numbers (those of C's math library and\nmore: exact integer functions, sums, products, distances).")?
        .functions(FUNCTIONS)?
        .constant("pi", std::f64::consts::PI)?
        .constant("e", std::f64::consts::E)?
        .constant("tau", std::f64::consts::TAU)?
        .constant("inf", f64::INFINITY)?
        .constant("nan", f64::NAN)?
        .finish()
}
