//! `_hashlib`: the interface `hashlib` and `hmac` take from CPython's
//! OpenSSL module, served by the hashes written here — `new` and the
//! `openssl_*` constructors (hash objects of the builtin types), HMAC
//! objects (`hmac_new`, `hmac_digest`), `pbkdf2_hmac` (RFC 8018) and
//! `scrypt` (RFC 7914, with OpenSSL's parameter and memory checks), and
//! `compare_digest`. CPython 3.13 has no other `pbkdf2_hmac`/`scrypt`.

use pyk_sdk::prelude::*;
use pyk_sdk::types::{builtin, import, new_exception_type};

use super::md::{Md5, Sha1, Sha256, Sha512};
use super::sha3::Sponge;
use super::*;

const MODULE: &str = "_hashlib";

/// The digests `_hashlib` knows, by hashlib name.
const NAMES: &[&str] = &[
    "md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224", "sha3_256", "sha3_384", "sha3_512", "shake_128", "shake_256",
];

fn unsupported(msg: String) -> PyErr {
    match import(MODULE).and_then(|m| m.getattr("UnsupportedDigestmodError")).and_then(|e| e.call(&[&*PyObj::from(msg.as_str())])) {
        Ok(exc) => PyErr::from_instance(exc),
        Err(e) => e,
    }
}

/// A fresh core for `name` (case-insensitive, as OpenSSL's names are).
fn core_for(name: &str) -> Option<Core> {
    let lower = name.to_ascii_lowercase();
    let (n, ds, bs, st) = match lower.as_str() {
        "md5" => ("md5", 16, 64, State::Md5(Md5::new())),
        "sha1" => ("sha1", 20, 64, State::Sha1(Sha1::new())),
        "sha224" => ("sha224", 28, 64, State::Sha256(Sha256::new(28))),
        "sha256" => ("sha256", 32, 64, State::Sha256(Sha256::new(32))),
        "sha384" => ("sha384", 48, 128, State::Sha512(Sha512::new(48))),
        "sha512" => ("sha512", 64, 128, State::Sha512(Sha512::new(64))),
        "sha3_224" => ("sha3_224", 28, 144, State::Sha3(Sponge::new(144, 0x06))),
        "sha3_256" => ("sha3_256", 32, 136, State::Sha3(Sponge::new(136, 0x06))),
        "sha3_384" => ("sha3_384", 48, 104, State::Sha3(Sponge::new(104, 0x06))),
        "sha3_512" => ("sha3_512", 64, 72, State::Sha3(Sponge::new(72, 0x06))),
        "shake_128" => ("shake_128", 0, 168, State::Sha3(Sponge::new(168, 0x1f))),
        "shake_256" => ("shake_256", 0, 136, State::Sha3(Sponge::new(136, 0x1f))),
        _ => return None,
    };
    Some(Core::new(n, ds, bs, st))
}

/// A hash object of the builtin type for `core`'s algorithm.
fn wrap(core: Core) -> PyResult<PyObj> {
    match core.name {
        "md5" => Md5Type::native_type().wrap(Md5Type(core)),
        "sha1" => Sha1Type::native_type().wrap(Sha1Type(core)),
        "sha224" => Sha224Type::native_type().wrap(Sha224Type(core)),
        "sha256" => Sha256Type::native_type().wrap(Sha256Type(core)),
        "sha384" => Sha384Type::native_type().wrap(Sha384Type(core)),
        "sha512" => Sha512Type::native_type().wrap(Sha512Type(core)),
        "sha3_224" => Sha3_224::native_type().wrap(Sha3_224(core)),
        "sha3_256" => Sha3_256::native_type().wrap(Sha3_256(core)),
        "sha3_384" => Sha3_384::native_type().wrap(Sha3_384(core)),
        "sha3_512" => Sha3_512::native_type().wrap(Sha3_512(core)),
        "shake_128" => Shake128::native_type().wrap(Shake128(core)),
        _ => Shake256::native_type().wrap(Shake256(core)),
    }
}

/// The data argument of the constructors: bytes-like, or TypeError.
fn data_arg(o: Option<&PyAny>) -> PyResult<Option<Vec<u8>>> {
    o.filter(|o| !o.is_none()).map(hash_data).transpose()
}

