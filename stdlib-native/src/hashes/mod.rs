//! The builtin hash modules `hashlib` falls back to without OpenSSL:
//! `_md5`, `_sha1`, `_sha2`, `_sha3` and `_blake2`, with CPython 3.13's
//! constructors, hash-object types, attributes and error messages. The
//! algorithms are written here from their specifications (`md.rs`,
//! `sha3.rs`, `blake2.rs`).

mod blake2;
mod md;
mod openssl;
mod sha3;

pub use openssl::create as create_hashlib;

use pyk_sdk::prelude::*;

use blake2::{Blake2, Params};
use md::{Md5, Sha1, Sha256, Sha512};
use sha3::Sponge;

/// The running state of one hash object.
#[derive(Clone)]
enum State {
    Md5(Md5),
    Sha1(Sha1),
    Sha256(Sha256),
    Sha512(Sha512),
    Sha3(Sponge),
    Blake2b(Blake2<u64>),
    Blake2s(Blake2<u32>),
}

impl State {
    fn update(&mut self, d: &[u8]) {
        match self {
            State::Md5(h) => h.update(d),
            State::Sha1(h) => h.update(d),
            State::Sha256(h) => h.update(d),
            State::Sha512(h) => h.update(d),
            State::Sha3(h) => h.update(d),
            State::Blake2b(h) => h.update(d),
            State::Blake2s(h) => h.update(d),
        }
    }
    fn digest(&self, n: usize) -> Vec<u8> {
        match self {
            State::Md5(h) => h.digest(),
            State::Sha1(h) => h.digest(),
            State::Sha256(h) => h.digest(),
            State::Sha512(h) => h.digest(),
            State::Sha3(h) => h.squeeze(n),
            State::Blake2b(h) => h.digest(),
            State::Blake2s(h) => h.digest(),
        }
    }
}

/// What every hash object holds.
struct Core {
    name: &'static str,
    digest_size: usize,
    block_size: usize,
    state: PyMutex<State>,
}

impl Core {
    fn new(name: &'static str, digest_size: usize, block_size: usize, state: State) -> Self {
        Core { name, digest_size, block_size, state: PyMutex::new(state) }
    }
    fn copy(&self) -> PyResult<Core> {
        Ok(Core::new(self.name, self.digest_size, self.block_size, self.state.lock()?.clone()))
    }
}

/// The data of `update()` and of the constructors, with hashlib's messages.
fn hash_data(o: &PyAny) -> PyResult<Vec<u8>> {
    if o.is_str() {
        return Err(PyErr::type_error("Strings must be encoded before hashing"));
    }
    o.bytes_like().map_err(|_| PyErr::type_error("object supporting the buffer API required"))
}

fn hex(d: &[u8]) -> String {
    d.iter().map(|b| format!("{b:02x}")).collect()
}

/// A Python type of hash objects.
trait HashType: NativeClass {
    fn core(&self) -> &Core;
    fn from_core(c: Core) -> Self;
}

fn h_update<T: HashType>(this: &T, args: Args) -> PyResult<()> {
    let d = hash_data(args.one()?)?;
    this.core().state.lock()?.update(&d);
    Ok(())
}
fn h_digest<T: HashType>(this: &T, args: Args) -> PyResult<PyObj> {
    args.none()?;
    let c = this.core();
    PyObj::bytes(&c.state.lock()?.digest(c.digest_size))
}
fn h_hexdigest<T: HashType>(this: &T, args: Args) -> PyResult<String> {
    args.none()?;
    let c = this.core();
    Ok(hex(&c.state.lock()?.digest(c.digest_size)))
}
fn h_copy<T: HashType>(this: &T, args: Args) -> PyResult<PyObj> {
    args.none()?;
    T::native_type().wrap(T::from_core(this.core().copy()?))
}
fn h_name<T: HashType>(this: &T, _slf: &PyAny) -> PyResult<&'static str> {
    Ok(this.core().name)
}
fn h_digest_size<T: HashType>(this: &T, _slf: &PyAny) -> PyResult<usize> {
    Ok(this.core().digest_size)
}
fn h_block_size<T: HashType>(this: &T, _slf: &PyAny) -> PyResult<usize> {
    Ok(this.core().block_size)
}

