//! `cmath`: complex functions, on Kahan's formulas for the inverse functions
//! ("Branch cuts for complex elementary functions") so that signed zeros
//! pick the side of each branch cut as CPython's do. Finite arguments
//! follow CPython; for infinite and NaN parts pyk applies the same formulas
//! rather than CPython's special-value tables (so some of those results
//! differ).

use pyk_sdk::prelude::*;

const MODULE: &str = "cmath";

#[derive(Clone, Copy)]
struct C {
    re: f64,
    im: f64,
}

const fn c(re: f64, im: f64) -> C {
    C { re, im }
}

/// The argument as a complex number: complex, float, int, or anything with
/// `__complex__`/`__float__`/`__index__` (not a str).
fn arg(o: &PyAny) -> PyResult<C> {
    if o.is_str() {
        return Err(PyErr::type_error(format!("must be real number, not {}", o.type_name()?)));
    }
    let z = pyk_sdk::types::builtin("complex")?.call(&[o]).map_err(|e| {
        if e.matches(ExcKind::TypeError) {
            PyErr::type_error(format!("must be real number, not {}", o.type_name().unwrap_or_default()))
        } else {
            e
        }
    })?;
    Ok(c(z.getattr("real")?.to_f64()?, z.getattr("imag")?.to_f64()?))
}

fn out(z: C) -> PyResult<PyObj> {
    pyk_sdk::types::builtin("complex")?.call(&[&PyObj::from(z.re), &PyObj::from(z.im)])
}

fn domain() -> PyErr {
    PyErr::value_error("math domain error")
}
fn range() -> PyErr {
    PyErr::overflow_error("math range error")
}

/// A result that became infinite from finite input is an OverflowError.
fn checked(input: C, r: C) -> PyResult<C> {
    let finite_in = input.re.is_finite() && input.im.is_finite();
    if finite_in && (r.re.is_infinite() || r.im.is_infinite()) {
        return Err(range());
    }
    if finite_in && (r.re.is_nan() || r.im.is_nan()) {
        return Err(domain());
    }
    Ok(r)
}

/// `a / b` by Smith's method (scaled by the larger part of `b`).
fn c_div(a: C, b: C) -> PyResult<C> {
    if b.re == 0.0 && b.im == 0.0 {
        return Err(PyErr::zero_division_error("complex division by zero"));
    }
    if b.re.abs() >= b.im.abs() {
        let r = b.im / b.re;
        let d = b.re + b.im * r;
        Ok(c((a.re + a.im * r) / d, (a.im - a.re * r) / d))
    } else {
        let r = b.re / b.im;
        let d = b.re * r + b.im;
        Ok(c((a.re * r + a.im) / d, (a.im * r - a.re) / d))
    }
}

fn c_sqrt(z: C) -> C {
    if z.re == 0.0 && z.im == 0.0 {
        return c(0.0, z.im);
    }
    if z.im.is_infinite() {
        return c(f64::INFINITY, z.im);
    }
    let ax = z.re.abs();
    let t = ((ax + z.re.hypot(z.im)) / 2.0).sqrt();
    if z.re >= 0.0 {
        c(t, z.im / (2.0 * t))
    } else {
        c(z.im.abs() / (2.0 * t), t.copysign(z.im))
    }
}

fn c_log(z: C) -> PyResult<C> {
    if z.re == 0.0 && z.im == 0.0 {
        return Err(domain());
    }
    Ok(c(z.re.hypot(z.im).ln(), z.im.atan2(z.re)))
}

fn c_exp(z: C) -> C {
    if z.im == 0.0 {
        return c(z.re.exp(), z.im);
    }
    let e = z.re.exp();
    c(e * z.im.cos(), e * z.im.sin())
}

fn c_sinh(z: C) -> C {
    c(z.re.sinh() * z.im.cos(), z.re.cosh() * z.im.sin())
}

fn c_cosh(z: C) -> C {
    c(z.re.cosh() * z.im.cos(), z.re.sinh() * z.im.sin())
}

fn c_tanh(z: C) -> C {
    if z.re.abs() > 20.0 {
        let s = z.im.sin();
        let co = z.im.cos();
        return c(1f64.copysign(z.re), 4.0 * s * co * (-2.0 * z.re.abs()).exp());
    }
    let t = z.im.tan();
    let th = z.re.tanh();
    let sech2 = 1.0 / z.re.cosh().powi(2);
    let denom = 1.0 + th * th * t * t;
    c(th * (1.0 + t * t) / denom, sech2 * t / denom)
}

fn c_asinh(z: C) -> C {
    let s1 = c_sqrt(c(1.0 + z.im, -z.re));
    let s2 = c_sqrt(c(1.0 - z.im, z.re));
    c((s1.re * s2.im - s2.re * s1.im).asinh(), z.im.atan2(s1.re * s2.re - s1.im * s2.im))
}