fn new_hash(name: &str, data: Option<Vec<u8>>) -> PyResult<PyObj> {
    let core = core_for(name).ok_or_else(|| unsupported(format!("unsupported hash type {name}")))?;
    if let Some(d) = data {
        core.state.lock()?.update(&d);
    }
    wrap(core)
}

fn new(args: Args) -> PyResult<PyObj> {
    let v = args.bind(&Signature { name: "new", params: &["name", "string", "usedforsecurity"], posonly: 0, kwonly: 2, required: 1, required_kwonly: 0 })?;
    let name = v[0].unwrap();
    let name = name.as_str().map_err(|_| PyErr::type_error(format!("new() argument 'name' must be str, not {}", name.type_name().unwrap_or_default())))?;
    new_hash(name, data_arg(v[1])?)
}

macro_rules! openssl_ctor {
    ($fn:ident, $name:literal) => {
        fn $fn(args: Args) -> PyResult<PyObj> {
            let v = args.bind(&Signature { name: concat!("openssl_", $name), params: &["string", "usedforsecurity"], posonly: 0, kwonly: 1, required: 0, required_kwonly: 0 })?;
            new_hash($name, data_arg(v[0])?)
        }
    };
}
openssl_ctor!(openssl_md5, "md5");
openssl_ctor!(openssl_sha1, "sha1");
openssl_ctor!(openssl_sha224, "sha224");
openssl_ctor!(openssl_sha256, "sha256");
openssl_ctor!(openssl_sha384, "sha384");
openssl_ctor!(openssl_sha512, "sha512");
openssl_ctor!(openssl_sha3_224, "sha3_224");
openssl_ctor!(openssl_sha3_256, "sha3_256");
openssl_ctor!(openssl_sha3_384, "sha3_384");
openssl_ctor!(openssl_sha3_512, "sha3_512");
openssl_ctor!(openssl_shake_128, "shake_128");
openssl_ctor!(openssl_shake_256, "shake_256");

// ---- HMAC ----

/// Keyed inner and outer states, ready for the message (RFC 2104).
#[derive(Clone)]
struct Keyed {
    inner: State,
    outer: State,
    digest_size: usize,
    block_size: usize,
    name: &'static str,
}

impl Keyed {
    fn new(digest: &str, key: &[u8]) -> PyResult<Keyed> {
        let base = core_for(digest).filter(|c| c.digest_size > 0).ok_or_else(|| unsupported(format!("unsupported hash type {digest}")))?;
        let (ds, bs) = (base.digest_size, base.block_size);
        let fresh = base.state.lock()?.clone();
        let mut k = if key.len() > bs {
            let mut h = fresh.clone();
            h.update(key);
            h.digest(ds)
        } else {
            key.to_vec()
        };
        k.resize(bs, 0);
        let mut inner = fresh.clone();
        inner.update(&k.iter().map(|b| b ^ 0x36).collect::<Vec<_>>());
        let mut outer = fresh;
        outer.update(&k.iter().map(|b| b ^ 0x5c).collect::<Vec<_>>());
        Ok(Keyed { inner, outer, digest_size: ds, block_size: bs, name: base.name })
    }

    /// The MAC of what `inner` has absorbed.
    fn finish(&self, inner: &State) -> Vec<u8> {
        let d = inner.digest(self.digest_size);
        let mut o = self.outer.clone();
        o.update(&d);
        o.digest(self.digest_size)
    }

    fn mac(&self, msg: &[u8]) -> Vec<u8> {
        let mut i = self.inner.clone();
        i.update(msg);
        self.finish(&i)
    }
}

struct Hmac(PyMutex<Keyed>);

static HMAC_TYPE: NativeType<Hmac> = NativeType::new();

