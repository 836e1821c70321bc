//! `binascii`: conversions between binary data and ASCII encodings (hex,
//! base64, quoted-printable, uuencode) and the CRC-32 / CRC-CCITT checksums,
//! with CPython 3.13's signatures, results and error messages. `base64`,
//! `quopri` and `uu`-style code in CPython's library are pure Python over it.

use pyk_sdk::prelude::*;
use pyk_sdk::types::{builtin, import, new_exception_type};

const MODULE: &str = "binascii";

fn error(msg: impl Into<String>) -> PyErr {
    match import(MODULE).and_then(|m| m.getattr("Error")) {
        Ok(t) => PyErr::with_type(t, msg.into()),
        Err(e) => e,
    }
}

/// The data of an `a2b_*` argument: a bytes-like object or an ASCII str.
fn ascii_data(o: &PyAny) -> PyResult<Vec<u8>> {
    if o.is_str() {
        let s = o.as_str()?;
        if !s.is_ascii() {
            return Err(PyErr::value_error("string argument should contain only ASCII characters"));
        }
        return Ok(s.as_bytes().to_vec());
    }
    o.bytes_like().map_err(|_| match o.type_name() {
        Ok(t) => PyErr::type_error(format!("argument should be bytes, buffer or ASCII string, not '{t}'")),
        Err(e) => e,
    })
}

/// An `unsigned int(bitwise=True)` argument: any int, reduced modulo 2**32.
fn bitwise_u32(o: &PyAny) -> PyResult<u32> {
    if !o.is_int() {
        return Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", o.type_name()?)));
    }
    let masked = o.binary_op(&PyObj::from(0xffff_ffffi64), ops::AND)?;
    Ok(masked.to_i64()? as u32)
}

// --- hex ---

const HEX: &[u8; 16] = b"0123456789abcdef";

fn hexlify_impl(args: &Args, name: &'static str) -> PyResult<PyObj> {
    let v = args.bind(&Signature { name, params: &["data", "sep", "bytes_per_sep"], posonly: 0, kwonly: 3, required: 1, required_kwonly: 0 })?;
    let data = v[0].expect("required").bytes_like()?;
    let sep = match v[1] {
        None => None,
        Some(s) => {
            let n = s.len()?;
            if n != 1 {
                return Err(PyErr::value_error("sep must be length 1."));
            }
            let b = if s.is_str() {
                let c = s.as_str()?.chars().next().unwrap_or('\0') as u32;
                if c > 0xff {
                    return Err(PyErr::value_error("sep must be ASCII."));
                }
                c as u8
            } else {
                s.bytes_like()?[0]
            };
            Some(b)
        }
    };
    let per = match v[2] {
        Some(p) => p.to_i64()?,
        None => 1,
    };
    let mut out = Vec::with_capacity(data.len() * 3);
    let group = per.unsigned_abs() as usize;
    for (i, &b) in data.iter().enumerate() {
        if let Some(s) = sep {
            if group > 0 && i > 0 {
                // Groups are counted from the right for a positive count.
                let boundary = if per > 0 { (data.len() - i) % group == 0 } else { i % group == 0 };
                if boundary {
                    out.push(s);
                }
            }
        }
        out.push(HEX[(b >> 4) as usize]);
        out.push(HEX[(b & 15) as usize]);
    }
    PyObj::bytes(&out)
}

fn hexlify(args: Args) -> PyResult<PyObj> {
    hexlify_impl(&args, "hexlify")
}
fn b2a_hex(args: Args) -> PyResult<PyObj> {
    hexlify_impl(&args, "b2a_hex")
}

fn hexval(c: u8) -> Option<u8> {
    (c as char).to_digit(16).map(|d| d as u8)
}

fn unhexlify(args: Args) -> PyResult<PyObj> {
    let data = ascii_data(args.one()?)?;
    if data.len() % 2 == 1 {
        return Err(error("Odd-length string"));
    }
    let mut out = Vec::with_capacity(data.len() / 2);
    for p in data.chunks(2) {
        match (hexval(p[0]), hexval(p[1])) {
            (Some(a), Some(b)) => out.push(a << 4 | b),
            _ => return Err(error("Non-hexadecimal digit found")),
        }
    }
    PyObj::bytes(&out)
}

// --- base64 ---

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

fn b64val(c: u8) -> Option<u8> {
    B64.iter().position(|&x| x == c).map(|p| p as u8)
}

