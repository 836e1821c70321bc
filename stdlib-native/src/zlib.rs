//! `zlib`: DEFLATE compression with zlib, gzip and raw framing, and the
//! CRC-32/Adler-32 checksums, with CPython 3.13's names and signatures.
//!
//! The DEFLATE coder is the `miniz_oxide` crate, always in raw mode: the
//! zlib and gzip headers and trailers are written and checked here, so that
//! headers come out as zlib writes them and header errors carry zlib's
//! messages. miniz_oxide compresses well but not byte-for-byte as zlib does,
//! so compressed bytes may differ from CPython's (both decode each other's).
//! A decompression dictionary (`zdict`) is primed by feeding it to the
//! inflater as a leading stored block whose output is dropped.

use miniz_oxide::deflate::core::{create_comp_flags_from_zip_params, CompressorOxide};
use miniz_oxide::inflate::stream::InflateState;
use miniz_oxide::{DataFormat, MZError, MZFlush, MZStatus};
use pyk_sdk::prelude::*;
use pyk_sdk::types::{builtin, import, new_exception_type};

use crate::binascii::crc32_update;

const MODULE: &str = "zlib";
const MAX_WBITS: i64 = 15;
const DEF_BUF_SIZE: i64 = 16384;
const Z_NO_FLUSH: i64 = 0;
const Z_PARTIAL_FLUSH: i64 = 1;
const Z_SYNC_FLUSH: i64 = 2;
const Z_FULL_FLUSH: i64 = 3;
const Z_FINISH: i64 = 4;
const Z_BLOCK: i64 = 5;

fn error(msg: impl Into<String>) -> PyErr {
    match import(MODULE).and_then(|m| m.getattr("error")) {
        Ok(t) => PyErr::with_type(t, msg.into()),
        Err(e) => e,
    }
}

fn int_arg(o: Option<&PyAny>, default: i64) -> PyResult<i64> {
    match o {
        None => Ok(default),
        Some(o) => {
            if !o.is_int() && o.get_type().getattr("__index__").is_err() {
                return Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", o.type_name()?)));
            }
            o.to_i64()
        }
    }
}

pub fn adler32_update(adler: u32, data: &[u8]) -> u32 {
    const MOD: u32 = 65521;
    let (mut a, mut b) = (adler & 0xffff, adler >> 16);
    for chunk in data.chunks(5552) {
        for &x in chunk {
            a += x as u32;
            b += a;
        }
        a %= MOD;
        b %= MOD;
    }
    b << 16 | a
}

/// The framing a `wbits` value selects.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
enum Frame {
    Zlib,
    Raw,
    Gzip,
    /// Decompression only: zlib or gzip, chosen by the first bytes.
    Auto,
}

fn compress_frame(wbits: i64) -> PyResult<(Frame, i64)> {
    match wbits {
        // zlib turns a window of 2**8 into 2**9.
        8..=15 => Ok((Frame::Zlib, wbits.max(9))),
        -15..=-8 => Ok((Frame::Raw, (-wbits).max(9))),
        24..=31 => Ok((Frame::Gzip, (wbits - 16).max(9))),
        _ => Err(PyErr::value_error("Invalid initialization option")),
    }
}

fn decompress_frame(wbits: i64) -> Result<(Frame, i64), String> {
    match wbits {
        0 => Ok((Frame::Zlib, 0)),
        8..=15 => Ok((Frame::Zlib, wbits)),
        -15..=-8 => Ok((Frame::Raw, -wbits)),
        24..=31 => Ok((Frame::Gzip, wbits - 16)),
        40..=47 => Ok((Frame::Auto, wbits - 32)),
        _ => Err("Invalid initialization option".into()),
    }
}

// --- compression ---

struct Deflater {
    c: Box<CompressorOxide>,
    frame: Frame,
    level: i64,
    wbits: i64,
    strategy: i64,
    header_done: bool,
    finished: bool,
    crc: u32,
    adler: u32,
    size: u32,
}