/// The length argument of a SHAKE digest.
fn shake_len(args: &Args) -> PyResult<usize> {
    let n = args.one()?;
    if !n.is_int() {
        return Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", n.type_name()?)));
    }
    let n = n.to_i64()?;
    if n < 0 {
        return Err(PyErr::value_error("value must be positive"));
    }
    if n >= 1 << 29 {
        return Err(PyErr::value_error("length is too large"));
    }
    Ok(n as usize)
}
fn shake_digest<T: HashType>(this: &T, args: Args) -> PyResult<PyObj> {
    let n = shake_len(&args)?;
    PyObj::bytes(&this.core().state.lock()?.digest(n))
}
fn shake_hexdigest<T: HashType>(this: &T, args: Args) -> PyResult<String> {
    let n = shake_len(&args)?;
    Ok(hex(&this.core().state.lock()?.digest(n)))
}

fn sponge_of<T: HashType>(this: &T) -> PyResult<(usize, u8)> {
    match &*this.core().state.lock()? {
        State::Sha3(s) => Ok((s.rate(), s.suffix)),
        _ => Err(PyErr::system_error("not a Keccak sponge")),
    }
}
fn capacity_bits<T: HashType>(this: &T, _slf: &PyAny) -> PyResult<usize> {
    Ok(1600 - sponge_of(this)?.0 * 8)
}
fn rate_bits<T: HashType>(this: &T, _slf: &PyAny) -> PyResult<usize> {
    Ok(sponge_of(this)?.0 * 8)
}
fn suffix<T: HashType>(this: &T, _slf: &PyAny) -> PyResult<PyObj> {
    PyObj::bytes(&[sponge_of(this)?.1])
}

/// Declares a hash-object type: `hash_type!(Rust type, static, "module.Name",
/// constructor args)`; `sha3` adds the sponge attributes, `shake` the
/// length-taking digests.
macro_rules! hash_type {
    (@common $ty:ident, $store:ident, $name:expr, $methods:expr, $getters:expr, $new:expr) => {
        struct $ty(Core);
        static $store: NativeType<$ty> = NativeType::new();
        impl HashType for $ty {
            fn core(&self) -> &Core {
                &self.0
            }
            fn from_core(c: Core) -> Self {
                $ty(c)
            }
        }
        impl NativeClass for $ty {
            const NAME: &'static str = $name;
            const HAS_NEW: bool = $new.is_some();
            const METHODS: &'static [NativeFnDef] = $methods;
            const GETTERS: &'static [NativeFnDef] = $getters;
            fn native_type() -> &'static NativeType<Self> {
                &$store
            }
            fn new(cls: &PyAny, args: Args) -> PyResult<Self> {
                let f: Option<fn(&PyAny, Args) -> PyResult<Core>> = $new;
                match f {
                    Some(f) => Ok($ty(f(cls, args)?)),
                    None => Err(PyErr::type_error(format!("cannot create '{}' instances", $name))),
                }
            }
        }
    };
    ($ty:ident, $store:ident, $name:expr, $new:expr) => {
        hash_type!(@common $ty, $store, $name, &[
            native_method!($ty, "update", h_update::<$ty>, "Feed more data into the hash."),
            native_method!($ty, "digest", h_digest::<$ty>, "Give the hash of the data so far, as bytes."),
            native_method!($ty, "hexdigest", h_hexdigest::<$ty>, "Give the hash of the data so far, as hex digits."),
            native_method!($ty, "copy", h_copy::<$ty>, "Give an independent hasher with the same state."),
        ], &[
            native_getter!($ty, "name", h_name::<$ty>),
            native_getter!($ty, "digest_size", h_digest_size::<$ty>),
            native_getter!($ty, "block_size", h_block_size::<$ty>),
        ], $new);
    };
    (sha3 $ty:ident, $store:ident, $name:expr, $new:expr) => {
        hash_type!(@common $ty, $store, $name, &[
            native_method!($ty, "update", h_update::<$ty>, "Feed more data into the hash."),
            native_method!($ty, "digest", h_digest::<$ty>, "Give the hash of the data so far, as bytes."),
            native_method!($ty, "hexdigest", h_hexdigest::<$ty>, "Give the hash of the data so far, as hex digits."),
            native_method!($ty, "copy", h_copy::<$ty>, "Give an independent hasher with the same state."),
        ], &[
            native_getter!($ty, "name", h_name::<$ty>),
            native_getter!($ty, "digest_size", h_digest_size::<$ty>),
            native_getter!($ty, "block_size", h_block_size::<$ty>),
            native_getter!($ty, "_capacity_bits", capacity_bits::<$ty>),
            native_getter!($ty, "_rate_bits", rate_bits::<$ty>),
            native_getter!($ty, "_suffix", suffix::<$ty>),
        ], $new);
    };
    (blake2 $ty:ident, $store:ident, $name:expr, $new:expr) => {
        hash_type!(@common $ty, $store, $name, &[
            native_method!($ty, "update", h_update::<$ty>, "Feed more bytes into the hash."),
            native_method!($ty, "digest", h_digest::<$ty>, "Give the hash of the data so far, as bytes."),
            native_method!($ty, "hexdigest", h_hexdigest::<$ty>, "Give the hash of the data so far, as hex digits."),
            native_method!($ty, "copy", h_copy::<$ty>, "Give an independent hasher with the same state."),
        ], &[
            native_getter!($ty, "name", h_name::<$ty>),
            native_getter!($ty, "digest_size", h_digest_size::<$ty>),
            native_getter!($ty, "block_size", h_block_size::<$ty>),
            native_getter!($ty, "SALT_SIZE", salt_size::<$ty>),
            native_getter!($ty, "PERSON_SIZE", person_size::<$ty>),
            native_getter!($ty, "MAX_KEY_SIZE", max_key_size::<$ty>),
            native_getter!($ty, "MAX_DIGEST_SIZE", max_digest_size::<$ty>),
        ], $new);
    };
    (shake $ty:ident, $store:ident, $name:expr, $new:expr) => {
        hash_type!(@common $ty, $store, $name, &[
            native_method!($ty, "update", h_update::<$ty>, "Feed more data into the hash."),
            native_method!($ty, "digest", shake_digest::<$ty>, "Give the hash of the data so far, as bytes."),
            native_method!($ty, "hexdigest", shake_hexdigest::<$ty>, "Give the hash of the data so far, as hex digits."),
            native_method!($ty, "copy", h_copy::<$ty>, "Give an independent hasher with the same state."),
        ], &[
            native_getter!($ty, "name", h_name::<$ty>),
            native_getter!($ty, "digest_size", h_digest_size::<$ty>),
            native_getter!($ty, "block_size", h_block_size::<$ty>),
            native_getter!($ty, "_capacity_bits", capacity_bits::<$ty>),
            native_getter!($ty, "_rate_bits", rate_bits::<$ty>),
            native_getter!($ty, "_suffix", suffix::<$ty>),
        ], $new);
    };
}