fn b2a_base64(args: Args) -> PyResult<PyObj> {
    let v = args.bind(&Signature { name: "b2a_base64", params: &["data", "newline"], posonly: 1, kwonly: 1, required: 1, required_kwonly: 0 })?;
    let data = v[0].expect("required").bytes_like()?;
    let newline = match v[1] {
        Some(n) => n.is_true()?,
        None => true,
    };
    let mut out = Vec::with_capacity(data.len().div_ceil(3) * 4 + 1);
    for c in data.chunks(3) {
        let n = (c[0] as u32) << 16 | (*c.get(1).unwrap_or(&0) as u32) << 8 | *c.get(2).unwrap_or(&0) as u32;
        out.push(B64[(n >> 18) as usize & 63]);
        out.push(B64[(n >> 12) as usize & 63]);
        out.push(if c.len() > 1 { B64[(n >> 6) as usize & 63] } else { b'=' });
        out.push(if c.len() > 2 { B64[n as usize & 63] } else { b'=' });
    }
    if newline {
        out.push(b'\n');
    }
    PyObj::bytes(&out)
}

fn a2b_base64(args: Args) -> PyResult<PyObj> {
    let v = args.bind(&Signature { name: "a2b_base64", params: &["data", "strict_mode"], posonly: 1, kwonly: 1, required: 1, required_kwonly: 0 })?;
    let data = ascii_data(v[0].expect("required"))?;
    let strict = match v[1] {
        Some(s) => s.is_true()?,
        None => false,
    };
    decode_base64(&data, strict).map_err(error).and_then(|b| PyObj::bytes(&b))
}

fn decode_base64(data: &[u8], strict: bool) -> Result<Vec<u8>, String> {
    if strict && data.first() == Some(&b'=') {
        return Err("Leading padding not allowed".into());
    }
    let mut out = Vec::with_capacity(data.len() / 4 * 3 + 3);
    let mut quad = 0;
    let mut left: u8 = 0;
    let mut pads = 0;
    let mut padding = false;
    for (i, &c) in data.iter().enumerate() {
        if c == b'=' {
            padding = true;
            if strict && quad == 0 {
                return Err("Excess padding not allowed".into());
            }
            if quad >= 2 {
                pads += 1;
                if quad + pads >= 4 {
                    if strict && i + 1 < data.len() {
                        return Err("Excess data after padding".into());
                    }
                    return Ok(out);
                }
            }
            continue;
        }
        let Some(d) = b64val(c) else {
            if strict {
                return Err("Only base64 data is allowed".into());
            }
            continue;
        };
        if strict && padding {
            return Err("Discontinuous padding not allowed".into());
        }
        pads = 0;
        match quad {
            0 => left = d,
            1 => {
                out.push(left << 2 | d >> 4);
                left = d & 0x0f;
            }
            2 => {
                out.push(left << 4 | d >> 2);
                left = d & 0x03;
            }
            _ => {
                out.push(left << 6 | d);
                left = 0;
            }
        }
        quad = (quad + 1) % 4;
    }
    match quad {
        0 => Ok(out),
        1 => Err(format!(
            "Invalid base64-encoded string: number of data characters ({}) cannot be 1 more than a multiple of 4",
            out.len() / 3 * 4 + 1
        )),
        _ => Err("Incorrect padding".into()),
    }
}

// --- uuencode ---

fn b2a_uu(args: Args) -> PyResult<PyObj> {
    let v = args.bind(&Signature { name: "b2a_uu", params: &["data", "backtick"], posonly: 1, kwonly: 1, required: 1, required_kwonly: 0 })?;
    let data = v[0].expect("required").bytes_like()?;
    let backtick = match v[1] {
        Some(b) => b.is_true()?,
        None => false,
    };
    if data.len() > 45 {
        return Err(error("At most 45 bytes at once"));
    }
    let enc = |six: u32| -> u8 {
        if backtick && six == 0 {
            b'`'
        } else {
            b' ' + six as u8
        }
    };
    let mut out = vec![enc(data.len() as u32)];
    for c in data.chunks(3) {
        let n = (c[0] as u32) << 16 | (*c.get(1).unwrap_or(&0) as u32) << 8 | *c.get(2).unwrap_or(&0) as u32;
        for k in (0..4).rev() {
            out.push(enc(n >> (6 * k) & 63));
        }
    }
    out.push(b'\n');
    PyObj::bytes(&out)
}

