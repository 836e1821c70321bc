//! `_bz2`: the bzip2 compressor and decompressor objects that `bz2.py`
//! builds on, written here from the format (no libbzip2).
//!
//! A bzip2 stream is `BZh` and a level digit, then blocks (each: a 48-bit
//! magic, the CRC of its data, the BWT origin row, the byte set in use,
//! Huffman tables and per-50-symbol table selectors, then the coded
//! move-to-front symbols), then an end magic and the combined CRC, padded
//! to a byte. [`encode`] and [`decode`] hold the two directions; compressed
//! bytes differ from libbzip2's (other tables and selectors) but each side
//! reads the other's.

mod decode;
mod encode;
mod huffman;

use pyk_sdk::prelude::*;

const MODULE: &str = "_bz2";

/// CRC-32 as bzip2 computes it: polynomial 0x04C11DB7 taken most
/// significant bit first (not the reflected form zlib uses).
static CRC_TABLE: [u32; 256] = {
    let mut t = [0u32; 256];
    let mut i = 0;
    while i < 256 {
        let mut c = (i as u32) << 24;
        let mut k = 0;
        while k < 8 {
            c = if c & 0x8000_0000 != 0 { c << 1 ^ 0x04C1_1DB7 } else { c << 1 };
            k += 1;
        }
        t[i] = c;
        i += 1;
    }
    t
};

/// Continues a CRC (kept un-inverted: start with `!0`, invert at the end).
pub(crate) fn crc_update(mut crc: u32, data: &[u8]) -> u32 {
    for &b in data {
        crc = crc << 8 ^ CRC_TABLE[((crc >> 24) as u8 ^ b) as usize];
    }
    crc
}

fn invalid() -> PyErr {
    PyErr::new(ExcKind::OSError, "Invalid data stream")
}

fn int_arg(o: &PyAny) -> PyResult<i64> {
    if !o.is_int() && o.get_type().getattr("__index__").is_err() {
        return Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", o.type_name()?)));
    }
    o.to_i64()
}

/// `__reduce_ex__(protocol)`: the objects hold coder state that cannot be
/// rebuilt, so pickling is refused with CPython's words (protocols 0 and 1
/// name the class as copyreg does, later ones by its full name).
fn refuse_pickle(name: &'static str, args: &Args) -> PyErr {
    let proto = match args.range(0, 1) {
        Ok(a) => match a.first() {
            Some(p) => match int_arg(p) {
                Ok(p) => p,
                Err(e) => return e,
            },
            None => 0,
        },
        Err(e) => return e,
    };
    let shown = if proto < 2 { name.rsplit_once('.').map_or(name, |(_, n)| n) } else { name };
    PyErr::type_error(format!("cannot pickle '{shown}' object"))
}

// --- BZ2Compressor ---

struct CState {
    enc: encode::Encoder,
    flushed: bool,
}

struct Compressor(PyMutex<CState>);
static COMPRESSOR: NativeType<Compressor> = NativeType::new();

fn c_compress(this: &Compressor, args: Args) -> PyResult<PyObj> {
    let data = args.one()?.bytes_like()?;
    let mut st = this.0.lock()?;
    if st.flushed {
        return Err(PyErr::value_error("Compressor has been flushed"));
    }
    PyObj::bytes(&st.enc.compress(&data))
}

fn c_flush(this: &Compressor, args: Args) -> PyResult<PyObj> {
    args.none()?;
    let mut st = this.0.lock()?;
    if st.flushed {
        return Err(PyErr::value_error("Repeated call to flush()"));
    }
    st.flushed = true;
    PyObj::bytes(&st.enc.finish())
}

fn c_reduce(_this: &Compressor, args: Args) -> PyResult<()> {
    Err(refuse_pickle(Compressor::NAME, &args))
}

impl NativeClass for Compressor {
    const NAME: &'static str = "_bz2.BZ2Compressor";
    const DOC: &'static str = "BZ2Compressor(compresslevel=9, /)\n--\n\nAn object that compresses data given in pieces into one bzip2 stream.\n\n  compresslevel\n    Block size in units of 100 kB, from 1 to 9.";
    const HAS_NEW: bool = true;
    const METHODS: &'static [NativeFnDef] = &[
        native_method!(Compressor, "compress", c_compress, "compress($self, data, /)\n--\n\nFeed data to the compressor; gives the compressed bytes completed so far\n(often none: output comes a block at a time)."),
        native_method!(Compressor, "flush", c_flush, "flush($self, /)\n--\n\nEnd the stream and return the remaining compressed bytes; the compressor\ncannot be used afterwards."),
        native_method!(Compressor, "__reduce_ex__", c_reduce, ""),
    ];
    fn native_type() -> &'static NativeType<Self> {
        &COMPRESSOR
    }
    fn new(_cls: &PyAny, args: Args) -> PyResult<Self> {
        if !args.keywords().is_empty() {
            return Err(PyErr::type_error("BZ2Compressor() takes no keyword arguments"));
        }
        let a = args.positional();
        if a.len() > 1 {
            return Err(PyErr::type_error(format!("BZ2Compressor expected at most 1 argument, got {}", a.len())));
        }
        let level = match a.first() {
            Some(o) => int_arg(o)?,
            None => 9,
        };
        if !(1..=9).contains(&level) {
            return Err(PyErr::value_error("compresslevel must be between 1 and 9"));
        }
        Ok(Compressor(PyMutex::new(CState { enc: encode::Encoder::new(level as u32), flushed: false })))
    }
}