impl Deflater {
    fn new(level: i64, wbits: i64, strategy: i64) -> PyResult<Self> {
        if !(-1..=9).contains(&level) {
            return Err(error("Bad compression level"));
        }
        let (frame, bits) = compress_frame(wbits)?;
        // Raw DEFLATE (negative window bits): the framing is written here.
        let flags = create_comp_flags_from_zip_params(level as i32, -(bits as i32), strategy as i32);
        let c = Box::new(CompressorOxide::new(flags));
        Ok(Deflater { c, frame, level, wbits: bits, strategy, header_done: false, finished: false, crc: 0, adler: 1, size: 0 })
    }

    fn header(&self) -> Vec<u8> {
        let level = if self.level < 0 { 6 } else { self.level };
        match self.frame {
            Frame::Zlib => {
                let cmf = ((self.wbits - 8) << 4 | 8) as u8;
                let flevel = if self.strategy >= 2 || level < 2 {
                    0
                } else if level < 6 {
                    1
                } else if level == 6 {
                    2
                } else {
                    3
                };
                let mut flg = (flevel << 6) as u8;
                let rem = ((cmf as u16) << 8 | flg as u16) % 31;
                if rem != 0 {
                    flg += (31 - rem) as u8;
                }
                vec![cmf, flg]
            }
            Frame::Gzip => {
                let xfl = if level == 9 {
                    2
                } else if self.strategy >= 2 || level < 2 {
                    4
                } else {
                    0
                };
                vec![0x1f, 0x8b, 8, 0, 0, 0, 0, 0, xfl, 3]
            }
            _ => Vec::new(),
        }
    }

    fn trailer(&self) -> Vec<u8> {
        match self.frame {
            Frame::Zlib => self.adler.to_be_bytes().to_vec(),
            Frame::Gzip => {
                let mut t = self.crc.to_le_bytes().to_vec();
                t.extend_from_slice(&self.size.to_le_bytes());
                t
            }
            _ => Vec::new(),
        }
    }

    /// Feeds `data` and flushes as `flush` asks; returns the output.
    fn run(&mut self, data: &[u8], flush: MZFlush) -> PyResult<Vec<u8>> {
        if self.finished {
            return Err(error("Error -2 while compressing data: inconsistent stream state"));
        }
        let mut out = Vec::new();
        if !self.header_done {
            out = self.header();
            self.header_done = true;
        }
        self.crc = crc32_update(self.crc, data);
        self.adler = adler32_update(self.adler, data);
        self.size = self.size.wrapping_add(data.len() as u32);
        let mut input = data;
        let mut buf = vec![0u8; 64 * 1024];
        loop {
            let r = miniz_oxide::deflate::stream::deflate(&mut self.c, input, &mut buf, flush);
            input = &input[r.bytes_consumed..];
            out.extend_from_slice(&buf[..r.bytes_written]);
            match r.status {
                Ok(MZStatus::StreamEnd) => break,
                Ok(_) => {
                    if input.is_empty() && r.bytes_written < buf.len() {
                        break;
                    }
                }
                Err(MZError::Buf) => break,
                Err(e) => return Err(error(format!("Error {} while compressing data", e as i32))),
            }
        }
        if flush == MZFlush::Finish {
            out.extend(self.trailer());
            self.finished = true;
        }
        Ok(out)
    }
}

fn compress(args: Args) -> PyResult<PyObj> {
    let v = args.bind(&Signature { name: "compress", params: &["data", "level", "wbits"], posonly: 1, kwonly: 3, required: 1, required_kwonly: 0 })?;
    let data = v[0].expect("required").bytes_like()?;
    let level = int_arg(v[1], -1)?;
    let wbits = int_arg(v[2], MAX_WBITS)?;
    let mut d = Deflater::new(level, wbits, 0)?;
    PyObj::bytes(&d.run(&data, MZFlush::Finish)?)
}