fn a2b_uu(args: Args) -> PyResult<PyObj> {
    let data = ascii_data(args.one()?)?;
    let mut it = data.iter().copied();
    // The first character is the length of the binary data.
    let mut bin_len = (it.next().unwrap_or(0).wrapping_sub(b' ') & 0o77) as usize;
    let mut rest: &[u8] = if data.is_empty() { &[] } else { &data[1..] };
    let mut out = Vec::with_capacity(bin_len);
    let (mut acc, mut bits) = (0u32, 0u32);
    while bin_len > 0 {
        let c = rest.first().copied();
        let six = match c {
            None | Some(b'\n') | Some(b'\r') => 0,
            Some(c) => {
                if !(b' '..=b' ' + 64).contains(&c) {
                    return Err(error("Illegal char"));
                }
                (c - b' ') as u32 & 0o77
            }
        };
        if !rest.is_empty() {
            rest = &rest[1..];
        }
        acc = acc << 6 | six;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
            bin_len -= 1;
        }
    }
    if rest.iter().any(|&c| !matches!(c, b' ' | b'`' | b'\n' | b'\r')) {
        return Err(error("Trailing garbage"));
    }
    PyObj::bytes(&out)
}

// --- quoted-printable ---

const MAXLINESIZE: usize = 76;

fn push_hex_upper(out: &mut Vec<u8>, c: u8) {
    const UP: &[u8; 16] = b"0123456789ABCDEF";
    out.push(b'=');
    out.push(UP[(c >> 4) as usize]);
    out.push(UP[(c & 15) as usize]);
}

fn b2a_qp(args: Args) -> PyResult<PyObj> {
    let v = args.bind(&Signature::simple("b2a_qp", &["data", "quotetabs", "istext", "header"], 1))?;
    let data = v[0].expect("required").bytes_like()?;
    let flag = |o: Option<&PyAny>, d: bool| -> PyResult<bool> { o.map(|o| o.is_true()).unwrap_or(Ok(d)) };
    let quotetabs = flag(v[1], false)?;
    let istext = flag(v[2], true)?;
    let header = flag(v[3], false)?;
    Ok(PyObj::bytes(&encode_qp(&data, quotetabs, istext, header))?)
}

fn encode_qp(data: &[u8], quotetabs: bool, istext: bool, header: bool) -> Vec<u8> {
    // Line ends are written as the data's first one is: CRLF or LF.
    let crlf = match data.iter().position(|&c| c == b'\n') {
        Some(p) => p > 0 && data[p - 1] == b'\r',
        None => false,
    };
    let eol: &[u8] = if crlf { b"\r\n" } else { b"\n" };
    let n = data.len();
    let mut out = Vec::with_capacity(n * 2);
    let mut linelen = 0;
    let mut i = 0;
    while i < n {
        let c = data[i];
        let next = data.get(i + 1).copied();
        let encode = c > 126
            || c == b'='
            || (header && c == b'_')
            || (c == b'.' && linelen == 0 && matches!(next, None | Some(b'\n') | Some(b'\r') | Some(0)))
            || (!istext && (c == b'\r' || c == b'\n'))
            || ((c == b'\t' || c == b' ') && i + 1 == n)
            || (c < 33 && c != b'\r' && c != b'\n' && (quotetabs || (c != b'\t' && c != b' ')));
        if encode {
            if linelen + 3 >= MAXLINESIZE {
                out.push(b'=');
                out.extend_from_slice(eol);
                linelen = 0;
            }
            push_hex_upper(&mut out, c);
            linelen += 3;
            i += 1;
        } else if istext && (c == b'\n' || (c == b'\r' && next == Some(b'\n'))) {
            linelen = 0;
            // Whitespace at the end of a line is protected by encoding it.
            if let Some(&last @ (b' ' | b'\t')) = out.last() {
                out.pop();
                push_hex_upper(&mut out, last);
            }
            out.extend_from_slice(eol);
            i += if c == b'\r' { 2 } else { 1 };
        } else {
            if i + 1 != n && next != Some(b'\n') && linelen + 1 >= MAXLINESIZE {
                out.push(b'=');
                out.extend_from_slice(eol);
                linelen = 0;
            }
            linelen += 1;
            out.push(if header && c == b' ' { b'_' } else { c });
            i += 1;
        }
    }
    out
}

fn a2b_qp(args: Args) -> PyResult<PyObj> {
    let v = args.bind(&Signature::simple("a2b_qp", &["data", "header"], 1))?;
    let data = ascii_data(v[0].expect("required"))?;
    let header = match v[1] {
        Some(h) => h.is_true()?,
        None => false,
    };
    let n = data.len();
    let mut out = Vec::with_capacity(n);
    let mut i = 0;
    while i < n {
        let c = data[i];
        if c == b'=' {
            i += 1;
            if i >= n {
                break;
            }
            let d = data[i];
            if d == b'\n' || d == b'\r' {
                // A soft line break: skip to the end of the line.
                while i < n && data[i] != b'\n' {
                    i += 1;
                }
                if i < n {
                    i += 1;
                }
            } else if d == b'=' {
                out.push(b'=');
                i += 1;
            } else if let (Some(a), Some(b)) = (hexval(d), data.get(i + 1).copied().and_then(hexval)) {
                out.push(a << 4 | b);
                i += 2;
            } else {
                out.push(b'=');
            }
        } else if header && c == b'_' {
            out.push(b' ');
            i += 1;
        } else {
            out.push(c);
            i += 1;
        }
    }
    PyObj::bytes(&out)
}

