//! The bzip2 decompressor, fed in pieces: it decodes symbol by symbol and
//! stops (keeping its state) where the input runs out, so a block that
//! arrives in many small pieces is not decoded again from its start. Only
//! the block header (tables and selectors, a few kilobytes at most) is
//! parsed again when it was cut short.

use super::crc_update;
use super::huffman;

const BLOCK_MAGIC: u64 = 0x3141_5926_5359;
const END_MAGIC: u64 = 0x1772_4538_5090;

/// The stream is corrupt (CPython's `OSError('Invalid data stream')`).
#[derive(Debug, PartialEq, Eq)]
pub struct Invalid;

/// What one decoding step gave.
pub enum Step {
    /// A block's output.
    Block(Vec<u8>),
    /// The input ends before the next block or the stream end is complete.
    NeedMore,
    /// The end-of-stream marker was read and checked.
    End,
}

#[derive(PartialEq, Eq, Clone, Copy)]
enum Stage {
    StreamHeader,
    BlockStart,
    InBlock,
    Done,
}

struct Block {
    crc: u32,
    orig_ptr: usize,
    n_in_use: usize,
    tables: Vec<huffman::Decoder>,
    selectors: Vec<u8>,
    next_selector: usize,
    table: usize,
    group_left: u32,
    /// The move-to-front list, of byte values.
    mtf: [u8; 256],
    /// The block's last column; inverse BWT links go in the high bits later.
    tt: Vec<u32>,
    run_len: usize,
    run_weight: usize,
}

pub struct Decoder {
    input: Vec<u8>,
    /// Bit position in `input` of the next bit to read.
    pos: usize,
    stage: Stage,
    block_max: usize,
    combined: u32,
    block: Option<Box<Block>>,
}

/// Reads bits, most significant first, from `data` at bit `pos`.
struct Bits<'a> {
    data: &'a [u8],
    pos: usize,
}

impl Bits<'_> {
    #[inline]
    fn avail(&self) -> usize {
        self.data.len() * 8 - self.pos
    }

    /// The next `n` (1..=32) bits, zeros past the end of the input.
    #[inline]
    fn peek(&self, n: u32) -> u32 {
        let byte = self.pos >> 3;
        let v = if byte + 8 <= self.data.len() {
            u64::from_be_bytes(self.data[byte..byte + 8].try_into().expect("8 bytes"))
        } else {
            let mut b = [0u8; 8];
            let rest = &self.data[byte.min(self.data.len())..];
            b[..rest.len()].copy_from_slice(rest);
            u64::from_be_bytes(b)
        };
        ((v << (self.pos & 7)) >> (64 - n)) as u32
    }

    /// The next `n` bits, or `None` when the input ends first.
    #[inline]
    fn get(&mut self, n: u32) -> Option<u32> {
        if self.avail() < n as usize {
            return None;
        }
        let v = self.peek(n);
        self.pos += n as usize;
        Some(v)
    }

    fn get48(&mut self) -> Option<u64> {
        if self.avail() < 48 {
            return None;
        }
        let hi = self.get(24)? as u64;
        Some(hi << 24 | self.get(24)? as u64)
    }
}

impl Default for Decoder {
    fn default() -> Self {
        Decoder::new()
    }
}

impl Decoder {
    pub fn new() -> Decoder {
        Decoder { input: Vec::new(), pos: 0, stage: Stage::StreamHeader, block_max: 0, combined: 0, block: None }
    }

    pub fn feed(&mut self, data: &[u8]) {
        // Drop consumed input once it is most of the buffer (amortized).
        let used = self.pos / 8;
        if used > 0 && used * 2 >= self.input.len() {
            self.input.drain(..used);
            self.pos -= used * 8;
        }
        self.input.extend_from_slice(data);
    }

    /// Input bytes after the end of the stream (valid once `step` gave `End`).
    pub fn rest(&self) -> &[u8] {
        &self.input[self.pos.div_ceil(8).min(self.input.len())..]
    }