fn hmac_update(this: &Hmac, args: Args) -> PyResult<()> {
    let v = args.bind(&Signature::simple("update", &["msg"], 1))?;
    let d = hash_data(v[0].unwrap())?;
    this.0.lock()?.inner.update(&d);
    Ok(())
}
fn hmac_digest_m(this: &Hmac, args: Args) -> PyResult<PyObj> {
    args.none()?;
    let k = this.0.lock()?;
    PyObj::bytes(&k.finish(&k.inner))
}
fn hmac_hexdigest(this: &Hmac, args: Args) -> PyResult<String> {
    args.none()?;
    let k = this.0.lock()?;
    Ok(hex(&k.finish(&k.inner)))
}
fn hmac_copy(this: &Hmac, args: Args) -> PyResult<PyObj> {
    args.none()?;
    let k = this.0.lock()?.clone();
    HMAC_TYPE.wrap(Hmac(PyMutex::new(k)))
}
fn hmac_name(this: &Hmac, _slf: &PyAny) -> PyResult<String> {
    Ok(format!("hmac-{}", this.0.lock()?.name))
}
fn hmac_digest_size(this: &Hmac, _slf: &PyAny) -> PyResult<usize> {
    Ok(this.0.lock()?.digest_size)
}
fn hmac_block_size(this: &Hmac, _slf: &PyAny) -> PyResult<usize> {
    Ok(this.0.lock()?.block_size)
}

impl NativeClass for Hmac {
    const NAME: &'static str = "_hashlib.HMAC";
    const HAS_NEW: bool = false;
    const METHODS: &'static [NativeFnDef] = &[
        native_method!(Hmac, "update", hmac_update, "Update the HMAC object with msg."),
        native_method!(Hmac, "digest", hmac_digest_m, "Return the digest of the bytes passed to the update() method so far."),
        native_method!(Hmac, "hexdigest", hmac_hexdigest, "Return hexadecimal digest of the bytes passed to the update() method so far."),
        native_method!(Hmac, "copy", hmac_copy, "Return a copy (\"clone\") of the HMAC object."),
    ];
    const GETTERS: &'static [NativeFnDef] = &[
        native_getter!(Hmac, "name", hmac_name),
        native_getter!(Hmac, "digest_size", hmac_digest_size),
        native_getter!(Hmac, "block_size", hmac_block_size),
    ];
    fn native_type() -> &'static NativeType<Self> {
        &HMAC_TYPE
    }
    fn new(_cls: &PyAny, _args: Args) -> PyResult<Self> {
        Err(PyErr::type_error("cannot create '_hashlib.HMAC' instances"))
    }
}

/// The digest name a `digestmod` stands for: a str, or one of this
/// module's `openssl_*` constructors.
fn digest_name(module: &PyAny, digestmod: &PyAny) -> PyResult<String> {
    if digestmod.is_str() {
        return Ok(digestmod.as_str()?.to_owned());
    }
    for n in NAMES {
        if let Ok(f) = module.getattr(&format!("openssl_{n}")) {
            if f.is(digestmod) {
                return Ok((*n).to_owned());
            }
        }
    }
    Err(unsupported(format!("Unsupported digestmod {}", digestmod.repr()?)))
}

fn key_bytes(o: &PyAny) -> PyResult<Vec<u8>> {
    if o.is_str() {
        return Err(PyErr::type_error(format!("a bytes-like object is required, not '{}'", o.type_name()?)));
    }
    o.bytes_like().map_err(|_| PyErr::type_error(format!("a bytes-like object is required, not '{}'", o.type_name().unwrap_or_default())))
}

fn hmac_new(args: Args) -> PyResult<PyObj> {
    let v = args.bind(&Signature::simple("hmac_new", &["key", "msg", "digestmod"], 1))?;
    let key = key_bytes(v[0].unwrap())?;
    let Some(dm) = v[2].filter(|d| !d.is_none()) else {
        return Err(PyErr::type_error("Missing required parameter 'digestmod'."));
    };
    let name = digest_name(args.slf(), dm)?;
    let mut k = Keyed::new(&name, &key)?;
    if let Some(m) = data_arg(v[1])? {
        k.inner.update(&m);
    }
    HMAC_TYPE.wrap(Hmac(PyMutex::new(k)))
}

fn hmac_digest(args: Args) -> PyResult<PyObj> {
    let v = args.bind(&Signature::simple("hmac_digest", &["key", "msg", "digest"], 3))?;
    let key = key_bytes(v[0].unwrap())?;
    let msg = key_bytes(v[1].unwrap())?;
    let name = digest_name(args.slf(), v[2].unwrap())?;
    PyObj::bytes(&Keyed::new(&name, &key)?.mac(&msg))
}

// ---- key derivation ----