struct Compress(PyMutex<Deflater>);
static COMPRESS: NativeType<Compress> = NativeType::new();

fn c_compress(this: &Compress, args: Args) -> PyResult<PyObj> {
    let [data] = args.exact::<1>()?;
    let data = data.bytes_like()?;
    PyObj::bytes(&this.0.lock()?.run(&data, MZFlush::None)?)
}

fn c_flush(this: &Compress, args: Args) -> PyResult<PyObj> {
    let a = args.range(0, 1)?;
    let mode = int_arg(a.first(), Z_FINISH)?;
    let flush = match mode {
        Z_NO_FLUSH => return PyObj::bytes(b""),
        Z_PARTIAL_FLUSH | Z_BLOCK => MZFlush::Partial,
        Z_SYNC_FLUSH => MZFlush::Sync,
        Z_FULL_FLUSH => MZFlush::Full,
        Z_FINISH => MZFlush::Finish,
        _ => return Err(error("Error -2 while flushing: inconsistent stream state")),
    };
    PyObj::bytes(&this.0.lock()?.run(b"", flush)?)
}

impl NativeClass for Compress {
    const NAME: &'static str = "zlib.Compress";
    const METHODS: &'static [NativeFnDef] = &[
        native_method!(Compress, "compress", c_compress, "Feed data to the compressor; gives the compressed output ready so far."),
        native_method!(Compress, "flush", c_flush, "Return a bytes object containing any remaining compressed data."),
    ];
    fn native_type() -> &'static NativeType<Self> {
        &COMPRESS
    }
}

fn compressobj(args: Args) -> PyResult<PyObj> {
    let v = args.bind(&Signature::simple("compressobj", &["level", "method", "wbits", "memLevel", "strategy", "zdict"], 0))?;
    let level = int_arg(v[0], -1)?;
    let method = int_arg(v[1], 8)?;
    let wbits = int_arg(v[2], MAX_WBITS)?;
    let mem_level = int_arg(v[3], 8)?;
    let strategy = int_arg(v[4], 0)?;
    if method != 8 || !(1..=9).contains(&mem_level) || !(0..=4).contains(&strategy) {
        return Err(PyErr::value_error("Invalid initialization option"));
    }
    if let Some(z) = v[5] {
        if !z.is_none() {
            return Err(PyErr::value_error("zdict is not supported for compression by pyk's zlib"));
        }
    }
    COMPRESS.wrap(Compress(PyMutex::new(Deflater::new(level, wbits, strategy)?)))
}

// --- decompression ---

#[derive(Clone)]
enum Phase {
    /// Collecting the zlib or gzip header.
    Header,
    Body,
    /// Collecting the trailer (checksum and, for gzip, the size).
    Trailer,
    Done,
}

#[derive(Clone)]
struct Inflater {
    st: Box<InflateState>,
    frame: Frame,
    wbits: i64,
    zdict: Option<Vec<u8>>,
    phase: Phase,
    /// Input held back while a header or trailer is incomplete.
    held: Vec<u8>,
    /// Output still to drop (the primed dictionary).
    skip: usize,
    crc: u32,
    adler: u32,
    size: u32,
    unused: Vec<u8>,
    tail: Vec<u8>,
    eof: bool,
}

const ERR_TRUNCATED: &str = "incomplete or truncated stream";

impl Inflater {
    fn new(wbits: i64, zdict: Option<Vec<u8>>) -> Result<Self, String> {
        let (frame, bits) = decompress_frame(wbits)?;
        let mut i = Inflater {
            st: InflateState::new_boxed(DataFormat::Raw),
            frame,
            wbits: bits,
            zdict,
            phase: Phase::Header,
            held: Vec::new(),
            skip: 0,
            crc: 0,
            adler: 1,
            size: 0,
            unused: Vec::new(),
            tail: Vec::new(),
            eof: false,
        };
        if frame == Frame::Raw {
            i.phase = Phase::Body;
            if let Some(d) = i.zdict.clone() {
                i.prime(&d)?;
            }
        }
        Ok(i)
    }