type NoNew = Option<fn(&PyAny, Args) -> PyResult<Core>>;

// --- _md5, _sha1, _sha2: constructor functions over their types ---

hash_type!(Md5Type, MD5_TYPE, "_md5.md5", None as NoNew);
hash_type!(Sha1Type, SHA1_TYPE, "_sha1.sha1", None as NoNew);
hash_type!(Sha224Type, SHA224_TYPE, "_sha2.SHA224Type", None as NoNew);
hash_type!(Sha256Type, SHA256_TYPE, "_sha2.SHA256Type", None as NoNew);
hash_type!(Sha384Type, SHA384_TYPE, "_sha2.SHA384Type", None as NoNew);
hash_type!(Sha512Type, SHA512_TYPE, "_sha2.SHA512Type", None as NoNew);

/// `name(string=b'', *, usedforsecurity=True)`: a new state fed with `string`.
fn construct<T: HashType>(args: &Args, name: &'static str, core: Core) -> PyResult<PyObj> {
    let v = args.bind(&Signature { name, params: &["string", "usedforsecurity"], posonly: 0, kwonly: 1, required: 0, required_kwonly: 0 })?;
    if let Some(d) = v[0] {
        let d = hash_data(d)?;
        core.state.lock()?.update(&d);
    }
    T::native_type().wrap(T::from_core(core))
}

fn md5(args: Args) -> PyResult<PyObj> {
    construct::<Md5Type>(&args, "md5", Core::new("md5", 16, 64, State::Md5(Md5::new())))
}
fn sha1(args: Args) -> PyResult<PyObj> {
    construct::<Sha1Type>(&args, "sha1", Core::new("sha1", 20, 64, State::Sha1(Sha1::new())))
}
fn sha224(args: Args) -> PyResult<PyObj> {
    construct::<Sha224Type>(&args, "sha224", Core::new("sha224", 28, 64, State::Sha256(Sha256::new(28))))
}
fn sha256(args: Args) -> PyResult<PyObj> {
    construct::<Sha256Type>(&args, "sha256", Core::new("sha256", 32, 64, State::Sha256(Sha256::new(32))))
}
fn sha384(args: Args) -> PyResult<PyObj> {
    construct::<Sha384Type>(&args, "sha384", Core::new("sha384", 48, 128, State::Sha512(Sha512::new(48))))
}
fn sha512(args: Args) -> PyResult<PyObj> {
    construct::<Sha512Type>(&args, "sha512", Core::new("sha512", 64, 128, State::Sha512(Sha512::new(64))))
}