    pub fn step(&mut self) -> Result<Step, Invalid> {
        match self.stage {
            Stage::Done => Ok(Step::End),
            Stage::StreamHeader => {
                let head = &self.input[self.pos / 8..];
                for (k, &want) in b"BZh".iter().enumerate() {
                    match head.get(k) {
                        None => return Ok(Step::NeedMore),
                        Some(&c) if c != want => return Err(Invalid),
                        _ => {}
                    }
                }
                match head.get(3) {
                    None => Ok(Step::NeedMore),
                    Some(&c @ b'1'..=b'9') => {
                        self.block_max = (c - b'0') as usize * 100_000;
                        self.pos += 32;
                        self.stage = Stage::BlockStart;
                        self.step()
                    }
                    Some(_) => Err(Invalid),
                }
            }
            Stage::BlockStart => {
                let mut bits = Bits { data: &self.input, pos: self.pos };
                let Some(magic) = bits.get48() else { return Ok(Step::NeedMore) };
                if magic == END_MAGIC {
                    let Some(crc) = bits.get(32) else { return Ok(Step::NeedMore) };
                    if crc != self.combined {
                        return Err(Invalid);
                    }
                    self.pos = bits.pos;
                    self.stage = Stage::Done;
                    return Ok(Step::End);
                }
                if magic != BLOCK_MAGIC {
                    return Err(Invalid);
                }
                match parse_header(&mut bits, self.block_max)? {
                    None => Ok(Step::NeedMore),
                    Some(b) => {
                        self.pos = bits.pos;
                        self.block = Some(b);
                        self.stage = Stage::InBlock;
                        self.step()
                    }
                }
            }
            Stage::InBlock => {
                let mut b = self.block.take().expect("a block in progress");
                let mut bits = Bits { data: &self.input, pos: self.pos };
                let r = decode_symbols(&mut b, &mut bits, self.block_max);
                self.pos = bits.pos;
                match r {
                    Ok(false) => {
                        self.block = Some(b);
                        Ok(Step::NeedMore)
                    }
                    Ok(true) => {
                        let out = finish_block(&mut b)?;
                        self.combined = self.combined.rotate_left(1) ^ b.crc;
                        self.stage = Stage::BlockStart;
                        Ok(Step::Block(out))
                    }
                    Err(e) => {
                        self.block = Some(b);
                        Err(e)
                    }
                }
            }
        }
    }
}

/// Parses a block header after its magic: `None` when the input ends first.
fn parse_header(bits: &mut Bits, block_max: usize) -> Result<Option<Box<Block>>, Invalid> {
    macro_rules! get {
        ($n:expr) => {
            match bits.get($n) {
                Some(v) => v,
                None => return Ok(None),
            }
        };
    }
    let crc = get!(32);
    if get!(1) != 0 {
        // Randomised blocks: written only by bzip2 0.9.0 and earlier.
        return Err(Invalid);
    }
    let orig_ptr = get!(24) as usize;
    if orig_ptr > block_max + 10 {
        return Err(Invalid);
    }
    let ranges = get!(16);
    let mut mtf = [0u8; 256];
    let mut n_in_use = 0;
    for r in 0..16 {
        if ranges & 1 << (15 - r) != 0 {
            let m = get!(16);
            for k in 0..16 {
                if m & 1 << (15 - k) != 0 {
                    mtf[n_in_use] = (r * 16 + k) as u8;
                    n_in_use += 1;
                }
            }
        }
    }
    if n_in_use == 0 {
        return Err(Invalid);
    }
    let alpha = n_in_use + 2;
    let n_tables = get!(3) as usize;
    if !(2..=6).contains(&n_tables) {
        return Err(Invalid);
    }
    let n_selectors = get!(15) as usize;
    if n_selectors == 0 {
        return Err(Invalid);
    }
    let mut order: Vec<u8> = (0..n_tables as u8).collect();
    let mut selectors = Vec::with_capacity(n_selectors);
    for _ in 0..n_selectors {
        let mut j = 0;
        while get!(1) == 1 {
            j += 1;
            if j >= n_tables {
                return Err(Invalid);
            }
        }
        let t = order[j];
        order.copy_within(0..j, 1);
        order[0] = t;
        selectors.push(t);
    }
    let mut tables = Vec::with_capacity(n_tables);
    for _ in 0..n_tables {
        let mut cur = get!(5) as i32;
        let mut lens = Vec::with_capacity(alpha);
        for _ in 0..alpha {
            loop {
                if !(1..=20).contains(&cur) {
                    return Err(Invalid);
                }
                if get!(1) == 0 {
                    break;
                }
                if get!(1) == 0 {
                    cur += 1;
                } else {
                    cur -= 1;
                }
            }
            lens.push(cur as u8);
        }
        tables.push(huffman::Decoder::new(&lens).ok_or(Invalid)?);
    }
    Ok(Some(Box::new(Block {
        crc,
        orig_ptr,
        n_in_use,
        tables,
        selectors,
        next_selector: 0,
        table: 0,
        group_left: 0,
        mtf,
        tt: Vec::new(),
        run_len: 0,
        run_weight: 0,
    })))
}