/// PBKDF2 with HMAC (RFC 8018 section 5.2).
fn pbkdf2(k: &Keyed, salt: &[u8], iterations: u64, dklen: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(dklen);
    let mut block: u32 = 1;
    while out.len() < dklen {
        let mut s = salt.to_vec();
        s.extend_from_slice(&block.to_be_bytes());
        let mut u = k.mac(&s);
        let mut t = u.clone();
        for _ in 1..iterations {
            u = k.mac(&u);
            for (a, b) in t.iter_mut().zip(&u) {
                *a ^= b;
            }
        }
        out.extend_from_slice(&t);
        block = block.wrapping_add(1);
    }
    out.truncate(dklen);
    out
}

fn int_value(o: &PyAny) -> PyResult<i128> {
    super::int_param(o)
}

fn pbkdf2_hmac(args: Args) -> PyResult<PyObj> {
    let v = args.bind(&Signature::simple("pbkdf2_hmac", &["hash_name", "password", "salt", "iterations", "dklen"], 4))?;
    let name = v[0].unwrap();
    let name = name.as_str().map_err(|_| PyErr::type_error(format!("pbkdf2_hmac() argument 'hash_name' must be str, not {}", name.type_name().unwrap_or_default())))?;
    let password = key_bytes(v[1].unwrap())?;
    let salt = key_bytes(v[2].unwrap())?;
    let iterations = int_value(v[3].unwrap())?;
    if iterations < 1 {
        return Err(PyErr::value_error("iteration value must be greater than 0."));
    }
    if iterations > i32::MAX as i128 {
        return Err(PyErr::overflow_error("iteration value is too great."));
    }
    let k = Keyed::new(name, &password)?;
    let dklen = match v[4].filter(|d| !d.is_none()) {
        None => k.digest_size as i128,
        Some(d) => int_value(d)?,
    };
    if dklen < 1 {
        return Err(PyErr::value_error("key length must be greater than 0."));
    }
    if dklen > i32::MAX as i128 {
        return Err(PyErr::overflow_error("key length is too great."));
    }
    let out = crate::sysutil::blocking(|| pbkdf2(&k, &salt, iterations as u64, dklen as usize));
    PyObj::bytes(&out)
}

/// Salsa20/8 on one 64-byte block, in place (RFC 7914 section 3).
fn salsa20_8(b: &mut [u32; 16]) {
    let mut x = *b;
    for _ in 0..4 {
        let mut qr = |a: usize, b_: usize, c: usize, d: usize| {
            x[b_] ^= x[a].wrapping_add(x[d]).rotate_left(7);
            x[c] ^= x[b_].wrapping_add(x[a]).rotate_left(9);
            x[d] ^= x[c].wrapping_add(x[b_]).rotate_left(13);
            x[a] ^= x[d].wrapping_add(x[c]).rotate_left(18);
        };
        qr(0, 4, 8, 12);
        qr(5, 9, 13, 1);
        qr(10, 14, 2, 6);
        qr(15, 3, 7, 11);
        qr(0, 1, 2, 3);
        qr(5, 6, 7, 4);
        qr(10, 11, 8, 9);
        qr(15, 12, 13, 14);
    }
    for (o, i) in b.iter_mut().zip(x) {
        *o = o.wrapping_add(i);
    }
}

/// scryptBlockMix over 2r 64-byte blocks of 16 words (RFC 7914 section 4).
fn block_mix(b: &[u32], out: &mut [u32], r: usize) {
    let mut x: [u32; 16] = b[(2 * r - 1) * 16..2 * r * 16].try_into().expect("16 words");
    for i in 0..2 * r {
        for (xw, bw) in x.iter_mut().zip(&b[i * 16..i * 16 + 16]) {
            *xw ^= bw;
        }
        salsa20_8(&mut x);
        // Even blocks go to the first half, odd ones to the second.
        let dst = if i % 2 == 0 { i / 2 } else { r + i / 2 };
        out[dst * 16..dst * 16 + 16].copy_from_slice(&x);
    }
}

