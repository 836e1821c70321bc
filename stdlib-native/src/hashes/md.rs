//! The Merkle–Damgård hashes: MD5 (RFC 1321), SHA-1 (FIPS 180-4) and the
//! SHA-2 family (SHA-224/256/384/512, FIPS 180-4), over one block buffer.

use std::sync::OnceLock;

/// The block buffering and length padding the MD5/SHA-1/SHA-2 hashes share.
#[derive(Clone)]
pub struct Buffered<const B: usize> {
    buf: [u8; B],
    len: usize,
    /// Bytes hashed so far (the padding encodes it in bits, modulo 2**128).
    total: u128,
}

impl<const B: usize> Buffered<B> {
    pub fn new() -> Self {
        Buffered { buf: [0; B], len: 0, total: 0 }
    }

    /// Feeds `data`, compressing each full block with `f`.
    pub fn update(&mut self, mut data: &[u8], mut f: impl FnMut(&[u8; B])) {
        self.total = self.total.wrapping_add(data.len() as u128);
        if self.len > 0 {
            let n = (B - self.len).min(data.len());
            self.buf[self.len..self.len + n].copy_from_slice(&data[..n]);
            self.len += n;
            data = &data[n..];
            if self.len < B {
                return;
            }
            f(&self.buf);
            self.len = 0;
        }
        let mut chunks = data.chunks_exact(B);
        for c in &mut chunks {
            f(c.try_into().expect("exact chunk"));
        }
        let rest = chunks.remainder();
        self.buf[..rest.len()].copy_from_slice(rest);
        self.len = rest.len();
    }

    /// Pads with 0x80, zeros and the bit length (`lenbytes` bytes, big- or
    /// little-endian) and compresses the last blocks.
    pub fn finish(mut self, lenbytes: usize, big_endian: bool, mut f: impl FnMut(&[u8; B])) {
        let bits = self.total.wrapping_mul(8);
        let mut tail = vec![0x80u8];
        let pad = (B + B - lenbytes - 1 - self.len % B) % B;
        tail.extend(std::iter::repeat_n(0, pad));
        let lenb = if big_endian { bits.to_be_bytes()[16 - lenbytes..].to_vec() } else { bits.to_le_bytes()[..lenbytes].to_vec() };
        tail.extend(lenb);
        let total = self.total;
        self.update(&tail, &mut f);
        self.total = total;
        debug_assert_eq!(self.len, 0);
    }
}

// --- MD5 ---

#[derive(Clone)]
pub struct Md5 {
    h: [u32; 4],
    b: Buffered<64>,
}

fn md5_k() -> &'static [u32; 64] {
    static K: OnceLock<[u32; 64]> = OnceLock::new();
    // K[i] = floor(|sin(i + 1)| * 2**32) (RFC 1321, 3.4).
    K.get_or_init(|| std::array::from_fn(|i| ((i as f64 + 1.0).sin().abs() * 4294967296.0) as u32))
}

const MD5_S: [u32; 16] = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];

fn md5_block(h: &mut [u32; 4], block: &[u8; 64]) {
    let k = md5_k();
    let m: [u32; 16] = std::array::from_fn(|i| u32::from_le_bytes(block[4 * i..4 * i + 4].try_into().expect("4 bytes")));
    let [mut a, mut b, mut c, mut d] = *h;
    for i in 0..64 {
        let (f, g) = match i / 16 {
            0 => ((b & c) | (!b & d), i),
            1 => ((d & b) | (!d & c), (5 * i + 1) % 16),
            2 => (b ^ c ^ d, (3 * i + 5) % 16),
            _ => (c ^ (b | !d), (7 * i) % 16),
        };
        let s = MD5_S[(i / 16) * 4 + i % 4];
        let t = d;
        d = c;
        c = b;
        b = b.wrapping_add(a.wrapping_add(f).wrapping_add(k[i]).wrapping_add(m[g]).rotate_left(s));
        a = t;
    }
    h[0] = h[0].wrapping_add(a);
    h[1] = h[1].wrapping_add(b);
    h[2] = h[2].wrapping_add(c);
    h[3] = h[3].wrapping_add(d);
}