    /// Primes the window with `dict`: stored blocks whose output is dropped.
    fn prime(&mut self, dict: &[u8]) -> Result<(), String> {
        let mut blocks = Vec::new();
        for chunk in dict.chunks(65535) {
            let n = chunk.len() as u16;
            blocks.push(0u8);
            blocks.extend_from_slice(&n.to_le_bytes());
            blocks.extend_from_slice(&(!n).to_le_bytes());
            blocks.extend_from_slice(chunk);
        }
        self.skip = dict.len();
        let mut sink = Vec::new();
        self.inflate_some(&blocks, usize::MAX, &mut sink)?;
        Ok(())
    }

    /// Parses a complete header at the front of `held`; `None` when more bytes are needed.
    fn parse_header(&mut self) -> Result<Option<usize>, String> {
        let h = &self.held;
        if self.frame == Frame::Auto {
            if h.len() < 2 {
                return Ok(None);
            }
            self.frame = if h[0] == 0x1f && h[1] == 0x8b { Frame::Gzip } else { Frame::Zlib };
        }
        match self.frame {
            Frame::Zlib => {
                if h.len() < 2 {
                    return Ok(None);
                }
                let (cmf, flg) = (h[0], h[1]);
                if ((cmf as u16) << 8 | flg as u16) % 31 != 0 {
                    return Err("incorrect header check".into());
                }
                if cmf & 0x0f != 8 {
                    return Err("unknown compression method".into());
                }
                let w = (cmf >> 4) as i64 + 8;
                if w > 15 || (self.wbits != 0 && w > self.wbits) {
                    return Err("invalid window size".into());
                }
                if flg & 0x20 != 0 {
                    if h.len() < 6 {
                        return Ok(None);
                    }
                    let want = u32::from_be_bytes([h[2], h[3], h[4], h[5]]);
                    let Some(d) = self.zdict.clone() else { return Err("NEED_DICT".into()) };
                    if adler32_update(1, &d) != want {
                        return Err("BAD_DICT".into());
                    }
                    self.prime(&d)?;
                    return Ok(Some(6));
                }
                Ok(Some(2))
            }
            Frame::Gzip => {
                if h.len() < 10 {
                    return Ok(None);
                }
                if h[0] != 0x1f || h[1] != 0x8b {
                    return Err("incorrect header check".into());
                }
                if h[2] != 8 {
                    return Err("unknown compression method".into());
                }
                let flg = h[3];
                let mut p = 10;
                if flg & 4 != 0 {
                    if h.len() < p + 2 {
                        return Ok(None);
                    }
                    p += 2 + u16::from_le_bytes([h[p], h[p + 1]]) as usize;
                }
                for bit in [8u8, 16] {
                    if flg & bit != 0 {
                        match h.get(p..).and_then(|r| r.iter().position(|&c| c == 0)) {
                            Some(z) => p += z + 1,
                            None => return Ok(None),
                        }
                    }
                }
                if flg & 2 != 0 {
                    p += 2;
                }
                if h.len() < p {
                    return Ok(None);
                }
                Ok(Some(p))
            }
            _ => Ok(Some(0)),
        }
    }

