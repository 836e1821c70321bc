//! A small unsigned big integer for results beyond i64 (factorial, comb,
//! perm, lcm, prod). Limbs are base 10^9, least significant first, so the
//! decimal string the kernel's `int()` reads is a cheap conversion.

const BASE: u64 = 1_000_000_000;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BigUint {
    /// No trailing zero limbs; zero is the empty vector.
    limbs: Vec<u32>,
}

impl BigUint {
    pub fn from_u128(mut v: u128) -> Self {
        let mut limbs = Vec::new();
        while v > 0 {
            limbs.push((v % BASE as u128) as u32);
            v /= BASE as u128;
        }
        BigUint { limbs }
    }

    /// Parses decimal digits (no sign); None for anything else.
    #[cfg(test)]
    pub fn from_decimal(s: &str) -> Option<Self> {
        if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let bytes = s.as_bytes();
        let mut limbs = Vec::with_capacity(bytes.len() / 9 + 1);
        let mut end = bytes.len();
        while end > 0 {
            let start = end.saturating_sub(9);
            let chunk = std::str::from_utf8(&bytes[start..end]).ok()?;
            limbs.push(chunk.parse::<u32>().ok()?);
            end = start;
        }
        let mut b = BigUint { limbs };
        b.trim();
        Some(b)
    }

    fn trim(&mut self) {
        while self.limbs.last() == Some(&0) {
            self.limbs.pop();
        }
    }

    pub fn is_zero(&self) -> bool {
        self.limbs.is_empty()
    }

    /// The value when it fits in a u128.
    pub fn to_u128(&self) -> Option<u128> {
        let mut v: u128 = 0;
        for &l in self.limbs.iter().rev() {
            v = v.checked_mul(BASE as u128)?.checked_add(l as u128)?;
        }
        Some(v)
    }

    pub fn mul_small(&mut self, m: u64) {
        if m == 0 {
            self.limbs.clear();
            return;
        }
        let mut carry: u128 = 0;
        for l in self.limbs.iter_mut() {
            let t = *l as u128 * m as u128 + carry;
            *l = (t % BASE as u128) as u32;
            carry = t / BASE as u128;
        }
        while carry > 0 {
            self.limbs.push((carry % BASE as u128) as u32);
            carry /= BASE as u128;
        }
    }

    /// Divides in place by `d` (non-zero); returns the remainder.
    pub fn div_small(&mut self, d: u64) -> u64 {
        let mut rem: u128 = 0;
        for l in self.limbs.iter_mut().rev() {
            let t = rem * BASE as u128 + *l as u128;
            *l = (t / d as u128) as u32;
            rem = t % d as u128;
        }
        self.trim();
        rem as u64
    }

    /// The remainder of the division by `d` (non-zero).
    pub fn rem_small(&self, d: u64) -> u64 {
        let mut rem: u128 = 0;
        for &l in self.limbs.iter().rev() {
            rem = (rem * BASE as u128 + l as u128) % d as u128;
        }
        rem as u64
    }

    #[cfg(test)]
    pub fn mul(&self, other: &BigUint) -> BigUint {
        if self.is_zero() || other.is_zero() {
            return BigUint { limbs: Vec::new() };
        }
        let mut acc = vec![0u64; self.limbs.len() + other.limbs.len() + 1];
        for (i, &a) in self.limbs.iter().enumerate() {
            let mut carry = 0u64;
            for (j, &b) in other.limbs.iter().enumerate() {
                let t = acc[i + j] + a as u64 * b as u64 + carry;
                acc[i + j] = t % BASE;
                carry = t / BASE;
            }
            let mut k = i + other.limbs.len();
            while carry > 0 {
                let t = acc[k] + carry;
                acc[k] = t % BASE;
                carry = t / BASE;
                k += 1;
            }
        }
        let mut r = BigUint { limbs: acc.into_iter().map(|l| l as u32).collect() };
        r.trim();
        r
    }

    pub fn to_decimal(&self) -> String {
        let Some((top, rest)) = self.limbs.split_last() else { return "0".to_owned() };
        let mut s = top.to_string();
        for l in rest.iter().rev() {
            s.push_str(&format!("{l:09}"));
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arithmetic_round_trips() {
        let mut f = BigUint::from_u128(1);
        for i in 1..=30u64 {
            f.mul_small(i);
        }
        assert_eq!(f.to_decimal(), "265252859812191058636308480000000");
        assert_eq!(f.rem_small(1_000_000_007), 265252859812191058636308480000000u128.rem_euclid(1_000_000_007) as u64);
        let mut g = f.clone();
        for i in (21..=30u64).rev() {
            assert_eq!(g.div_small(i), 0);
        }
        assert_eq!(g.to_u128(), Some(2432902008176640000));
        let big = BigUint::from_decimal("123456789012345678901234567890").unwrap();
        assert_eq!(big.mul(&big).to_decimal(), "15241578753238836750495351562536198787501905199875019052100");
        assert_eq!(BigUint::from_decimal("000").unwrap().to_decimal(), "0");
        assert!(BigUint::from_decimal("-1").is_none());
    }
}