impl Md5 {
    pub fn new() -> Self {
        Md5 { h: [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476], b: Buffered::new() }
    }
    pub fn update(&mut self, data: &[u8]) {
        let h = &mut self.h;
        self.b.update(data, |blk| md5_block(h, blk));
    }
    pub fn digest(&self) -> Vec<u8> {
        let mut h = self.h;
        self.b.clone().finish(8, false, |blk| md5_block(&mut h, blk));
        h.iter().flat_map(|w| w.to_le_bytes()).collect()
    }
}

// --- SHA-1 ---

#[derive(Clone)]
pub struct Sha1 {
    h: [u32; 5],
    b: Buffered<64>,
}

fn sha1_block(h: &mut [u32; 5], block: &[u8; 64]) {
    let mut w = [0u32; 80];
    for i in 0..16 {
        w[i] = u32::from_be_bytes(block[4 * i..4 * i + 4].try_into().expect("4 bytes"));
    }
    for i in 16..80 {
        w[i] = (w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16]).rotate_left(1);
    }
    let [mut a, mut b, mut c, mut d, mut e] = *h;
    for (i, wi) in w.iter().enumerate() {
        let (f, k) = match i / 20 {
            0 => ((b & c) | (!b & d), 0x5A827999),
            1 => (b ^ c ^ d, 0x6ED9EBA1),
            2 => ((b & c) | (b & d) | (c & d), 0x8F1BBCDC),
            _ => (b ^ c ^ d, 0xCA62C1D6u32),
        };
        let t = a.rotate_left(5).wrapping_add(f).wrapping_add(e).wrapping_add(k).wrapping_add(*wi);
        e = d;
        d = c;
        c = b.rotate_left(30);
        b = a;
        a = t;
    }
    for (x, y) in h.iter_mut().zip([a, b, c, d, e]) {
        *x = x.wrapping_add(y);
    }
}

impl Sha1 {
    pub fn new() -> Self {
        Sha1 { h: [0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0], b: Buffered::new() }
    }
    pub fn update(&mut self, data: &[u8]) {
        let h = &mut self.h;
        self.b.update(data, |blk| sha1_block(h, blk));
    }
    pub fn digest(&self) -> Vec<u8> {
        let mut h = self.h;
        self.b.clone().finish(8, true, |blk| sha1_block(&mut h, blk));
        h.iter().flat_map(|w| w.to_be_bytes()).collect()
    }
}

// --- SHA-2 constants, derived as FIPS 180-4 defines them ---

/// Little-endian u64 limbs times limbs.
fn mul(a: &[u64], b: &[u64]) -> Vec<u64> {
    let mut r = vec![0u64; a.len() + b.len()];
    for (i, &x) in a.iter().enumerate() {
        let mut carry: u128 = 0;
        for (j, &y) in b.iter().enumerate() {
            let t = r[i + j] as u128 + x as u128 * y as u128 + carry;
            r[i + j] = t as u64;
            carry = t >> 64;
        }
        r[i + b.len()] = carry as u64;
    }
    r
}

fn less_eq(a: &[u64], b: &[u64]) -> bool {
    let n = a.len().max(b.len());
    for i in (0..n).rev() {
        let (x, y) = (*a.get(i).unwrap_or(&0), *b.get(i).unwrap_or(&0));
        if x != y {
            return x < y;
        }
    }
    true
}