    /// Runs the raw inflater over `input` until it is consumed, `limit`
    /// output bytes were produced or the stream ended. Returns the bytes consumed.
    fn inflate_some(&mut self, input: &[u8], limit: usize, out: &mut Vec<u8>) -> Result<usize, String> {
        let mut consumed = 0;
        let mut buf = vec![0u8; 32 * 1024];
        loop {
            let room = limit.saturating_sub(out.len()).saturating_add(self.skip).min(buf.len());
            if room == 0 {
                return Ok(consumed);
            }
            let r = miniz_oxide::inflate::stream::inflate(&mut self.st, &input[consumed..], &mut buf[..room], MZFlush::None);
            consumed += r.bytes_consumed;
            let mut produced = &buf[..r.bytes_written];
            if self.skip > 0 {
                let n = self.skip.min(produced.len());
                self.skip -= n;
                produced = &produced[n..];
            }
            self.crc = crc32_update(self.crc, produced);
            self.adler = adler32_update(self.adler, produced);
            self.size = self.size.wrapping_add(produced.len() as u32);
            out.extend_from_slice(produced);
            match r.status {
                Ok(MZStatus::StreamEnd) => {
                    self.phase = if self.frame == Frame::Raw { Phase::Done } else { Phase::Trailer };
                    if self.frame == Frame::Raw {
                        self.eof = true;
                    }
                    return Ok(consumed);
                }
                Ok(_) => {
                    if consumed == input.len() && r.bytes_written < room {
                        return Ok(consumed);
                    }
                }
                Err(MZError::Buf) => return Ok(consumed),
                Err(_) => return Err("invalid deflate data".into()),
            }
        }
    }

    /// `decompress(data, max_length)`: the output; sets unused_data,
    /// unconsumed_tail and eof as zlib's Decompress does.
    fn feed(&mut self, data: &[u8], max_length: usize) -> Result<Vec<u8>, String> {
        let mut out = Vec::new();
        let mut input: Vec<u8> = std::mem::take(&mut self.held);
        input.extend_from_slice(data);
        let mut pos = 0;
        let had_tail = !self.tail.is_empty();
        self.tail.clear();
        loop {
            match self.phase {
                Phase::Header => {
                    self.held = input[pos..].to_vec();
                    match self.parse_header()? {
                        None => return Ok(out),
                        Some(n) => {
                            self.held.clear();
                            pos += n;
                            self.phase = Phase::Body;
                        }
                    }
                }
                Phase::Body => {
                    let n = self.inflate_some(&input[pos..], max_length, &mut out)?;
                    pos += n;
                    if let Phase::Body = self.phase {
                        if pos < input.len() {
                            self.tail = input[pos..].to_vec();
                        }
                        return Ok(out);
                    }
                }
                Phase::Trailer => {
                    let need = if self.frame == Frame::Gzip { 8 } else { 4 };
                    if input.len() - pos < need {
                        self.held = input[pos..].to_vec();
                        return Ok(out);
                    }
                    let t = &input[pos..pos + need];
                    if self.frame == Frame::Gzip {
                        if u32::from_le_bytes([t[0], t[1], t[2], t[3]]) != self.crc {
                            return Err("incorrect data check".into());
                        }
                        if u32::from_le_bytes([t[4], t[5], t[6], t[7]]) != self.size {
                            return Err("incorrect length check".into());
                        }
                    } else if u32::from_be_bytes([t[0], t[1], t[2], t[3]]) != self.adler {
                        return Err("incorrect data check".into());
                    }
                    pos += need;
                    self.phase = Phase::Done;
                    self.eof = true;
                }
                Phase::Done => {
                    // As CPython's Decompress does: the leftover input is
                    // unused data, and stays the unconsumed tail too when
                    // the call began with a tail.
                    self.unused.extend_from_slice(&input[pos..]);
                    if had_tail {
                        self.tail = input[pos..].to_vec();
                    }
                    return Ok(out);
                }
            }
        }
    }
}

fn inflate_error(what: &str, msg: String) -> PyErr {
    if msg == "NEED_DICT" {
        return error(format!("Error 2 while {what} data"));
    }
    if msg == "BAD_DICT" {
        return error("Error -3 while setting zdict: invalid input data");
    }
    if msg == "Invalid initialization option" {
        return PyErr::value_error(msg);
    }
    let code = if msg == ERR_TRUNCATED { -5 } else { -3 };
    error(format!("Error {code} while {what} data: {msg}"))
}