// --- BZ2Decompressor ---

struct DState {
    dec: decode::Decoder,
    /// Decoded bytes not handed out yet (a `max_length` cut them off).
    pending: Vec<u8>,
    pending_pos: usize,
    /// The end-of-stream marker has been read.
    stream_done: bool,
    unused: Vec<u8>,
    needs_input: bool,
}

impl DState {
    fn eof(&self) -> bool {
        self.stream_done && self.pending_pos == self.pending.len()
    }

    fn take_pending(&mut self, out: &mut Vec<u8>, limit: usize) {
        let n = (self.pending.len() - self.pending_pos).min(limit - out.len());
        out.extend_from_slice(&self.pending[self.pending_pos..self.pending_pos + n]);
        self.pending_pos += n;
        if self.pending_pos == self.pending.len() {
            self.pending.clear();
            self.pending_pos = 0;
        }
    }

    fn decompress(&mut self, data: &[u8], limit: usize) -> PyResult<Vec<u8>> {
        let mut out = Vec::new();
        if self.stream_done {
            // Only output cut off by an earlier max_length is left.
            self.unused.extend_from_slice(data);
        } else {
            self.dec.feed(data);
        }
        self.take_pending(&mut out, limit);
        // Decode on while nothing is pending, even when `limit` is reached
        // (as libbzip2 does): a decoded block waits in `pending`, and
        // running out of input is what makes `needs_input` true.
        let mut starved = false;
        while self.pending.is_empty() && !self.stream_done {
            match self.dec.step().map_err(|_| invalid())? {
                decode::Step::Block(b) => {
                    if out.is_empty() && b.len() <= limit {
                        out = b;
                    } else {
                        self.pending = b;
                        self.take_pending(&mut out, limit);
                    }
                }
                decode::Step::NeedMore => starved = true,
                decode::Step::End => {
                    self.stream_done = true;
                    self.unused = self.dec.rest().to_vec();
                    self.dec = decode::Decoder::new();
                }
            }
            if starved {
                break;
            }
        }
        self.needs_input = !self.stream_done && self.pending.is_empty() && starved;
        Ok(out)
    }
}

struct Decompressor(PyMutex<DState>);
static DECOMPRESSOR: NativeType<Decompressor> = NativeType::new();

fn d_decompress(this: &Decompressor, args: Args) -> PyResult<PyObj> {
    let v = args.bind(&Signature { name: "decompress", params: &["data", "max_length"], posonly: 0, kwonly: 2, required: 1, required_kwonly: 0 })?;
    let data = v[0].expect("required").bytes_like()?;
    let max = match v[1] {
        Some(o) => int_arg(o)?,
        None => -1,
    };
    let mut st = this.0.lock()?;
    if st.eof() {
        return Err(crate::sysutil::builtin_exc("EOFError", &[&*PyObj::from("End of stream already reached")]));
    }
    let limit = if max < 0 { usize::MAX } else { max as usize };
    let out = st.decompress(&data, limit)?;
    PyObj::bytes(&out)
}

fn d_reduce(_this: &Decompressor, args: Args) -> PyResult<()> {
    Err(refuse_pickle(Decompressor::NAME, &args))
}

fn d_eof(this: &Decompressor, _slf: &PyAny) -> PyResult<bool> {
    Ok(this.0.lock()?.eof())
}
fn d_unused_data(this: &Decompressor, _slf: &PyAny) -> PyResult<PyObj> {
    PyObj::bytes(&this.0.lock()?.unused)
}
fn d_needs_input(this: &Decompressor, _slf: &PyAny) -> PyResult<bool> {
    Ok(this.0.lock()?.needs_input)
}