/// Decodes symbols until the end of the block (`true`) or of the input
/// (`false`, positioned at the start of the incomplete symbol).
fn decode_symbols(b: &mut Block, bits: &mut Bits, block_max: usize) -> Result<bool, Invalid> {
    let eob = (b.n_in_use + 1) as u16;
    loop {
        if b.group_left == 0 {
            let Some(&t) = b.selectors.get(b.next_selector) else { return Err(Invalid) };
            b.next_selector += 1;
            b.table = t as usize;
            b.group_left = 50;
        }
        let avail = bits.avail();
        let Some((sym, len)) = b.tables[b.table].decode(bits.peek(20)) else {
            return if avail < 20 { Ok(false) } else { Err(Invalid) };
        };
        if (len as usize) > avail {
            return Ok(false);
        }
        bits.pos += len as usize;
        b.group_left -= 1;
        if sym <= 1 {
            // RUNA/RUNB: a digit (1 or 2) of the zero run, least significant first.
            if b.run_weight == 0 {
                b.run_weight = 1;
                b.run_len = 0;
            }
            b.run_len += b.run_weight << sym;
            b.run_weight <<= 1;
            if b.run_len > block_max {
                return Err(Invalid);
            }
            continue;
        }
        if b.run_weight != 0 {
            if b.tt.len() + b.run_len > block_max {
                return Err(Invalid);
            }
            let c = b.mtf[0] as u32;
            b.tt.resize(b.tt.len() + b.run_len, c);
            b.run_weight = 0;
        }
        if sym == eob {
            return Ok(true);
        }
        if b.tt.len() >= block_max {
            return Err(Invalid);
        }
        let idx = sym as usize - 1;
        let c = b.mtf[idx];
        b.mtf.copy_within(0..idx, 1);
        b.mtf[0] = c;
        b.tt.push(c as u32);
    }
}

/// Inverse BWT and run-length decoding of a fully read block; checks its CRC.
fn finish_block(b: &mut Block) -> Result<Vec<u8>, Invalid> {
    let tt = &mut b.tt;
    let n = tt.len();
    if b.orig_ptr >= n {
        return Err(Invalid);
    }
    let mut next = [0u32; 256];
    for &e in tt.iter() {
        next[e as usize] += 1;
    }
    let mut sum = 0;
    for c in next.iter_mut() {
        let k = *c;
        *c = sum;
        sum += k;
    }
    // Row next[c] (in first-column order) continues with row i.
    for i in 0..n {
        let c = (tt[i] & 0xff) as usize;
        tt[next[c] as usize] |= (i as u32) << 8;
        next[c] += 1;
    }
    let mut out = Vec::with_capacity(n + n / 8);
    let mut p = (tt[b.orig_ptr] >> 8) as usize;
    let mut last = 256u32;
    let mut same = 0;
    for _ in 0..n {
        let e = tt[p];
        p = (e >> 8) as usize;
        let c = e & 0xff;
        if same == 4 {
            // After four equal bytes, a count of further copies.
            let k = out.len();
            out.resize(k + c as usize, last as u8);
            same = 0;
            last = 256;
            continue;
        }
        if c == last {
            same += 1;
        } else {
            last = c;
            same = 1;
        }
        out.push(c as u8);
    }
    if !crc_update(!0, &out) != b.crc {
        return Err(Invalid);
    }
    Ok(out)
}