static MD5_FUNCTIONS: &[NativeFnDef] = &[native_fn!("_md5", "md5", md5, "Make a MD5 hasher, fed with string first when one is given.")];
static SHA1_FUNCTIONS: &[NativeFnDef] = &[native_fn!("_sha1", "sha1", sha1, "Make a SHA1 hasher, fed with string first when one is given.")];
static SHA2_FUNCTIONS: &[NativeFnDef] = &[
    native_fn!("_sha2", "sha224", sha224, "Make a SHA-224 hasher, fed with string first when one is given."),
    native_fn!("_sha2", "sha256", sha256, "Make a SHA-256 hasher, fed with string first when one is given."),
    native_fn!("_sha2", "sha384", sha384, "Make a SHA-384 hasher, fed with string first when one is given."),
    native_fn!("_sha2", "sha512", sha512, "Make a SHA-512 hasher, fed with string first when one is given."),
];

pub fn create_md5() -> PyResult<PyObj> {
    ModuleBuilder::new("_md5", "")?.functions(MD5_FUNCTIONS)?.object("MD5Type", Md5Type::native_type().get()?)?.finish()
}
pub fn create_sha1() -> PyResult<PyObj> {
    ModuleBuilder::new("_sha1", "")?.functions(SHA1_FUNCTIONS)?.object("SHA1Type", Sha1Type::native_type().get()?)?.finish()
}
pub fn create_sha2() -> PyResult<PyObj> {
    ModuleBuilder::new("_sha2", "")?
        .functions(SHA2_FUNCTIONS)?
        .object("SHA224Type", Sha224Type::native_type().get()?)?
        .object("SHA256Type", Sha256Type::native_type().get()?)?
        .object("SHA384Type", Sha384Type::native_type().get()?)?
        .object("SHA512Type", Sha512Type::native_type().get()?)?
        .finish()
}

// --- _sha3: the types are the constructors ---

/// `sha3_*(data=b'', /, *, usedforsecurity=True)` (CPython reports every
/// one of them as `sha3_224` in argument errors).
fn sponge_new(args: Args, rate: usize, suffix: u8) -> PyResult<State> {
    let v = args.bind(&Signature { name: "sha3_224", params: &["data", "usedforsecurity"], posonly: 1, kwonly: 1, required: 0, required_kwonly: 0 })?;
    let mut s = Sponge::new(rate, suffix);
    if let Some(d) = v[0] {
        s.update(&hash_data(d)?);
    }
    Ok(State::Sha3(s))
}

fn new_sha3_224(_c: &PyAny, a: Args) -> PyResult<Core> {
    Ok(Core::new("sha3_224", 28, 144, sponge_new(a, 144, 0x06)?))
}
fn new_sha3_256(_c: &PyAny, a: Args) -> PyResult<Core> {
    Ok(Core::new("sha3_256", 32, 136, sponge_new(a, 136, 0x06)?))
}
fn new_sha3_384(_c: &PyAny, a: Args) -> PyResult<Core> {
    Ok(Core::new("sha3_384", 48, 104, sponge_new(a, 104, 0x06)?))
}
fn new_sha3_512(_c: &PyAny, a: Args) -> PyResult<Core> {
    Ok(Core::new("sha3_512", 64, 72, sponge_new(a, 72, 0x06)?))
}
fn new_shake_128(_c: &PyAny, a: Args) -> PyResult<Core> {
    Ok(Core::new("shake_128", 0, 168, sponge_new(a, 168, 0x1f)?))
}
fn new_shake_256(_c: &PyAny, a: Args) -> PyResult<Core> {
    Ok(Core::new("shake_256", 0, 136, sponge_new(a, 136, 0x1f)?))
}