fn c_acos(z: C) -> C {
    let s1 = c_sqrt(c(1.0 - z.re, -z.im));
    let s2 = c_sqrt(c(1.0 + z.re, z.im));
    c(2.0 * s1.re.atan2(s2.re), (s2.re * s1.im - s2.im * s1.re).asinh())
}

fn c_acosh(z: C) -> C {
    let s1 = c_sqrt(c(z.re - 1.0, z.im));
    let s2 = c_sqrt(c(z.re + 1.0, z.im));
    c((s1.re * s2.re + s1.im * s2.im).asinh(), 2.0 * s1.im.atan2(s2.re))
}

fn c_atanh(z: C) -> PyResult<C> {
    if z.re < 0.0 || (z.re == 0.0 && z.re.is_sign_negative()) {
        let r = c_atanh(c(-z.re, -z.im))?;
        return Ok(c(-r.re, -r.im));
    }
    if z.re == 1.0 && z.im == 0.0 {
        return Err(domain());
    }
    let ay = z.im.abs();
    let re = (4.0 * z.re / ((1.0 - z.re) * (1.0 - z.re) + ay * ay)).ln_1p() / 4.0;
    let im = -(-2.0 * z.im).atan2((1.0 - z.re) * (1.0 + z.re) - ay * ay) / 2.0;
    Ok(c(re, im))
}

fn one(args: &Args) -> PyResult<C> {
    arg(args.one()?)
}

fn sqrt(args: Args) -> PyResult<PyObj> {
    let z = one(&args)?;
    out(checked(z, c_sqrt(z))?)
}
fn exp(args: Args) -> PyResult<PyObj> {
    let z = one(&args)?;
    out(checked(z, c_exp(z))?)
}
fn log(args: Args) -> PyResult<PyObj> {
    let p = args.positional();
    if p.is_empty() || p.len() > 2 {
        return Err(PyErr::type_error(format!("log expected 1 or 2 arguments, got {}", p.len())));
    }
    let z = c_log(arg(&p[0])?)?;
    if let Some(b) = p.get(1) {
        let lb = c_log(arg(b)?)?;
        return out(c_div(z, lb)?);
    }
    out(z)
}
fn log10(args: Args) -> PyResult<PyObj> {
    let z = c_log(one(&args)?)?;
    let l = std::f64::consts::LN_10;
    out(c(z.re / l, z.im / l))
}
fn sin(args: Args) -> PyResult<PyObj> {
    let z = one(&args)?;
    // sin(z) = -i sinh(iz)
    let r = c_sinh(c(-z.im, z.re));
    out(checked(z, c(r.im, -r.re))?)
}
fn cos(args: Args) -> PyResult<PyObj> {
    let z = one(&args)?;
    out(checked(z, c_cosh(c(-z.im, z.re)))?)
}
fn tan(args: Args) -> PyResult<PyObj> {
    let z = one(&args)?;
    let r = c_tanh(c(-z.im, z.re));
    out(checked(z, c(r.im, -r.re))?)
}
fn sinh(args: Args) -> PyResult<PyObj> {
    let z = one(&args)?;
    out(checked(z, c_sinh(z))?)
}
fn cosh(args: Args) -> PyResult<PyObj> {
    let z = one(&args)?;
    out(checked(z, c_cosh(z))?)
}
fn tanh(args: Args) -> PyResult<PyObj> {
    let z = one(&args)?;
    out(checked(z, c_tanh(z))?)
}
fn asinh(args: Args) -> PyResult<PyObj> {
    out(c_asinh(one(&args)?))
}
fn acosh(args: Args) -> PyResult<PyObj> {
    out(c_acosh(one(&args)?))
}
fn atanh(args: Args) -> PyResult<PyObj> {
    out(c_atanh(one(&args)?)?)
}
fn asin(args: Args) -> PyResult<PyObj> {
    let z = one(&args)?;
    let r = c_asinh(c(-z.im, z.re));
    out(c(r.im, -r.re))
}
fn acos(args: Args) -> PyResult<PyObj> {
    out(c_acos(one(&args)?))
}
fn atan(args: Args) -> PyResult<PyObj> {
    let z = one(&args)?;
    let r = c_atanh(c(-z.im, z.re))?;
    out(c(r.im, -r.re))
}
fn phase(args: Args) -> PyResult<f64> {
    let z = one(&args)?;
    Ok(z.im.atan2(z.re))
}
fn polar(args: Args) -> PyResult<(f64, f64)> {
    let z = one(&args)?;
    let r = z.re.hypot(z.im);
    if r.is_infinite() && z.re.is_finite() && z.im.is_finite() {
        return Err(range());
    }
    Ok((r, z.im.atan2(z.re)))
}
fn rect(args: Args) -> PyResult<PyObj> {
    let [r, phi] = args.exact::<2>()?;
    let (r, phi) = (r.to_f64()?, phi.to_f64()?);
    if r.is_finite() && phi.is_infinite() {
        return Err(domain());
    }
    if phi == 0.0 {
        return out(c(r, phi * r));
    }
    out(c(r * phi.cos(), r * phi.sin()))
}
fn isfinite(args: Args) -> PyResult<bool> {
    let z = one(&args)?;
    Ok(z.re.is_finite() && z.im.is_finite())
}
fn isinf(args: Args) -> PyResult<bool> {
    let z = one(&args)?;
    Ok(z.re.is_infinite() || z.im.is_infinite())
}
fn isnan(args: Args) -> PyResult<bool> {
    let z = one(&args)?;
    Ok(z.re.is_nan() || z.im.is_nan())
}