fn decompress(args: Args) -> PyResult<PyObj> {
    let v = args.bind(&Signature { name: "decompress", params: &["data", "wbits", "bufsize"], posonly: 1, kwonly: 3, required: 1, required_kwonly: 0 })?;
    let data = v[0].expect("required").bytes_like()?;
    let wbits = int_arg(v[1], MAX_WBITS)?;
    let bufsize = int_arg(v[2], DEF_BUF_SIZE)?;
    if bufsize < 0 {
        return Err(PyErr::value_error("bufsize must be non-negative"));
    }
    let mut i = Inflater::new(wbits, None).map_err(|m| inflate_error("decompressing", m))?;
    let out = i.feed(&data, usize::MAX).map_err(|m| inflate_error("decompressing", m))?;
    if !i.eof {
        return Err(inflate_error("decompressing", ERR_TRUNCATED.into()));
    }
    PyObj::bytes(&out)
}

struct Decompress(PyMutex<Inflater>);
static DECOMPRESS: NativeType<Decompress> = NativeType::new();

fn d_decompress(this: &Decompress, args: Args) -> PyResult<PyObj> {
    let v = args.bind(&Signature { name: "decompress", params: &["data", "max_length"], posonly: 1, kwonly: 2, required: 1, required_kwonly: 0 })?;
    let data = v[0].expect("required").bytes_like()?;
    let max = int_arg(v[1], 0)?;
    if max < 0 {
        return Err(PyErr::value_error("max_length must be non-negative"));
    }
    let limit = if max == 0 { usize::MAX } else { max as usize };
    let out = this.0.lock()?.feed(&data, limit).map_err(|m| inflate_error("decompressing", m))?;
    PyObj::bytes(&out)
}

fn d_flush(this: &Decompress, args: Args) -> PyResult<PyObj> {
    let a = args.range(0, 1)?;
    let length = int_arg(a.first(), DEF_BUF_SIZE)?;
    if length <= 0 {
        return Err(PyErr::value_error("length must be greater than zero"));
    }
    let mut st = this.0.lock()?;
    let tail = std::mem::take(&mut st.tail);
    let out = st.feed(&tail, usize::MAX).map_err(|m| inflate_error("flushing", m))?;
    PyObj::bytes(&out)
}

fn d_copy(this: &Decompress, args: Args) -> PyResult<PyObj> {
    args.none()?;
    let c = this.0.lock()?.clone();
    DECOMPRESS.wrap(Decompress(PyMutex::new(c)))
}

fn d_unused_data(this: &Decompress, _slf: &PyAny) -> PyResult<PyObj> {
    PyObj::bytes(&this.0.lock()?.unused)
}
fn d_unconsumed_tail(this: &Decompress, _slf: &PyAny) -> PyResult<PyObj> {
    PyObj::bytes(&this.0.lock()?.tail)
}
fn d_eof(this: &Decompress, _slf: &PyAny) -> PyResult<bool> {
    Ok(this.0.lock()?.eof)
}

impl NativeClass for Decompress {
    const NAME: &'static str = "zlib.Decompress";
    const METHODS: &'static [NativeFnDef] = &[
        native_method!(Decompress, "decompress", d_decompress, "Return a bytes object containing the decompressed version of the data."),
        native_method!(Decompress, "flush", d_flush, "Return a bytes object containing any remaining decompressed data."),
        native_method!(Decompress, "copy", d_copy, "Return a copy of the decompression object."),
    ];
    const GETTERS: &'static [NativeFnDef] = &[
        native_getter!(Decompress, "unused_data", d_unused_data),
        native_getter!(Decompress, "unconsumed_tail", d_unconsumed_tail),
        native_getter!(Decompress, "eof", d_eof),
    ];
    fn native_type() -> &'static NativeType<Self> {
        &DECOMPRESS
    }
}