hash_type!(sha3 Sha3_224, SHA3_224, "_sha3.sha3_224", Some(new_sha3_224 as fn(&PyAny, Args) -> PyResult<Core>));
hash_type!(sha3 Sha3_256, SHA3_256, "_sha3.sha3_256", Some(new_sha3_256 as fn(&PyAny, Args) -> PyResult<Core>));
hash_type!(sha3 Sha3_384, SHA3_384, "_sha3.sha3_384", Some(new_sha3_384 as fn(&PyAny, Args) -> PyResult<Core>));
hash_type!(sha3 Sha3_512, SHA3_512, "_sha3.sha3_512", Some(new_sha3_512 as fn(&PyAny, Args) -> PyResult<Core>));
hash_type!(shake Shake128, SHAKE_128, "_sha3.shake_128", Some(new_shake_128 as fn(&PyAny, Args) -> PyResult<Core>));
hash_type!(shake Shake256, SHAKE_256, "_sha3.shake_256", Some(new_shake_256 as fn(&PyAny, Args) -> PyResult<Core>));

pub fn create_sha3() -> PyResult<PyObj> {
    ModuleBuilder::new("_sha3", "")?
        .class::<Sha3_224>()?
        .class::<Sha3_256>()?
        .class::<Sha3_384>()?
        .class::<Sha3_512>()?
        .class::<Shake128>()?
        .class::<Shake256>()?
        .constant("implementation", "pyk")?
        .finish()
}

// --- _blake2 ---

/// An integer parameter, saturated to the i128 range (callers range-check it).
fn int_param(o: &PyAny) -> PyResult<i128> {
    if !o.is_int() && o.get_type().getattr("__index__").is_err() {
        return Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", o.type_name()?)));
    }
    let o = if o.is_int() { o.to_owned() } else { o.call_method("__index__", &[])? };
    match o.to_i64() {
        Ok(v) => return Ok(v as i128),
        Err(e) if e.matches(ExcKind::OverflowError) => {}
        Err(e) => return Err(e),
    }
    let neg = o.compare(&PyObj::from(0i64), ops::LT)?;
    let signed = PyObj::from(true);
    match o.getattr("to_bytes")?.call_kw(&[&PyObj::from(16i64), &PyObj::from("little")], &[("signed", &signed)]) {
        Ok(b) => {
            let b: [u8; 16] = b.as_bytes()?.try_into().map_err(|_| PyErr::system_error("int.to_bytes gave a wrong length"))?;
            Ok(i128::from_le_bytes(b))
        }
        Err(_) => Ok(if neg { i128::MIN } else { i128::MAX }),
    }
}

const B2_PARAMS: &[&str] = &[
    "data", "digest_size", "key", "salt", "person", "fanout", "depth", "leaf_size", "node_offset", "node_depth", "inner_size",
    "last_node", "usedforsecurity",
];

/// Parses and checks blake2b/blake2s arguments: `wide` is blake2b.
fn blake2_params(args: &Args, wide: bool) -> PyResult<(Params, Option<Vec<u8>>)> {
    let name = if wide { "blake2b" } else { "blake2s" };
    let (max_out, max_key, salt_len, mut max_offset) = if wide { (64, 64, 16, u64::MAX) } else { (32, 32, 8, (1u64 << 48) - 1) };
    let v = args.bind(&Signature { name, params: B2_PARAMS, posonly: 1, kwonly: 1, required: 0, required_kwonly: 0 })?;
    let data = v[0].map(hash_data).transpose()?;
    let byte_range = |o: Option<&PyAny>, default: i128, lo: i128, msg: &str| -> PyResult<u8> {
        let n = match o {
            Some(o) => int_param(o)?,
            None => default,
        };
        if n < lo || n > 255 {
            return Err(PyErr::value_error(msg.to_owned()));
        }
        Ok(n as u8)
    };
    let digest_size = match v[1] {
        Some(o) => int_param(o)?,
        None => max_out,
    };
    if !(1..=max_out).contains(&digest_size) {
        return Err(PyErr::value_error(format!("digest_size must be between 1 and {max_out} bytes")));
    }
    let bytes = |o: Option<&PyAny>| -> PyResult<Vec<u8>> { o.map(|o| o.bytes_like()).transpose().map(Option::unwrap_or_default) };
    let key = bytes(v[2])?;
    if key.len() > max_key as usize {
        return Err(PyErr::value_error(format!("maximum key length is {max_key} bytes")));
    }
    let salt = bytes(v[3])?;
    if salt.len() > salt_len {
        return Err(PyErr::value_error(format!("maximum salt length is {salt_len} bytes")));
    }
    let person = bytes(v[4])?;
    if person.len() > salt_len {
        return Err(PyErr::value_error(format!("maximum person length is {salt_len} bytes")));
    }
    let fanout = byte_range(v[5], 1, 0, "fanout must be between 0 and 255")?;
    let depth = byte_range(v[6], 1, 1, "depth must be between 1 and 255")?;
    let leaf_size = match v[7] {
        Some(o) => int_param(o)?,
        None => 0,
    };
    if leaf_size < 0 {
        return Err(PyErr::value_error("value must be positive"));
    }
    if leaf_size > u32::MAX as i128 {
        return Err(PyErr::overflow_error("leaf_size is too large"));
    }
    let node_offset = match v[8] {
        Some(o) => int_param(o)?,
        None => 0,
    };
    if node_offset < 0 {
        return Err(PyErr::value_error("value must be positive"));
    }
    if node_offset > u64::MAX as i128 {
        return Err(PyErr::overflow_error("int too big to convert"));
    }
    if wide {
        max_offset = u64::MAX;
    }
    if node_offset as u64 > max_offset {
        return Err(PyErr::overflow_error("node_offset is too large"));
    }
    let node_depth = byte_range(v[9], 0, 0, "node_depth must be between 0 and 255")?;
    let inner_size = match v[10] {
        Some(o) => int_param(o)?,
        None => 0,
    };
    if !(0..=max_out).contains(&inner_size) {
        return Err(PyErr::value_error(format!("inner_size must be between 0 and is {max_out}")));
    }
    let last_node = match v[11] {
        Some(o) => o.is_true()?,
        None => false,
    };
    let p = Params {
        digest_size: digest_size as usize,
        key,
        salt,
        person,
        fanout,
        depth,
        leaf_size: leaf_size as u32,
        node_offset: node_offset as u64,
        node_depth,
        inner_size: inner_size as u8,
        last_node,
    };
    Ok((p, data))
}

