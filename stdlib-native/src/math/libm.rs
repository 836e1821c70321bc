//! The C library's math functions that Rust's std does not wrap, or wraps
//! with its own formulas (asinh, acosh, atanh): CPython calls libm for these,
//! so calling the same libm gives the same results on the same platform.

use std::ffi::c_int;

mod ffi {
    use std::ffi::c_int;
    extern "C" {
        pub fn asinh(x: f64) -> f64;
        pub fn acosh(x: f64) -> f64;
        pub fn atanh(x: f64) -> f64;
        pub fn erf(x: f64) -> f64;
        pub fn erfc(x: f64) -> f64;
        pub fn tgamma(x: f64) -> f64;
        pub fn lgamma_r(x: f64, sign: *mut c_int) -> f64;
        pub fn frexp(x: f64, exp: *mut c_int) -> f64;
        pub fn ldexp(x: f64, exp: c_int) -> f64;
    }
}

pub fn asinh(x: f64) -> f64 {
    // SAFETY: a pure libm function of a double.
    unsafe { ffi::asinh(x) }
}
pub fn acosh(x: f64) -> f64 {
    // SAFETY: a pure libm function of a double.
    unsafe { ffi::acosh(x) }
}
pub fn atanh(x: f64) -> f64 {
    // SAFETY: a pure libm function of a double.
    unsafe { ffi::atanh(x) }
}
pub fn erf(x: f64) -> f64 {
    // SAFETY: a pure libm function of a double.
    unsafe { ffi::erf(x) }
}
pub fn erfc(x: f64) -> f64 {
    // SAFETY: a pure libm function of a double.
    unsafe { ffi::erfc(x) }
}
pub fn tgamma(x: f64) -> f64 {
    // SAFETY: a pure libm function of a double.
    unsafe { ffi::tgamma(x) }
}
pub fn lgamma(x: f64) -> f64 {
    let mut sign: c_int = 0;
    // SAFETY: the reentrant variant writes the sign to our local, not to a global.
    unsafe { ffi::lgamma_r(x, &mut sign) }
}
pub fn frexp(x: f64) -> (f64, i32) {
    let mut e: c_int = 0;
    // SAFETY: frexp writes the exponent to our local.
    let m = unsafe { ffi::frexp(x, &mut e) };
    (m, e)
}
pub fn ldexp(x: f64, e: i64) -> f64 {
    let e = e.clamp(c_int::MIN as i64, c_int::MAX as i64) as c_int;
    // SAFETY: a pure libm function.
    unsafe { ffi::ldexp(x, e) }
}