/// scryptROMix on one 128·r-byte block (RFC 7914 section 5).
fn ro_mix(block: &mut [u8], n: usize, r: usize) {
    let words = 32 * r;
    let mut x: Vec<u32> = block.chunks_exact(4).map(|c| u32::from_le_bytes(c.try_into().expect("4 bytes"))).collect();
    let mut v = vec![0u32; words * n];
    let mut t = vec![0u32; words];
    for i in 0..n {
        v[i * words..(i + 1) * words].copy_from_slice(&x);
        block_mix(&x, &mut t, r);
        std::mem::swap(&mut x, &mut t);
    }
    for _ in 0..n {
        let j = (x[(2 * r - 1) * 16] as usize) & (n - 1);
        for (xw, vw) in x.iter_mut().zip(&v[j * words..(j + 1) * words]) {
            *xw ^= vw;
        }
        block_mix(&x, &mut t, r);
        std::mem::swap(&mut x, &mut t);
    }
    for (c, w) in block.chunks_exact_mut(4).zip(&x) {
        c.copy_from_slice(&w.to_le_bytes());
    }
}

fn scrypt(args: Args) -> PyResult<PyObj> {
    let v = args.bind(&Signature { name: "scrypt", params: &["password", "salt", "n", "r", "p", "maxmem", "dklen"], posonly: 0, kwonly: 1, required: 1, required_kwonly: 0 })?;
    let password = key_bytes(v[0].unwrap())?;
    let Some(salt) = v[1].filter(|s| !s.is_none()) else { return Err(PyErr::type_error("salt is required")) };
    let salt = key_bytes(salt)?;
    let req = |i: usize, what: &str| -> PyResult<i128> {
        match v[i].filter(|o| !o.is_none()) {
            Some(o) => {
                if !o.is_int() {
                    return Err(PyErr::type_error(format!("{what} is required and must be an unsigned int")));
                }
                int_value(o)
            }
            None => Err(PyErr::type_error(format!("{what} is required and must be an unsigned int"))),
        }
    };
    let n = req(2, "n")?;
    if n < 2 || n & (n - 1) != 0 {
        return Err(PyErr::value_error("n must be a power of 2."));
    }
    let r = req(3, "r")?;
    let p = req(4, "p")?;
    let maxmem = match v[5] {
        Some(o) => int_value(o)?,
        None => 0,
    };
    if maxmem < 0 || maxmem > i32::MAX as i128 {
        return Err(PyErr::value_error("maxmem must be positive and smaller than 2147483647"));
    }
    let dklen = match v[6] {
        Some(o) => int_value(o)?,
        None => 64,
    };
    if dklen < 1 || dklen > i32::MAX as i128 {
        return Err(PyErr::value_error("dklen must be greater than 0 and smaller than 2147483647"));
    }
    // OpenSSL's checks: positive r and p, p·r below 2**30, N below
    // 2**(16·r), and the memory the blocks need within maxmem (32 MiB by default).
    let bad = || PyErr::value_error("Invalid parameter combination for n, r, p, maxmem.");
    if r < 1 || p < 1 || p * r >= 1 << 30 {
        return Err(bad());
    }
    if 16 * r < 128 && n >> (16 * r) != 0 {
        return Err(bad());
    }
    let limit = if maxmem == 0 { 32 << 20 } else { maxmem };
    let need = 128 * r * p + 128 * r * (n + 2);
    if need > limit {
        return Err(PyErr::value_error("[digital envelope routines] memory limit exceeded"));
    }
    let (n, r, p, dklen) = (n as usize, r as usize, p as usize, dklen as usize);
    let k = Keyed::new("sha256", &password)?;
    let out = crate::sysutil::blocking(|| {
        let mut b = pbkdf2(&k, &salt, 1, p * 128 * r);
        for chunk in b.chunks_exact_mut(128 * r) {
            ro_mix(chunk, n, r);
        }
        pbkdf2(&k, &b, 1, dklen)
    });
    PyObj::bytes(&out)
}

// ---- the rest ----