impl NativeClass for Decompressor {
    const NAME: &'static str = "_bz2.BZ2Decompressor";
    const DOC: &'static str = "BZ2Decompressor()\n--\n\nAn object that decompresses one bzip2 stream given in pieces.";
    const HAS_NEW: bool = true;
    const METHODS: &'static [NativeFnDef] = &[
        native_method!(
            Decompressor,
            "decompress",
            d_decompress,
            "decompress($self, /, data, max_length=-1)\n--\n\nDecompress data, returning at most max_length bytes (-1: no limit).\nInput not used yet is kept for the next call; bytes after the end of\nthe stream go to unused_data."
        ),
        native_method!(Decompressor, "__reduce_ex__", d_reduce, ""),
    ];
    const GETTERS: &'static [NativeFnDef] = &[
        native_getter!(Decompressor, "eof", d_eof),
        native_getter!(Decompressor, "unused_data", d_unused_data),
        native_getter!(Decompressor, "needs_input", d_needs_input),
    ];
    fn native_type() -> &'static NativeType<Self> {
        &DECOMPRESSOR
    }
    fn new(_cls: &PyAny, args: Args) -> PyResult<Self> {
        if !args.positional().is_empty() {
            return Err(PyErr::type_error("BZ2Decompressor() takes no positional arguments"));
        }
        if !args.keywords().is_empty() {
            return Err(PyErr::type_error("BZ2Decompressor() takes no keyword arguments"));
        }
        Ok(Decompressor(PyMutex::new(DState {
            dec: decode::Decoder::new(),
            pending: Vec::new(),
            pending_pos: 0,
            stream_done: false,
            unused: Vec::new(),
            needs_input: true,
        })))
    }
}

pub fn create() -> PyResult<PyObj> {
    ModuleBuilder::new(MODULE, "The bzip2 compressor and decompressor objects that the bz2 module uses.")?
        .object("BZ2Compressor", COMPRESSOR.get()?)?
        .object("BZ2Decompressor", DECOMPRESSOR.get()?)?
        .finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn roundtrip(data: &[u8], level: u32) {
        let mut e = encode::Encoder::new(level);
        let mut z = e.compress(data);
        z.extend(e.finish());
        let mut d = decode::Decoder::new();
        d.feed(&z);
        let mut out = Vec::new();
        loop {
            match d.step().expect("valid stream") {
                decode::Step::Block(b) => out.extend(b),
                decode::Step::NeedMore => panic!("truncated"),
                decode::Step::End => break,
            }
        }
        assert_eq!(out, data);
        assert!(d.rest().is_empty());
    }

    #[test]
    fn crc_of_check_string() {
        // The CRC-32/BZIP2 check value.
        assert_eq!(!crc_update(!0, b"123456789"), 0xFC89_1918);
    }

    #[test]
    fn roundtrips() {
        roundtrip(b"", 9);
        roundtrip(b"a", 9);
        roundtrip(b"hello hello hello world", 1);
        roundtrip(&[7u8; 1000], 1);
        roundtrip(&[0u8; 300_000], 1);
        let mut x = 12345u32;
        let rnd: Vec<u8> = (0..250_000)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 17;
                x ^= x << 5;
                x as u8
            })
            .collect();
        roundtrip(&rnd, 1);
        let all: Vec<u8> = (0..=255u8).cycle().take(5000).collect();
        roundtrip(&all, 9);
    }

    /// Damaged streams end in `Invalid` or `NeedMore`, never in a panic.
    #[test]
    fn damaged_streams_fail_cleanly() {
        let data: Vec<u8> = b"fuzzing the decoder, fuzzing the decoder! ".repeat(40).into_iter().chain(0..=255u8).collect();
        let mut e = encode::Encoder::new(1);
        let mut z = e.compress(&data);
        z.extend(e.finish());
        let mut x = 99u32;
        for round in 0..3000 {
            let mut bad = z.clone();
            for _ in 0..1 + round % 4 {
                x ^= x << 13;
                x ^= x >> 17;
                x ^= x << 5;
                let at = 4 + (x as usize >> 8) % (bad.len() - 4);
                bad[at] ^= 1 << (x % 8);
            }
            if round % 7 == 0 {
                bad.truncate(bad.len() * (round % 97) / 97);
            }
            let mut d = decode::Decoder::new();
            d.feed(&bad);
            for _ in 0..10 {
                match d.step() {
                    Ok(decode::Step::Block(_)) => {}
                    _ => break,
                }
            }
        }
    }

    #[test]
    fn byte_at_a_time_feeding() {
        let data: Vec<u8> = b"the quick brown fox jumps over the lazy dog ".repeat(500);
        let mut e = encode::Encoder::new(1);
        let mut z = e.compress(&data);
        z.extend(e.finish());
        let mut d = decode::Decoder::new();
        let mut out = Vec::new();
        let mut ended = false;
        for &byte in &z {
            d.feed(&[byte]);
            loop {
                match d.step().expect("valid stream") {
                    decode::Step::Block(b) => out.extend(b),
                    decode::Step::NeedMore => break,
                    decode::Step::End => {
                        ended = true;
                        break;
                    }
                }
            }
        }
        assert!(ended);
        assert_eq!(out, data);
    }
}