fn new_blake2b(_c: &PyAny, args: Args) -> PyResult<Core> {
    let (p, data) = blake2_params(&args, true)?;
    let mut s = State::Blake2b(Blake2::new(&p));
    if let Some(d) = data {
        s.update(&d);
    }
    Ok(Core::new("blake2b", p.digest_size, 128, s))
}
fn new_blake2s(_c: &PyAny, args: Args) -> PyResult<Core> {
    let (p, data) = blake2_params(&args, false)?;
    let mut s = State::Blake2s(Blake2::new(&p));
    if let Some(d) = data {
        s.update(&d);
    }
    Ok(Core::new("blake2s", p.digest_size, 64, s))
}

/// The size limits every blake2 object reports: (salt, person, key, digest).
fn blake2_limits<T: HashType>(this: &T) -> [usize; 4] {
    if this.core().name == "blake2b" {
        [16, 16, 64, 64]
    } else {
        [8, 8, 32, 32]
    }
}
fn salt_size<T: HashType>(this: &T, _slf: &PyAny) -> PyResult<usize> {
    Ok(blake2_limits(this)[0])
}
fn person_size<T: HashType>(this: &T, _slf: &PyAny) -> PyResult<usize> {
    Ok(blake2_limits(this)[1])
}
fn max_key_size<T: HashType>(this: &T, _slf: &PyAny) -> PyResult<usize> {
    Ok(blake2_limits(this)[2])
}
fn max_digest_size<T: HashType>(this: &T, _slf: &PyAny) -> PyResult<usize> {
    Ok(blake2_limits(this)[3])
}

hash_type!(blake2 Blake2bType, BLAKE2B, "_blake2.blake2b", Some(new_blake2b as fn(&PyAny, Args) -> PyResult<Core>));
hash_type!(blake2 Blake2sType, BLAKE2S, "_blake2.blake2s", Some(new_blake2s as fn(&PyAny, Args) -> PyResult<Core>));

pub fn create_blake2() -> PyResult<PyObj> {
    ModuleBuilder::new("_blake2", "BLAKE2 hash functions for hashlib\n")?
        .class::<Blake2bType>()?
        .class::<Blake2sType>()?
        .constant("BLAKE2B_SALT_SIZE", 16i64)?
        .constant("BLAKE2B_PERSON_SIZE", 16i64)?
        .constant("BLAKE2B_MAX_KEY_SIZE", 64i64)?
        .constant("BLAKE2B_MAX_DIGEST_SIZE", 64i64)?
        .constant("BLAKE2S_SALT_SIZE", 8i64)?
        .constant("BLAKE2S_PERSON_SIZE", 8i64)?
        .constant("BLAKE2S_MAX_KEY_SIZE", 32i64)?
        .constant("BLAKE2S_MAX_DIGEST_SIZE", 32i64)?
        .finish()
}