fn compare_digest(args: Args) -> PyResult<PyObj> {
    let [a, b] = args.exact()?;
    let (x, y) = if a.is_str() && b.is_str() {
        let (x, y) = (a.as_str()?, b.as_str()?);
        if !x.is_ascii() || !y.is_ascii() {
            return Err(PyErr::type_error("comparing strings with non-ASCII characters is not supported"));
        }
        (x.as_bytes().to_vec(), y.as_bytes().to_vec())
    } else {
        let buf = |o: &PyAny| if o.is_str() { None } else { o.bytes_like().ok() };
        match (buf(a), buf(b)) {
            (Some(x), Some(y)) => (x, y),
            (None, None) => {
                return Err(PyErr::type_error(format!("unsupported operand types(s) or combination of types: '{}' and '{}'", a.type_name()?, b.type_name()?)))
            }
            (None, _) => return Err(PyErr::type_error(format!("a bytes-like object is required, not '{}'", a.type_name()?))),
            (_, None) => return Err(PyErr::type_error(format!("a bytes-like object is required, not '{}'", b.type_name()?))),
        }
    };
    // Time depends only on the length of `y`, as CPython's comparison.
    let mut diff = (x.len() != y.len()) as u8;
    let left = if x.len() == y.len() { &x } else { &y };
    for (p, q) in left.iter().zip(&y) {
        diff |= p ^ q;
    }
    Ok(PyObj::from(diff == 0))
}

fn get_fips_mode(args: Args) -> PyResult<PyObj> {
    args.none()?;
    Ok(PyObj::from(0i64))
}

static FUNCS: &[NativeFnDef] = &[
    native_fn!("_hashlib", "new", new, "Return a new hash object using the named algorithm."),
    native_fn!("_hashlib", "openssl_md5", openssl_md5, "Returns a md5 hash object; optionally initialized with a string"),
    native_fn!("_hashlib", "openssl_sha1", openssl_sha1, "Returns a sha1 hash object; optionally initialized with a string"),
    native_fn!("_hashlib", "openssl_sha224", openssl_sha224, "Returns a sha224 hash object; optionally initialized with a string"),
    native_fn!("_hashlib", "openssl_sha256", openssl_sha256, "Returns a sha256 hash object; optionally initialized with a string"),
    native_fn!("_hashlib", "openssl_sha384", openssl_sha384, "Returns a sha384 hash object; optionally initialized with a string"),
    native_fn!("_hashlib", "openssl_sha512", openssl_sha512, "Returns a sha512 hash object; optionally initialized with a string"),
    native_fn!("_hashlib", "openssl_sha3_224", openssl_sha3_224, "Returns a sha3-224 hash object; optionally initialized with a string"),
    native_fn!("_hashlib", "openssl_sha3_256", openssl_sha3_256, "Returns a sha3-256 hash object; optionally initialized with a string"),
    native_fn!("_hashlib", "openssl_sha3_384", openssl_sha3_384, "Returns a sha3-384 hash object; optionally initialized with a string"),
    native_fn!("_hashlib", "openssl_sha3_512", openssl_sha3_512, "Returns a sha3-512 hash object; optionally initialized with a string"),
    native_fn!("_hashlib", "openssl_shake_128", openssl_shake_128, "Returns a shake-128 variable hash object; optionally initialized with a string"),
    native_fn!("_hashlib", "openssl_shake_256", openssl_shake_256, "Returns a shake-256 variable hash object; optionally initialized with a string"),
    native_fn!("_hashlib", "hmac_new", hmac_new, "Return a new hmac object."),
    native_fn!("_hashlib", "hmac_digest", hmac_digest, "Single-shot HMAC."),
    native_fn!("_hashlib", "pbkdf2_hmac", pbkdf2_hmac, "Password based key derivation function 2 (PKCS #5 v2.0) with HMAC as pseudorandom function."),
    native_fn!("_hashlib", "scrypt", scrypt, "scrypt password-based key derivation function."),
    native_fn!("_hashlib", "compare_digest", compare_digest, "Return 'a == b'."),
    native_fn!("_hashlib", "get_fips_mode", get_fips_mode, "Determine the OpenSSL FIPS mode of operation."),
];

pub fn create() -> PyResult<PyObj> {
    let err = new_exception_type(MODULE, "UnsupportedDigestmodError", &*builtin("ValueError")?, None)?;
    let names = builtin("frozenset")?.call(&[&*list_of(&NAMES.iter().map(|n| PyObj::from(*n)).collect::<Vec<_>>().iter().map(|o| &**o).collect::<Vec<_>>())?])?;
    ModuleBuilder::new(MODULE, "")?
        .functions(FUNCS)?
        .class::<Hmac>()?
        .object("UnsupportedDigestmodError", &err)?
        .object("openssl_md_meth_names", &names)?
        .finish()
}