fn decompressobj(args: Args) -> PyResult<PyObj> {
    let v = args.bind(&Signature::simple("decompressobj", &["wbits", "zdict"], 0))?;
    let wbits = int_arg(v[0], MAX_WBITS)?;
    let zdict = match v[1] {
        Some(z) => Some(z.bytes_like().map_err(|_| PyErr::type_error("zdict argument must support the buffer protocol"))?),
        None => None,
    };
    let i = Inflater::new(wbits, zdict).map_err(|m| inflate_error("decompressing", m))?;
    DECOMPRESS.wrap(Decompress(PyMutex::new(i)))
}

/// `_ZlibDecompressor`: the one-way decompressor gzip reads through. It
/// keeps the input it has not used yet itself (no unconsumed_tail) and
/// says through `needs_input` whether the next call needs more.
struct ZlibDecompressor(PyMutex<ZState>);
static ZLIB_DECOMPRESSOR: NativeType<ZlibDecompressor> = NativeType::new();

struct ZState {
    inf: Inflater,
    input: Vec<u8>,
    needs_input: bool,
}

fn zd_decompress(this: &ZlibDecompressor, args: Args) -> PyResult<PyObj> {
    let v = args.bind(&Signature { name: "decompress", params: &["data", "max_length"], posonly: 0, kwonly: 2, required: 1, required_kwonly: 0 })?;
    let data = v[0].expect("required").bytes_like()?;
    let max = int_arg(v[1], -1)?;
    let mut st = this.0.lock()?;
    if st.inf.eof {
        return Err(crate::sysutil::builtin_exc("EOFError", &[&*PyObj::from("End of stream already reached")]));
    }
    let mut input = std::mem::take(&mut st.input);
    input.extend_from_slice(&data);
    if max == 0 {
        st.needs_input = input.is_empty();
        st.input = input;
        return PyObj::bytes(&[]);
    }
    let limit = if max < 0 { usize::MAX } else { max as usize };
    let out = st.inf.feed(&input, limit).map_err(|m| inflate_error("decompressing", m))?;
    st.input = std::mem::take(&mut st.inf.tail);
    st.needs_input = !st.inf.eof && st.input.is_empty();
    PyObj::bytes(&out)
}

fn zd_unused_data(this: &ZlibDecompressor, _slf: &PyAny) -> PyResult<PyObj> {
    PyObj::bytes(&this.0.lock()?.inf.unused)
}
fn zd_eof(this: &ZlibDecompressor, _slf: &PyAny) -> PyResult<bool> {
    Ok(this.0.lock()?.inf.eof)
}
fn zd_needs_input(this: &ZlibDecompressor, _slf: &PyAny) -> PyResult<bool> {
    Ok(this.0.lock()?.needs_input)
}

impl NativeClass for ZlibDecompressor {
    const NAME: &'static str = "zlib._ZlibDecompressor";
    const DOC: &'static str = "Make an object that inflates a stream given in pieces.";
    const HAS_NEW: bool = true;
    const METHODS: &'static [NativeFnDef] = &[native_method!(
        ZlibDecompressor,
        "decompress",
        zd_decompress,
        "Decompress data, returning at most max_length bytes (-1: no limit); unused input is kept for the next call."
    )];
    const GETTERS: &'static [NativeFnDef] = &[
        native_getter!(ZlibDecompressor, "unused_data", zd_unused_data),
        native_getter!(ZlibDecompressor, "eof", zd_eof),
        native_getter!(ZlibDecompressor, "needs_input", zd_needs_input),
    ];
    fn native_type() -> &'static NativeType<Self> {
        &ZLIB_DECOMPRESSOR
    }
    fn new(_cls: &PyAny, args: Args) -> PyResult<Self> {
        let v = args.bind(&Signature::simple("_ZlibDecompressor", &["wbits", "zdict"], 0))?;
        let wbits = int_arg(v[0], MAX_WBITS)?;
        let zdict = match v[1] {
            Some(z) => Some(z.bytes_like().map_err(|_| PyErr::type_error("zdict argument must support the buffer protocol"))?),
            None => None,
        };
        let inf = Inflater::new(wbits, zdict).map_err(|m| inflate_error("decompressing", m))?;
        Ok(ZlibDecompressor(PyMutex::new(ZState { inf, input: Vec::new(), needs_input: true })))
    }
}

