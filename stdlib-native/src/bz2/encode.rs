//! The bzip2 compressor: run-length coding of the input (runs of 4 to 255
//! equal bytes become 4 bytes and a count), the Burrows–Wheeler transform
//! of each block, move-to-front with zero runs written in bijective base 2
//! (RUNA/RUNB), and Huffman coding with up to six tables chosen per group
//! of 50 symbols.

use super::crc_update;
use super::huffman::{assign_codes, code_lengths};

const BLOCK_MAGIC: u64 = 0x3141_5926_5359;
const END_MAGIC: u64 = 0x1772_4538_5090;
const GROUP: usize = 50;
const MAX_CODE_LEN: u8 = 17;

/// Collects bits, most significant first, into bytes.
struct BitWriter {
    out: Vec<u8>,
    acc: u64,
    n: u32,
}

impl BitWriter {
    #[inline]
    fn put(&mut self, bits: u32, v: u64) {
        debug_assert!(bits <= 32);
        self.acc = self.acc << bits | (v & ((1u64 << bits) - 1));
        self.n += bits;
        while self.n >= 8 {
            self.n -= 8;
            self.out.push((self.acc >> self.n) as u8);
        }
    }

    fn put48(&mut self, v: u64) {
        self.put(24, v >> 24);
        self.put(24, v);
    }

    /// Pads the last byte with zero bits.
    fn align(&mut self) {
        if self.n > 0 {
            self.put(8 - self.n, 0);
        }
    }
}

pub struct Encoder {
    /// The largest run-length-coded block written (libbzip2's bound).
    max_block: usize,
    block: Vec<u8>,
    block_crc: u32,
    combined: u32,
    /// The pending run of equal input bytes (`run_len` 0: none).
    run_ch: u8,
    run_len: u32,
    bits: BitWriter,
    /// libbzip2 gives nothing back (not even the stream header) before the
    /// first block is complete; neither does this.
    wrote_block: bool,
}

impl Encoder {
    pub fn new(level: u32) -> Encoder {
        let mut bits = BitWriter { out: Vec::new(), acc: 0, n: 0 };
        bits.put(24, u64::from(u32::from_be_bytes([0, b'B', b'Z', b'h'])));
        bits.put(8, u64::from(b'0' + level as u8));
        let max_block = level as usize * 100_000 - 19;
        Encoder { max_block, block: Vec::with_capacity(max_block), block_crc: !0, combined: 0, run_ch: 0, run_len: 0, bits, wrote_block: false }
    }

    /// Feeds `data`; returns the compressed bytes completed so far.
    pub fn compress(&mut self, data: &[u8]) -> Vec<u8> {
        let mut i = 0;
        while i < data.len() {
            let c = data[i];
            if self.run_len > 0 && c == self.run_ch && self.run_len < 255 {
                // Take the whole stretch of this byte at once.
                let mut j = i;
                while j < data.len() && data[j] == c && self.run_len < 255 {
                    self.run_len += 1;
                    j += 1;
                }
                i = j;
                continue;
            }
            self.end_run();
            self.run_ch = c;
            self.run_len = 1;
            i += 1;
        }
        if self.wrote_block {
            std::mem::take(&mut self.bits.out)
        } else {
            Vec::new()
        }
    }

    /// Ends the stream; returns the rest of the compressed bytes.
    pub fn finish(&mut self) -> Vec<u8> {
        self.end_run();
        if !self.block.is_empty() {
            self.write_block();
        }
        self.bits.put48(END_MAGIC);
        self.bits.put(32, self.combined as u64);
        self.bits.align();
        std::mem::take(&mut self.bits.out)
    }

    /// Moves the pending run into the block, starting a new block first
    /// when it would not fit.
    fn end_run(&mut self) {
        if self.run_len == 0 {
            return;
        }
        let need = if self.run_len >= 4 { 5 } else { self.run_len as usize };
        if self.block.len() + need > self.max_block {
            self.write_block();
        }
        let (c, n) = (self.run_ch, self.run_len);
        for _ in 0..n {
            self.block_crc = crc_update(self.block_crc, &[c]);
        }
        if n >= 4 {
            self.block.extend_from_slice(&[c, c, c, c, (n - 4) as u8]);
        } else {
            for _ in 0..n {
                self.block.push(c);
            }
        }
        self.run_len = 0;
    }

    fn write_block(&mut self) {
        let block = std::mem::take(&mut self.block);
        let crc = !self.block_crc;
        self.block_crc = !0;
        self.combined = self.combined.rotate_left(1) ^ crc;
        write_block(&mut self.bits, &block, crc);
        self.wrote_block = true;
        self.block = block;
        self.block.clear();
    }
}

