//! Exactly rounded sums and norms.

/// Why an [`fsum`] failed, with CPython's messages.
#[derive(Debug, PartialEq, Eq)]
pub enum FsumError {
    /// OverflowError("intermediate overflow in fsum")
    Overflow,
    /// ValueError("-inf + inf in fsum")
    InfMinusInf,
}

/// The correctly rounded sum of `xs`, by Shewchuk's method: keep a list of
/// non-overlapping partial sums whose exact total is the running sum, then
/// round their total once, with a half-even fix-up for the last partial.
pub fn fsum(xs: impl IntoIterator<Item = f64>) -> Result<f64, FsumError> {
    let mut partials: Vec<f64> = Vec::new();
    // Sum of the non-finite inputs, kept apart from the exact arithmetic.
    let mut special = 0.0f64;
    let mut inf_sum = 0.0f64;
    for mut x in xs {
        let xsave = x;
        let mut kept = 0;
        for k in 0..partials.len() {
            let mut y = partials[k];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[kept] = lo;
                kept += 1;
            }
            x = hi;
        }
        if !x.is_finite() {
            // A non-finite input, or a finite sum that overflowed.
            if xsave.is_finite() {
                return Err(FsumError::Overflow);
            }
            if xsave.is_infinite() {
                inf_sum += xsave;
            }
            special += xsave;
            partials.clear();
            continue;
        }
        partials.truncate(kept);
        if x != 0.0 {
            partials.push(x);
        }
    }
    if special != 0.0 {
        if inf_sum.is_nan() {
            return Err(FsumError::InfMinusInf);
        }
        return Ok(special);
    }
    let mut n = partials.len();
    let mut hi = 0.0f64;
    if n > 0 {
        n -= 1;
        hi = partials[n];
        let mut lo = 0.0f64;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        // Round half to even: if the next partial has the same sign as the
        // error, the true sum lies beyond the halfway point.
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(hi)
}

/// The Euclidean norm of `xs` (hypot), accurate to within one rounding:
/// scale by a power of two near the largest magnitude, sum exact squares
/// (product plus fma error term) with compensated summation, take the square
/// root and correct it once.
pub fn vector_norm(xs: &[f64]) -> f64 {
    let mut max = 0.0f64;
    let mut found_nan = false;
    for &x in xs {
        let a = x.abs();
        if a.is_nan() {
            found_nan = true;
        } else if a > max {
            max = a;
        }
    }
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || xs.len() <= 1 {
        return max;
    }
    let (_, e) = super::libm::frexp(max);
    // Scale so that the largest term is in [0.5, 1); exact for powers of two
    // except where subnormals lose bits, which a norm of tiny values tolerates.
    let scale = |v: f64| super::libm::ldexp(v, -(e as i64));
    let mut sum = 0.0f64;
    let mut comp = 0.0f64;
    let mut add = |v: f64| {
        let t = sum + v;
        if sum.abs() >= v.abs() {
            comp += (sum - t) + v;
        } else {
            comp += (v - t) + sum;
        }
        sum = t;
    };
    for &x in xs {
        let a = scale(x.abs());
        let sq = a * a;
        let err = a.mul_add(a, -sq);
        add(sq);
        add(err);
    }
    let total = sum + comp;
    let mut h = total.sqrt();
    // One Newton step on the exact residual total - h*h.
    let resid = (-h).mul_add(h, total) + (comp - (total - sum));
    h += resid / (2.0 * h);
    super::libm::ldexp(h, e as i64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fsum_is_exact() {
        assert_eq!(fsum([0.1; 10]), Ok(1.0));
        assert_eq!(fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), Ok(1e-100));
        assert_eq!(fsum([1.0, 1e100, 1.0, -1e100]), Ok(2.0));
        assert_eq!(fsum([]), Ok(0.0));
        assert_eq!(fsum([1e308, 1e308]), Err(FsumError::Overflow));
        assert_eq!(fsum([f64::INFINITY, f64::NEG_INFINITY]), Err(FsumError::InfMinusInf));
        assert_eq!(fsum([f64::INFINITY, 1.0]), Ok(f64::INFINITY));
        assert!(fsum([f64::NAN, 1.0]).unwrap().is_nan());
        // Half-even rounding of the final result.
        assert_eq!(fsum([1.0, 2f64.powi(-53), 2f64.powi(-106)]), Ok(1.0000000000000002));
    }

    #[test]
    fn norms() {
        assert_eq!(vector_norm(&[3.0, 4.0]), 5.0);
        assert_eq!(vector_norm(&[]), 0.0);
        assert_eq!(vector_norm(&[-2.5]), 2.5);
        assert_eq!(vector_norm(&[f64::NAN, f64::INFINITY]), f64::INFINITY);
        assert!(vector_norm(&[f64::NAN, 1.0]).is_nan());
        assert_eq!(vector_norm(&[1e308, 1e308]), 1.4142135623730951e308);
        assert_eq!(vector_norm(&[1e-320, 1e-320]), 1.414e-320);
    }
}