// --- checksums ---

fn checksum_start(args: &Args, default: u32) -> PyResult<(Vec<u8>, u32)> {
    let a = args.range(1, 2)?;
    let data = a[0].bytes_like()?;
    let start = match a.get(1) {
        Some(v) => {
            if !v.is_int() {
                return Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", v.type_name()?)));
            }
            v.binary_op(&PyObj::from(0xffff_ffffi64), ops::AND)?.to_i64()? as u32
        }
        None => default,
    };
    Ok((data, start))
}

fn crc32(args: Args) -> PyResult<i64> {
    let (data, start) = checksum_start(&args, 0)?;
    Ok(crc32_update(start, &data) as i64)
}
fn adler32(args: Args) -> PyResult<i64> {
    let (data, start) = checksum_start(&args, 1)?;
    Ok(adler32_update(start, &data) as i64)
}

static FUNCTIONS: &[NativeFnDef] = &[
    native_fn!(MODULE, "compress", compress, "Deflate data in one go."),
    native_fn!(MODULE, "decompress", decompress, "Inflate data in one go."),
    native_fn!(MODULE, "compressobj", compressobj, "Make an object that deflates a stream given in pieces."),
    native_fn!(MODULE, "decompressobj", decompressobj, "Make an object that inflates a stream given in pieces."),
    native_fn!(MODULE, "crc32", crc32, "CRC-32 of data, continuing from value."),
    native_fn!(MODULE, "adler32", adler32, "Adler-32 checksum of data, continuing from value."),
];

pub fn create() -> PyResult<PyObj> {
    let err = new_exception_type(MODULE, "error", &*builtin("Exception")?, None)?;
    let mut b = ModuleBuilder::new(MODULE, "Compress and decompress data in the zlib, gzip and raw deflate formats\n(the zlib library).")?
        .functions(FUNCTIONS)?
        .object("error", &err)?
        .object("Compress", COMPRESS.get()?)?
        .object("Decompress", DECOMPRESS.get()?)?
        .object("_ZlibDecompressor", ZLIB_DECOMPRESSOR.get()?)?
        .constant("ZLIB_VERSION", "1.3.1")?
        .constant("ZLIB_RUNTIME_VERSION", "1.3.1")?;
    for (name, v) in [
        ("MAX_WBITS", MAX_WBITS),
        ("DEFLATED", 8),
        ("DEF_MEM_LEVEL", 8),
        ("DEF_BUF_SIZE", DEF_BUF_SIZE),
        ("Z_NO_COMPRESSION", 0),
        ("Z_BEST_SPEED", 1),
        ("Z_BEST_COMPRESSION", 9),
        ("Z_DEFAULT_COMPRESSION", -1),
        ("Z_FILTERED", 1),
        ("Z_HUFFMAN_ONLY", 2),
        ("Z_RLE", 3),
        ("Z_FIXED", 4),
        ("Z_DEFAULT_STRATEGY", 0),
        ("Z_NO_FLUSH", Z_NO_FLUSH),
        ("Z_PARTIAL_FLUSH", Z_PARTIAL_FLUSH),
        ("Z_SYNC_FLUSH", Z_SYNC_FLUSH),
        ("Z_FULL_FLUSH", Z_FULL_FLUSH),
        ("Z_FINISH", Z_FINISH),
        ("Z_BLOCK", Z_BLOCK),
        ("Z_TREES", 6),
    ] {
        b = b.constant(name, v)?;
    }
    b.finish()
}