/// The rows of the sorted rotations of `s`: `sa[k]` is where the k-th
/// smallest rotation starts. Prefix doubling (Manber–Myers with the
/// Larsson–Sadakane refinement): only groups of rotations still tied are
/// sorted again, by the rank of the rotation `h` places further, and ranks
/// (the last row of a rotation's group) are refined in place.
pub fn sort_rotations(s: &[u8]) -> Vec<u32> {
    let n = s.len();
    if n == 0 {
        return Vec::new();
    }
    let key2 = |i: usize| (s[i] as usize) << 8 | s[if i + 1 == n { 0 } else { i + 1 }] as usize;
    // Bucket by the first two bytes.
    let mut count = vec![0u32; 65537];
    for i in 0..n {
        count[key2(i) + 1] += 1;
    }
    for k in 0..65536 {
        count[k + 1] += count[k];
    }
    let mut sa = vec![0u32; n];
    let mut rank = vec![0u32; n];
    {
        let mut next = count.clone();
        for i in 0..n {
            let k = key2(i);
            sa[next[k] as usize] = i as u32;
            next[k] += 1;
        }
    }
    let mut groups: Vec<(u32, u32)> = Vec::new();
    for k in 0..65536 {
        let (a, b) = (count[k], count[k + 1]);
        if b > a {
            for &i in &sa[a as usize..b as usize] {
                rank[i as usize] = b - 1;
            }
            if b - a > 1 {
                groups.push((a, b));
            }
        }
    }
    let mut h = 2usize;
    let mut keys: Vec<u64> = Vec::new();
    while !groups.is_empty() && h < n {
        let mut next_groups = Vec::new();
        for &(a, b) in &groups {
            keys.clear();
            for &i in &sa[a as usize..b as usize] {
                let j = (i as usize + h) % n;
                keys.push((rank[j] as u64) << 32 | i as u64);
            }
            keys.sort_unstable();
            let mut p = 0;
            while p < keys.len() {
                let r = keys[p] >> 32;
                let mut q = p + 1;
                while q < keys.len() && keys[q] >> 32 == r {
                    q += 1;
                }
                let end = a + q as u32 - 1;
                for (t, &k) in keys[p..q].iter().enumerate() {
                    let i = k as u32;
                    sa[a as usize + p + t] = i;
                    rank[i as usize] = end;
                }
                if q - p > 1 {
                    next_groups.push((a + p as u32, a + q as u32));
                }
                p = q;
            }
        }
        groups = next_groups;
        h *= 2;
    }
    sa
}

/// Huffman tables for this many MTF symbols, as libbzip2 chooses.
fn table_count(n: usize) -> usize {
    match n {
        0..=199 => 2,
        200..=599 => 3,
        600..=1199 => 4,
        1200..=2399 => 5,
        _ => 6,
    }
}