/// The first 64 bits of the fractional part of `p ** (1/k)` (k = 2 or 3):
/// the largest x with x**k <= p * 2**(64k), modulo 2**64.
fn frac_root(p: u64, k: usize) -> u64 {
    // p * 2**(64k) as limbs: k zero limbs, then p.
    let mut target = vec![0u64; k];
    target.push(p);
    let (mut lo, mut hi): (u128, u128) = (0, 1 << 72);
    while hi - lo > 1 {
        let mid = (lo + hi) / 2;
        let m = [mid as u64, (mid >> 64) as u64];
        let mut pw = m.to_vec();
        for _ in 1..k {
            pw = mul(&pw, &m);
        }
        if less_eq(&pw, &target) {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    lo as u64
}

fn primes(n: usize) -> Vec<u64> {
    let mut v = Vec::with_capacity(n);
    let mut c = 2u64;
    while v.len() < n {
        if v.iter().take_while(|&&p| p * p <= c).all(|&p| c % p != 0) {
            v.push(c);
        }
        c += 1;
    }
    v
}

struct Sha2Consts {
    k512: [u64; 80],
    /// SHA-512's IV (roots of the first 8 primes), then SHA-384's (the next 8).
    iv: [u64; 16],
}

fn consts() -> &'static Sha2Consts {
    static C: OnceLock<Sha2Consts> = OnceLock::new();
    C.get_or_init(|| {
        let p = primes(80);
        Sha2Consts { k512: std::array::from_fn(|i| frac_root(p[i], 3)), iv: std::array::from_fn(|i| frac_root(p[i], 2)) }
    })
}

// --- SHA-256 / SHA-224 ---

#[derive(Clone)]
pub struct Sha256 {
    h: [u32; 8],
    b: Buffered<64>,
    out: usize,
}

fn sha256_block(h: &mut [u32; 8], block: &[u8; 64]) {
    let k = &consts().k512;
    let mut w = [0u32; 64];
    for i in 0..16 {
        w[i] = u32::from_be_bytes(block[4 * i..4 * i + 4].try_into().expect("4 bytes"));
    }
    for i in 16..64 {
        let s0 = w[i - 15].rotate_right(7) ^ w[i - 15].rotate_right(18) ^ (w[i - 15] >> 3);
        let s1 = w[i - 2].rotate_right(17) ^ w[i - 2].rotate_right(19) ^ (w[i - 2] >> 10);
        w[i] = w[i - 16].wrapping_add(s0).wrapping_add(w[i - 7]).wrapping_add(s1);
    }
    let mut v = *h;
    for i in 0..64 {
        let [a, b, c, d, e, f, g, hh] = v;
        let s1 = e.rotate_right(6) ^ e.rotate_right(11) ^ e.rotate_right(25);
        let ch = (e & f) ^ (!e & g);
        let t1 = hh.wrapping_add(s1).wrapping_add(ch).wrapping_add((k[i] >> 32) as u32).wrapping_add(w[i]);
        let s0 = a.rotate_right(2) ^ a.rotate_right(13) ^ a.rotate_right(22);
        let maj = (a & b) ^ (a & c) ^ (b & c);
        let t2 = s0.wrapping_add(maj);
        v = [t1.wrapping_add(t2), a, b, c, d.wrapping_add(t1), e, f, g];
    }
    for (x, y) in h.iter_mut().zip(v) {
        *x = x.wrapping_add(y);
    }
}

impl Sha256 {
    /// SHA-256 (`out` = 32) or SHA-224 (`out` = 28).
    pub fn new(out: usize) -> Self {
        let iv = &consts().iv;
        let h = if out == 28 { std::array::from_fn(|i| iv[8 + i] as u32) } else { std::array::from_fn(|i| (iv[i] >> 32) as u32) };
        Sha256 { h, b: Buffered::new(), out }
    }
    pub fn update(&mut self, data: &[u8]) {
        let h = &mut self.h;
        self.b.update(data, |blk| sha256_block(h, blk));
    }
    pub fn digest(&self) -> Vec<u8> {
        let mut h = self.h;
        self.b.clone().finish(8, true, |blk| sha256_block(&mut h, blk));
        let mut d: Vec<u8> = h.iter().flat_map(|w| w.to_be_bytes()).collect();
        d.truncate(self.out);
        d
    }
}

// --- SHA-512 / SHA-384 ---

#[derive(Clone)]
pub struct Sha512 {
    h: [u64; 8],
    b: Buffered<128>,
    out: usize,
}

fn sha512_block(h: &mut [u64; 8], block: &[u8; 128]) {
    let k = &consts().k512;
    let mut w = [0u64; 80];
    for i in 0..16 {
        w[i] = u64::from_be_bytes(block[8 * i..8 * i + 8].try_into().expect("8 bytes"));
    }
    for i in 16..80 {
        let s0 = w[i - 15].rotate_right(1) ^ w[i - 15].rotate_right(8) ^ (w[i - 15] >> 7);
        let s1 = w[i - 2].rotate_right(19) ^ w[i - 2].rotate_right(61) ^ (w[i - 2] >> 6);
        w[i] = w[i - 16].wrapping_add(s0).wrapping_add(w[i - 7]).wrapping_add(s1);
    }
    let mut v = *h;
    for i in 0..80 {
        let [a, b, c, d, e, f, g, hh] = v;
        let s1 = e.rotate_right(14) ^ e.rotate_right(18) ^ e.rotate_right(41);
        let ch = (e & f) ^ (!e & g);
        let t1 = hh.wrapping_add(s1).wrapping_add(ch).wrapping_add(k[i]).wrapping_add(w[i]);
        let s0 = a.rotate_right(28) ^ a.rotate_right(34) ^ a.rotate_right(39);
        let maj = (a & b) ^ (a & c) ^ (b & c);
        let t2 = s0.wrapping_add(maj);
        v = [t1.wrapping_add(t2), a, b, c, d.wrapping_add(t1), e, f, g];
    }
    for (x, y) in h.iter_mut().zip(v) {
        *x = x.wrapping_add(y);
    }
}

impl Sha512 {
    /// SHA-512 (`out` = 64) or SHA-384 (`out` = 48).
    pub fn new(out: usize) -> Self {
        let iv = &consts().iv;
        let h = if out == 48 { std::array::from_fn(|i| iv[8 + i]) } else { std::array::from_fn(|i| iv[i]) };
        Sha512 { h, b: Buffered::new(), out }
    }
    pub fn update(&mut self, data: &[u8]) {
        let h = &mut self.h;
        self.b.update(data, |blk| sha512_block(h, blk));
    }
    pub fn digest(&self) -> Vec<u8> {
        let mut h = self.h;
        self.b.clone().finish(16, true, |blk| sha512_block(&mut h, blk));
        let mut d: Vec<u8> = h.iter().flat_map(|w| w.to_be_bytes()).collect();
        d.truncate(self.out);
        d
    }
}

/// The SHA-512 initial values, which BLAKE2b uses as its IV.
pub fn sha512_iv() -> [u64; 8] {
    std::array::from_fn(|i| consts().iv[i])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(d: &[u8]) -> String {
        d.iter().map(|b| format!("{b:02x}")).collect()
    }

    #[test]
    fn derived_constants() {
        let c = consts();
        assert_eq!(c.k512[0], 0x428a2f98d728ae22);
        assert_eq!(c.k512[79], 0x6c44198c4a475817);
        assert_eq!(c.iv[0], 0x6a09e667f3bcc908);
        assert_eq!(md5_k()[0], 0xd76aa478);
        assert_eq!(md5_k()[63], 0xeb86d391);
    }

    #[test]
    fn known_digests() {
        let mut m = Md5::new();
        m.update(b"abc");
        assert_eq!(hex(&m.digest()), "900150983cd24fb0d6963f7d28e17f72");
        let mut s = Sha1::new();
        s.update(b"abc");
        assert_eq!(hex(&s.digest()), "a9993e364706816aba3e25717850c26c9cd0d89d");
        let mut s = Sha256::new(32);
        s.update(b"abc");
        assert_eq!(hex(&s.digest()), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        let mut s = Sha256::new(28);
        s.update(b"abc");
        assert_eq!(hex(&s.digest()), "23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7");
    }
}