/// `isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`.
fn isclose(args: Args) -> PyResult<bool> {
    let sig = Signature { name: "isclose", params: &["a", "b", "rel_tol", "abs_tol"], posonly: 2, kwonly: 2, required: 2, required_kwonly: 0 };
    let v = args.bind(&sig)?;
    let (Some(a), Some(b)) = (v[0], v[1]) else { return Err(PyErr::system_error("missing isclose arguments")) };
    let (a, b) = (arg(a)?, arg(b)?);
    let rel = match v[2] {
        Some(x) => x.to_f64()?,
        None => 1e-9,
    };
    let abs_tol = match v[3] {
        Some(x) => x.to_f64()?,
        None => 0.0,
    };
    if rel < 0.0 || abs_tol < 0.0 {
        return Err(PyErr::value_error("tolerances must be non-negative"));
    }
    if a.re == b.re && a.im == b.im {
        return Ok(true);
    }
    if a.re.is_infinite() || a.im.is_infinite() || b.re.is_infinite() || b.im.is_infinite() {
        return Ok(false);
    }
    let diff = (a.re - b.re).hypot(a.im - b.im);
    Ok((diff <= rel * b.re.hypot(b.im)) || (diff <= rel * a.re.hypot(a.im)) || diff <= abs_tol)
}

static FUNCS: &[NativeFnDef] = &[
    native_fn!(MODULE, "sqrt", sqrt, "Principal square root of z."),
    native_fn!(MODULE, "exp", exp, "e to the power z."),
    native_fn!(MODULE, "log", log, "log(z[, base]) -> the logarithm of z to the given base."),
    native_fn!(MODULE, "log10", log10, "Common (base 10) logarithm of z."),
    native_fn!(MODULE, "sin", sin, "Return the sine of z."),
    native_fn!(MODULE, "cos", cos, "Cosine of z."),
    native_fn!(MODULE, "tan", tan, "Tangent of z."),
    native_fn!(MODULE, "asin", asin, "Inverse sine of z."),
    native_fn!(MODULE, "acos", acos, "Inverse cosine of z."),
    native_fn!(MODULE, "atan", atan, "Inverse tangent of z."),
    native_fn!(MODULE, "sinh", sinh, "Hyperbolic sine of z."),
    native_fn!(MODULE, "cosh", cosh, "Hyperbolic cosine of z."),
    native_fn!(MODULE, "tanh", tanh, "Hyperbolic tangent of z."),
    native_fn!(MODULE, "asinh", asinh, "Area hyperbolic sine of z."),
    native_fn!(MODULE, "acosh", acosh, "Area hyperbolic cosine of z."),
    native_fn!(MODULE, "atanh", atanh, "Area hyperbolic tangent of z."),
    native_fn!(MODULE, "phase", phase, "Give the phase (angle) of z, in radians."),
    native_fn!(MODULE, "polar", polar, "Give z as (modulus, phase)."),
    native_fn!(MODULE, "rect", rect, "Build the complex number with modulus r and phase phi."),
    native_fn!(MODULE, "isfinite", isfinite, "Tell whether both parts of z are finite numbers."),
    native_fn!(MODULE, "isinf", isinf, "Tell whether either part of z is an infinity."),
    native_fn!(MODULE, "isnan", isnan, "Tell whether either part of z is a NaN."),
    native_fn!(MODULE, "isclose", isclose, "Tell whether a and b are equal within the given tolerances."),
];

pub fn create() -> PyResult<PyObj> {
    ModuleBuilder::new(MODULE, "Mathematical functions on complex numbers.")?
        .functions(FUNCS)?
        .constant("pi", std::f64::consts::PI)?
        .constant("e", std::f64::consts::E)?
        .constant("tau", std::f64::consts::TAU)?
        .constant("inf", f64::INFINITY)?
        .constant("nan", f64::NAN)?
        .object("infj", &*out(c(0.0, f64::INFINITY))?)?
        .object("nanj", &*out(c(0.0, f64::NAN))?)?
        .finish()
}