fn write_block(w: &mut BitWriter, block: &[u8], crc: u32) {
    let n = block.len();
    let sa = sort_rotations(block);
    let mut orig_ptr = 0;
    let mut in_use = [false; 256];
    for &c in block {
        in_use[c as usize] = true;
    }
    let mut to_seq = [0u8; 256];
    let mut n_in_use = 0usize;
    for c in 0..256 {
        if in_use[c] {
            to_seq[c] = n_in_use as u8;
            n_in_use += 1;
        }
    }
    let eob = (n_in_use + 1) as u16;
    let alpha = n_in_use + 2;

    // Move-to-front over the last column, zero runs as RUNA (0)/RUNB (1).
    let mut syms: Vec<u16> = Vec::with_capacity(n + 1);
    let mut mtf: Vec<u8> = (0..n_in_use).map(|c| c as u8).collect();
    let mut zrun = 0u32;
    let flush_zeros = |syms: &mut Vec<u16>, zrun: &mut u32| {
        let mut r = *zrun;
        while r > 0 {
            if r & 1 == 1 {
                syms.push(0);
                r = (r - 1) / 2;
            } else {
                syms.push(1);
                r = (r - 2) / 2;
            }
        }
        *zrun = 0;
    };
    for (row, &start) in sa.iter().enumerate() {
        let start = start as usize;
        if start == 0 {
            orig_ptr = row;
        }
        let c = to_seq[block[if start == 0 { n - 1 } else { start - 1 }] as usize];
        if mtf[0] == c {
            zrun += 1;
            continue;
        }
        flush_zeros(&mut syms, &mut zrun);
        let pos = mtf.iter().position(|&m| m == c).expect("symbol in the list");
        mtf.copy_within(0..pos, 1);
        mtf[0] = c;
        syms.push(pos as u16 + 1);
    }
    flush_zeros(&mut syms, &mut zrun);
    syms.push(eob);

    // Tables: start from a split of the symbol range by frequency, then
    // let each group of 50 pick its cheapest table and rebuild the tables
    // from the groups that chose them.
    let mut freq = vec![0u32; alpha];
    for &s in &syms {
        freq[s as usize] += 1;
    }
    let n_tables = table_count(syms.len());
    let mut lens = vec![vec![MAX_CODE_LEN; alpha]; n_tables];
    {
        let mut remaining = syms.len() as u64;
        let mut lo = 0usize;
        for (t, table) in lens.iter_mut().enumerate() {
            let left = (n_tables - t) as u64;
            let target = remaining / left;
            let mut hi = lo;
            let mut got = 0u64;
            while hi < alpha && (got < target || hi == lo) {
                got += freq[hi] as u64;
                hi += 1;
            }
            if t + 1 == n_tables {
                hi = alpha;
            }
            for (s, l) in table.iter_mut().enumerate() {
                *l = if s >= lo && s < hi { 1 } else { 15 };
            }
            remaining = remaining.saturating_sub(got);
            lo = hi;
        }
    }
    let n_groups = syms.len().div_ceil(GROUP);
    let mut selectors = vec![0u8; n_groups];
    for _ in 0..4 {
        let mut tfreq = vec![vec![0u32; alpha]; n_tables];
        for (g, chunk) in syms.chunks(GROUP).enumerate() {
            let mut best = 0;
            let mut best_cost = u32::MAX;
            for (t, table) in lens.iter().enumerate() {
                let cost: u32 = chunk.iter().map(|&s| table[s as usize] as u32).sum();
                if cost < best_cost {
                    best_cost = cost;
                    best = t;
                }
            }
            selectors[g] = best as u8;
            for &s in chunk {
                tfreq[best][s as usize] += 1;
            }
        }
        for t in 0..n_tables {
            lens[t] = code_lengths(&tfreq[t], MAX_CODE_LEN);
        }
    }

    // The block header.
    w.put48(BLOCK_MAGIC);
    w.put(32, crc as u64);
    w.put(1, 0);
    w.put(24, orig_ptr as u64);
    let mut ranges = 0u32;
    for r in 0..16 {
        if in_use[r * 16..r * 16 + 16].iter().any(|&u| u) {
            ranges |= 1 << (15 - r);
        }
    }
    w.put(16, ranges as u64);
    for r in 0..16 {
        if ranges & 1 << (15 - r) != 0 {
            let mut m = 0u32;
            for k in 0..16 {
                if in_use[r * 16 + k] {
                    m |= 1 << (15 - k);
                }
            }
            w.put(16, m as u64);
        }
    }
    w.put(3, n_tables as u64);
    w.put(15, n_groups as u64);
    let mut order: Vec<u8> = (0..n_tables as u8).collect();
    for &s in &selectors {
        let pos = order.iter().position(|&t| t == s).expect("table index");
        order.copy_within(0..pos, 1);
        order[0] = s;
        for _ in 0..pos {
            w.put(1, 1);
        }
        w.put(1, 0);
    }
    for table in &lens {
        let mut cur = table[0] as i32;
        w.put(5, cur as u64);
        for &l in table {
            let l = l as i32;
            while cur < l {
                w.put(2, 0b10);
                cur += 1;
            }
            while cur > l {
                w.put(2, 0b11);
                cur -= 1;
            }
            w.put(1, 0);
        }
    }
    let codes: Vec<Vec<u32>> = lens.iter().map(|l| assign_codes(l)).collect();
    for (g, chunk) in syms.chunks(GROUP).enumerate() {
        let t = selectors[g] as usize;
        let (l, c) = (&lens[t], &codes[t]);
        for &s in chunk {
            w.put(l[s as usize] as u32, c[s as usize] as u64);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn naive(s: &[u8]) -> Vec<Vec<u8>> {
        let n = s.len();
        let mut rots: Vec<Vec<u8>> = (0..n).map(|i| s[i..].iter().chain(&s[..i]).copied().collect()).collect();
        rots.sort();
        rots
    }

    #[test]
    fn rotations_sort_like_the_naive_way() {
        let cases: Vec<Vec<u8>> = vec![
            b"banana".to_vec(),
            b"abababab".to_vec(),
            b"a".to_vec(),
            b"aaaaaaab".to_vec(),
            b"mississippi".to_vec(),
            (0..300u32).map(|i| (i * 7 % 13) as u8).collect(),
            (0..500u32).map(|i| (i.wrapping_mul(2654435761) >> 29) as u8).collect(),
        ];
        for s in cases {
            let sa = sort_rotations(&s);
            let n = s.len();
            let got: Vec<Vec<u8>> = sa.iter().map(|&i| s[i as usize..].iter().chain(&s[..i as usize]).copied().collect()).collect();
            assert_eq!(got, naive(&s));
            let mut seen = sa.clone();
            seen.sort();
            assert_eq!(seen, (0..n as u32).collect::<Vec<_>>());
        }
    }
}
