//! Huffman code lengths (length-limited) and the canonical code assignment
//! that bzip2 streams use: for each length from the shortest to the
//! longest, the symbols of that length get consecutive codes in symbol order.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

/// Code lengths for `freqs` (every symbol gets a code, even an unused one),
/// none longer than `limit`. When the optimal tree is too deep the weights
/// are flattened (halved, keeping them at least 1) and the tree rebuilt.
pub fn code_lengths(freqs: &[u32], limit: u8) -> Vec<u8> {
    let n = freqs.len();
    let mut weights: Vec<u64> = freqs.iter().map(|&f| f.max(1) as u64).collect();
    if n == 1 {
        return vec![1];
    }
    loop {
        let lens = tree_depths(&weights);
        if lens.iter().all(|&l| l <= limit as u32) {
            return lens.into_iter().map(|l| l as u8).collect();
        }
        for w in &mut weights {
            *w = 1 + *w / 2;
        }
    }
}

/// Depth of each leaf in a Huffman tree built over `weights` (n >= 2).
fn tree_depths(weights: &[u64]) -> Vec<u32> {
    let n = weights.len();
    // Nodes 0..n are leaves; internal nodes follow. Ties prefer the
    // shallower subtree, which keeps trees flatter.
    let mut parent = vec![usize::MAX; 2 * n - 1];
    let mut heap: BinaryHeap<Reverse<(u64, u32, usize)>> = weights.iter().enumerate().map(|(i, &w)| Reverse((w, 0, i))).collect();
    let mut next = n;
    while heap.len() > 1 {
        let Reverse((w1, d1, a)) = heap.pop().expect("two nodes");
        let Reverse((w2, d2, b)) = heap.pop().expect("two nodes");
        parent[a] = next;
        parent[b] = next;
        heap.push(Reverse((w1 + w2, d1.max(d2) + 1, next)));
        next += 1;
    }
    // Parents always have larger indices: depths from the root downwards.
    let mut depth = vec![0u32; 2 * n - 1];
    for i in (0..2 * n - 2).rev() {
        depth[i] = depth[parent[i]] + 1;
    }
    depth.truncate(n);
    depth
}

/// Canonical codes for `lens`: `codes[s]` holds the low `lens[s]` bits.
pub fn assign_codes(lens: &[u8]) -> Vec<u32> {
    let mut codes = vec![0u32; lens.len()];
    let (min, max) = (lens.iter().copied().min().unwrap_or(0), lens.iter().copied().max().unwrap_or(0));
    let mut code = 0u32;
    for l in min..=max {
        for (s, &len) in lens.iter().enumerate() {
            if len == l {
                codes[s] = code;
                code += 1;
            }
        }
        code <<= 1;
    }
    codes
}

/// How many bits the decoder's lookup table resolves at once.
pub const FAST_BITS: u32 = 10;

/// A decoding table for one set of code lengths (1..=20 bits).
pub struct Decoder {
    /// Indexed by the next FAST_BITS bits: symbol << 8 | length, or 0 when
    /// the code is longer than FAST_BITS.
    fast: Vec<u32>,
    /// For each length: one past the largest code of that length, left
    /// aligned to 20 bits (`limit[l]`), and the index in `perm` of its
    /// first code minus that code.
    limit: [u32; 21],
    base: [i64; 21],
    perm: Vec<u16>,
    min_len: u8,
    max_len: u8,
}

impl Decoder {
    /// `None` when the lengths do not describe a usable prefix code (the
    /// stream is corrupt).
    pub fn new(lens: &[u8]) -> Option<Decoder> {
        let min_len = *lens.iter().min()?;
        let max_len = *lens.iter().max()?;
        if min_len == 0 || max_len > 20 {
            return None;
        }
        // Kraft sum: an over-full set of lengths is not a prefix code.
        let kraft: u64 = lens.iter().map(|&l| 1u64 << (20 - l)).sum();
        if kraft > 1 << 20 {
            return None;
        }
        let codes = assign_codes(lens);
        let mut perm = Vec::with_capacity(lens.len());
        let mut limit = [0u32; 21];
        let mut base = [0i64; 21];
        for l in min_len..=max_len {
            let first = perm.len();
            let mut first_code = None;
            let mut last_code = 0;
            for (s, &len) in lens.iter().enumerate() {
                if len == l {
                    first_code.get_or_insert(codes[s]);
                    last_code = codes[s];
                    perm.push(s as u16);
                }
            }
            match first_code {
                Some(fc) => {
                    limit[l as usize] = (last_code + 1) << (20 - l);
                    base[l as usize] = first as i64 - fc as i64;
                }
                None => {
                    // No code of this length: the limit is where the codes
                    // of the previous length ended, extended.
                    limit[l as usize] = if l > min_len { limit[l as usize - 1] } else { 0 };
                }
            }
        }
        let mut fast = vec![0u32; 1 << FAST_BITS];
        for (s, &len) in lens.iter().enumerate() {
            if len as u32 <= FAST_BITS {
                let shift = FAST_BITS - len as u32;
                let start = (codes[s] << shift) as usize;
                for e in &mut fast[start..start + (1 << shift)] {
                    *e = (s as u32) << 8 | len as u32;
                }
            }
        }
        Some(Decoder { fast, limit, base, perm, min_len, max_len })
    }

    /// Decodes one symbol from `bits` (the next 20 bits of input, first bit
    /// highest): `(symbol, length)`, or `None` for a code that does not exist.
    #[inline]
    pub fn decode(&self, bits: u32) -> Option<(u16, u8)> {
        let e = self.fast[(bits >> (20 - FAST_BITS)) as usize];
        if e != 0 {
            return Some(((e >> 8) as u16, e as u8));
        }
        let start = self.min_len.max(FAST_BITS as u8 + 1);
        for l in start..=self.max_len {
            if bits < self.limit[l as usize] {
                let code = (bits >> (20 - l)) as i64;
                let idx = self.base[l as usize] + code;
                return self.perm.get(usize::try_from(idx).ok()?).map(|&s| (s, l));
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lengths_respect_the_limit_and_kraft() {
        let freqs: Vec<u32> = (0..258).map(|i| if i < 20 { 1 << (i % 31) } else { 1 }).collect();
        let lens = code_lengths(&freqs, 17);
        assert!(lens.iter().all(|&l| (1..=17).contains(&l)));
        let kraft: u64 = lens.iter().map(|&l| 1u64 << (17 - l)).sum();
        assert!(kraft <= 1 << 17);
    }

    #[test]
    fn decoder_inverts_codes() {
        let skewed = [1u8, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 20];
        for lens in [code_lengths(&[5, 9, 1, 1, 300, 2, 7, 7, 1, 1, 1, 40], 20), skewed.to_vec()] {
            let codes = assign_codes(&lens);
            let d = Decoder::new(&lens).unwrap();
            for s in 0..lens.len() {
                let bits = codes[s] << (20 - lens[s]);
                assert_eq!(d.decode(bits), Some((s as u16, lens[s])));
            }
        }
    }
}