// --- checksums ---

/// The reflected CRC-32 of zlib (polynomial 0xEDB88320), continued from `crc`.
pub fn crc32_update(crc: u32, data: &[u8]) -> u32 {
    static TABLE: std::sync::OnceLock<[u32; 256]> = std::sync::OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let mut t = [0u32; 256];
        for (i, e) in t.iter_mut().enumerate() {
            let mut c = i as u32;
            for _ in 0..8 {
                c = if c & 1 != 0 { 0xEDB8_8320 ^ (c >> 1) } else { c >> 1 };
            }
            *e = c;
        }
        t
    });
    let mut c = !crc;
    for &b in data {
        c = table[((c ^ b as u32) & 0xff) as usize] ^ (c >> 8);
    }
    !c
}

fn crc32(args: Args) -> PyResult<U32Int> {
    let a = args.range(1, 2)?;
    let data = a[0].bytes_like()?;
    let crc = match a.get(1) {
        Some(c) => bitwise_u32(c)?,
        None => 0,
    };
    Ok(U32Int(crc32_update(crc, &data)))
}

fn crc_hqx(args: Args) -> PyResult<U32Int> {
    let [data, crc] = args.exact::<2>()?;
    let data = data.bytes_like()?;
    let mut crc = bitwise_u32(crc)? & 0xffff;
    for &b in &data {
        crc ^= (b as u32) << 8;
        for _ in 0..8 {
            crc = if crc & 0x8000 != 0 { (crc << 1) ^ 0x1021 } else { crc << 1 };
        }
        crc &= 0xffff;
    }
    Ok(U32Int(crc))
}

/// A u32 result returned as a Python int.
struct U32Int(u32);
impl IntoPy for U32Int {
    fn into_py(self) -> PyResult<PyObj> {
        Ok(PyObj::from(self.0 as i64))
    }
}

static FUNCTIONS: &[NativeFnDef] = &[
    native_fn!(MODULE, "hexlify", hexlify, "Encode bytes as hex digits, two per byte."),
    native_fn!(MODULE, "b2a_hex", b2a_hex, "Encode bytes as hex digits, two per byte."),
    native_fn!(MODULE, "unhexlify", unhexlify, "Decode a string of hex digit pairs into bytes."),
    native_fn!(MODULE, "a2b_hex", unhexlify, "Decode a string of hex digit pairs into bytes."),
    native_fn!(MODULE, "b2a_base64", b2a_base64, "Encode data as one line of base64."),
    native_fn!(MODULE, "a2b_base64", a2b_base64, "Decode base64 text into bytes."),
    native_fn!(MODULE, "b2a_uu", b2a_uu, "Uuencode line of data."),
    native_fn!(MODULE, "a2b_uu", a2b_uu, "Decode one uuencoded line into bytes."),
    native_fn!(MODULE, "b2a_qp", b2a_qp, "Encode data as quoted-printable."),
    native_fn!(MODULE, "a2b_qp", a2b_qp, "Decode quoted-printable data into bytes."),
    native_fn!(MODULE, "crc32", crc32, "CRC-32 of data, continuing from crc."),
    native_fn!(MODULE, "crc_hqx", crc_hqx, "CRC-CCITT (CRC-16) of data, continuing from crc."),
];

pub fn create() -> PyResult<PyObj> {
    let error = new_exception_type(MODULE, "Error", &*builtin("ValueError")?, None)?;
    let incomplete = new_exception_type(MODULE, "Incomplete", &*builtin("Exception")?, None)?;
    ModuleBuilder::new(MODULE, "Binary data to and from ASCII encodings")?
        .functions(FUNCTIONS)?
        .object("Error", &error)?
        .object("Incomplete", &incomplete)?
        .finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc32_known_values() {
        assert_eq!(crc32_update(0, b""), 0);
        assert_eq!(crc32_update(0, b"hello"), 907060870);
        assert_eq!(crc32_update(crc32_update(0, b"hel"), b"lo"), 907060870);
    }

    #[test]
    fn base64_decoding_rules() {
        assert_eq!(decode_base64(b"YQ==", false).unwrap(), b"a");
        assert_eq!(decode_base64(b"Y Q = =", false).unwrap(), b"a");
        assert_eq!(decode_base64(b"ab=", false).unwrap_err(), "Incorrect padding");
        assert_eq!(decode_base64(b"=ab", true).unwrap_err(), "Leading padding not allowed");
    }
}
