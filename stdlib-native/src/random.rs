//! `_random`: the Mersenne Twister (MT19937) under CPython's pure-Python
//! `random.Random`, seeded exactly as CPython 3.13 seeds it, so a seeded
//! generator yields CPython's numbers.
//!
//! Seeding: an int seeds `init_by_array` with the 32-bit words of its
//! absolute value, least significant first (0 is one zero word); any other
//! object with its hash read as an unsigned 64-bit number; `None` with 624
//! words from the operating system (or, failing that, the time, the process
//! id and the monotonic clock). `random.Random.seed` turns str, bytes and
//! bytearray into ints itself (version 2) before calling down here.
//!
//! One lock per generator keeps its state whole under the free-threaded
//! runtime; keys and ints are computed outside it, so no Python code runs
//! while it is held.

use pyk_sdk::prelude::*;

/// Words of state.
const N: usize = 624;
/// The middle word of the recurrence.
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

/// The generator: `N` words of state and the index of the next one to use
/// (`N` means "twist before the next word").
struct Mt {
    state: [u32; N],
    index: usize,
}

impl Mt {
    /// All-zero words at index 0: an instance that was never seeded (a
    /// subclass whose own `__init__` does not seed), as in CPython.
    const fn zero() -> Self {
        Mt { state: [0; N], index: 0 }
    }

    fn init_genrand(&mut self, s: u32) {
        let mt = &mut self.state;
        mt[0] = s;
        for i in 1..N {
            let prev = mt[i - 1];
            mt[i] = 1_812_433_253u32.wrapping_mul(prev ^ (prev >> 30)).wrapping_add(i as u32);
        }
        self.index = N;
    }

    /// The reference implementation's `init_by_array`. An empty key is
    /// treated as one zero word (callers never pass one).
    fn init_by_array(&mut self, key: &[u32]) {
        let key = if key.is_empty() { &[0u32][..] } else { key };
        self.init_genrand(19_650_218);
        let mt = &mut self.state;
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(key.len()) {
            let prev = mt[i - 1];
            mt[i] = (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_664_525)).wrapping_add(key[j]).wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = mt[i - 1];
            mt[i] = (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x8000_0000;
    }

    /// Makes the next `N` words.
    fn twist(&mut self) {
        #[inline(always)]
        fn mix(cur: u32, next: u32, far: u32) -> u32 {
            let y = (cur & UPPER_MASK) | (next & LOWER_MASK);
            far ^ (y >> 1) ^ if y & 1 != 0 { MATRIX_A } else { 0 }
        }
        let mt = &mut self.state;
        for k in 0..N - M {
            mt[k] = mix(mt[k], mt[k + 1], mt[k + M]);
        }
        for k in N - M..N - 1 {
            mt[k] = mix(mt[k], mt[k + 1], mt[k + M - N]);
        }
        mt[N - 1] = mix(mt[N - 1], mt[0], mt[M - 1]);
        self.index = 0;
    }

    /// The next tempered 32-bit output.
    #[inline]
    fn next_u32(&mut self) -> u32 {
        if self.index >= N {
            self.twist();
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// A float in [0, 1) with 53 random bits, from two outputs.
    #[inline]
    fn random(&mut self) -> f64 {
        let a = self.next_u32() >> 5;
        let b = self.next_u32() >> 6;
        (a as f64 * 67_108_864.0 + b as f64) * (1.0 / 9_007_199_254_740_992.0)
    }
}

/// The data of a `_random.Random` instance.
struct Random {
    mt: PyMutex<Mt>,
}

static RANDOM: NativeType<Random> = NativeType::new();

/// The 32-bit words of `v`, least significant first (at least one).
fn u64_words(v: u64) -> Vec<u32> {
    if v >> 32 == 0 {
        vec![v as u32]
    } else {
        vec![v as u32, (v >> 32) as u32]
    }
}

/// The words of abs(n) for an int `n` of any size; `int`'s own methods are
/// used, so a subclass's `__abs__` is not called (as in CPython).
fn int_words(n: &PyAny) -> PyResult<Vec<u32>> {
    if let Ok(v) = n.to_i64() {
        return Ok(u64_words(v.unsigned_abs()));
    }
    let int = pyk_sdk::types::int_type();
    let abs = int.getattr("__abs__")?.call(&[n])?;
    let bits = int.getattr("bit_length")?.call(&[&abs])?.to_i64()?;
    let nbytes = (bits.max(1) + 31) / 32 * 4;
    let bytes = int.getattr("to_bytes")?.call(&[&abs, &PyObj::from(nbytes), &PyObj::from("little")])?;
    Ok(bytes.as_bytes()?.chunks(4).map(|c| c.iter().rev().fold(0u32, |w, &b| (w << 8) | b as u32)).collect())
}

/// A key from the operating system's random source: `N` words, or the
/// time, process id and monotonic clock when there is no such source.
fn entropy_key() -> Vec<u32> {
    let mut buf = [0u8; N * 4];
    if fill_urandom(&mut buf) {
        return buf.chunks(4).map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]])).collect();
    }
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos() as u64).unwrap_or(0);
    let mono = {
        let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
        // SAFETY: `ts` is a valid, writable timespec.
        unsafe { libc::clock_gettime(libc::CLOCK_MONOTONIC, &mut ts) };
        (ts.tv_sec as u64).wrapping_mul(1_000_000_000).wrapping_add(ts.tv_nsec as u64)
    };
    vec![now as u32, (now >> 32) as u32, std::process::id(), mono as u32, (mono >> 32) as u32]
}

/// Fills `buf` from getrandom(2), or /dev/urandom where that is missing.
fn fill_urandom(buf: &mut [u8]) -> bool {
    let mut done = 0;
    while done < buf.len() {
        let rest = &mut buf[done..];
        // SAFETY: `rest` is a valid, writable buffer of `rest.len()` bytes.
        let r = unsafe { libc::getrandom(rest.as_mut_ptr().cast(), rest.len(), 0) };
        if r > 0 {
            done += r as usize;
            continue;
        }
        if r < 0 && std::io::Error::last_os_error().raw_os_error() == Some(libc::EINTR) {
            continue;
        }
        use std::io::Read;
        return std::fs::File::open("/dev/urandom").and_then(|mut f| f.read_exact(buf)).is_ok();
    }
    true
}

impl Random {
    /// `seed(arg)`: the key is made before the lock is taken (hashing may
    /// run Python code).
    fn seed(&self, arg: Option<&PyAny>) -> PyResult<()> {
        let key = match arg {
            None => entropy_key(),
            Some(a) if a.is_none() => entropy_key(),
            Some(a) if a.is_int() => int_words(a)?,
            Some(a) => u64_words(a.hash()? as u64),
        };
        self.mt.lock()?.init_by_array(&key);
        Ok(())
    }

    /// What `Random.__init__` does with the constructor's arguments;
    /// `strict` rejects keyword arguments (the type's own `__init__`).
    fn init(&self, strict: bool, args: &Args) -> PyResult<()> {
        if strict && !args.keywords().is_empty() {
            return Err(PyErr::type_error("Random() takes no keyword arguments"));
        }
        match args.positional() {
            [] => self.seed(None),
            [a] => self.seed(Some(a)),
            _ => Err(PyErr::type_error("Random() requires 0 or 1 argument")),
        }
    }
}

fn r_init(this: &Random, args: Args) -> PyResult<()> {
    // Keywords are refused unless a subclass's own __init__ called this one.
    let t = args.slf().get_type();
    let ours = RANDOM.get()?;
    let strict = t.is(ours) || t.getattr("__init__")?.is(&*ours.getattr("__init__")?);
    this.init(strict, &args)
}

fn r_random(this: &Random, args: Args) -> PyResult<f64> {
    args.none()?;
    Ok(this.mt.lock()?.random())
}

fn r_seed(this: &Random, args: Args) -> PyResult<()> {
    let a = args.range(0, 1)?;
    this.seed(a.first())
}

/// A C `int` argument, with CPython's messages.
fn c_int(o: &PyAny) -> PyResult<i64> {
    match o.to_i64() {
        Ok(v) if i32::try_from(v).is_ok() => Ok(v),
        Ok(_) => Err(PyErr::overflow_error("Python int too large to convert to C int")),
        Err(e) if e.matches(ExcKind::OverflowError) => Err(PyErr::overflow_error("Python int too large to convert to C int")),
        Err(e) => Err(e),
    }
}

/// An int from a u64.
fn int_from_u64(v: u64) -> PyResult<PyObj> {
    match i64::try_from(v) {
        Ok(small) => Ok(PyObj::from(small)),
        // Beyond i64: (v >> 1) << 1 | low bit, two kernel operations
        // (cheaper than parsing digits).
        Err(_) => PyObj::from((v >> 1) as i64).binary_op(&PyObj::from(1i64), ops::LSHIFT)?.binary_op(&PyObj::from((v & 1) as i64), ops::OR),
    }
}

/// The int whose 32-bit words, least significant first, are `words`.
fn int_from_words(words: &[u32]) -> PyResult<PyObj> {
    let mut bytes = Vec::new();
    if bytes.try_reserve_exact(words.len() * 4).is_err() {
        return Err(PyErr::new(ExcKind::MemoryError, ""));
    }
    for w in words {
        bytes.extend_from_slice(&w.to_le_bytes());
    }
    let int = pyk_sdk::types::int_type();
    int.getattr("from_bytes")?.call(&[&*PyObj::bytes(&bytes)?, &PyObj::from("little")])
}

fn r_getrandbits(this: &Random, args: Args) -> PyResult<PyObj> {
    let k = c_int(args.one()?)?;
    if k < 0 {
        return Err(PyErr::value_error("number of bits must be non-negative"));
    }
    if k == 0 {
        return Ok(PyObj::from(0i64));
    }
    if k <= 32 {
        let r = this.mt.lock()?.next_u32() >> (32 - k);
        return Ok(PyObj::from(r as i64));
    }
    if k <= 64 {
        // Two words, the second keeping its top k - 32 bits.
        let v = {
            let mut mt = this.mt.lock()?;
            let low = mt.next_u32() as u64;
            let high = (mt.next_u32() >> (64 - k)) as u64;
            high << 32 | low
        };
        return int_from_u64(v);
    }
    let nwords = ((k - 1) / 32 + 1) as usize;
    let mut words: Vec<u32> = Vec::new();
    if words.try_reserve_exact(nwords).is_err() {
        return Err(PyErr::new(ExcKind::MemoryError, ""));
    }
    {
        let mut mt = this.mt.lock()?;
        let mut left = k;
        for _ in 0..nwords {
            let mut r = mt.next_u32();
            if left < 32 {
                r >>= 32 - left;
            }
            words.push(r);
            left -= 32;
        }
    }
    int_from_words(&words)
}

fn r_getstate(this: &Random, args: Args) -> PyResult<PyObj> {
    args.none()?;
    let (state, index) = {
        let mt = this.mt.lock()?;
        (mt.state, mt.index)
    };
    let mut items: Vec<PyObj> = state.iter().map(|&w| PyObj::from(w as i64)).collect();
    items.push(PyObj::from(index as i64));
    tuple_of(&items.iter().map(|o| &**o).collect::<Vec<_>>())
}

/// A state word as CPython reads it: `PyLong_AsUnsignedLong`, truncated to 32 bits.
fn state_word(o: &PyAny) -> PyResult<u32> {
    if !o.is_int() {
        return Err(PyErr::type_error("an integer is required"));
    }
    let negative = || PyErr::overflow_error("can't convert negative value to unsigned int");
    match o.to_i64() {
        Ok(v) if v < 0 => Err(negative()),
        Ok(v) => Ok(v as u32),
        Err(_) => {
            if o.compare(&PyObj::from(0i64), ops::LT)? {
                return Err(negative());
            }
            let high = o.binary_op(&PyObj::from(64i64), ops::RSHIFT)?;
            if high.is_true()? {
                return Err(PyErr::overflow_error("Python int too large to convert to C unsigned long"));
            }
            Ok(o.binary_op(&PyObj::from(0xffff_ffffi64), ops::AND)?.to_i64()? as u32)
        }
    }
}

fn r_setstate(this: &Random, args: Args) -> PyResult<()> {
    let state = args.one()?;
    if !state.is_tuple() {
        return Err(PyErr::type_error("state vector must be a tuple"));
    }
    let items = state.tuple_items()?;
    if items.len() != N + 1 {
        return Err(PyErr::value_error("state vector is the wrong size"));
    }
    let mut words = [0u32; N];
    for (w, o) in words.iter_mut().zip(&items) {
        *w = state_word(o)?;
    }
    let index = items[N].to_i64()?;
    if !(0..=N as i64).contains(&index) {
        return Err(PyErr::value_error("invalid state"));
    }
    let mut mt = this.mt.lock()?;
    mt.state = words;
    mt.index = index as usize;
    Ok(())
}

impl NativeClass for Random {
    const NAME: &'static str = "_random.Random";
    const DOC: &'static str = "Random() -> create a random number generator with its own internal state.";
    const BASETYPE: bool = true;
    const HAS_NEW: bool = true;
    const METHODS: &'static [NativeFnDef] = &[
        native_method!(Random, "__init__", r_init, "Set up a new instance; help(type(self)) shows the arguments."),
        native_method!(Random, "random", r_random, "random() -> x in the interval [0, 1)."),
        native_method!(
            Random,
            "seed",
            r_seed,
            "seed([n]) -> None.\n\nWithout n, the seed comes from os.urandom, or from the time and the\nprocess id when that is unavailable."
        ),
        native_method!(Random, "getstate", r_getstate, "getstate() -> tuple containing the current state."),
        native_method!(Random, "setstate", r_setstate, "setstate(state) -> None.  Restores generator state."),
        native_method!(Random, "getrandbits", r_getrandbits, "getrandbits(k) -> x.  Generates an int with k random bits."),
    ];
    fn native_type() -> &'static NativeType<Self> {
        &RANDOM
    }
    /// The exact type seeds here (the kernel calls no `__init__` for it); a
    /// subclass starts unseeded and is seeded by `__init__`, its own or ours.
    fn new(cls: &PyAny, args: Args) -> PyResult<Self> {
        let r = Random { mt: PyMutex::new(Mt::zero()) };
        if cls.is(RANDOM.get()?) {
            r.init(true, &args)?;
        }
        Ok(r)
    }
}

pub fn create() -> PyResult<PyObj> {
    ModuleBuilder::new("_random", "Native Mersenne Twister generator behind the random module.")?.class::<Random>()?.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The reference implementation's published check: init_by_array with
    /// {0x123, 0x234, 0x345, 0x456}, first outputs of genrand_int32.
    #[test]
    fn reference_outputs() {
        let mut mt = Mt::zero();
        mt.init_by_array(&[0x123, 0x234, 0x345, 0x456]);
        let first: Vec<u32> = (0..5).map(|_| mt.next_u32()).collect();
        assert_eq!(first, [1067595299, 955945823, 477289528, 4107218783, 4228976476]);
    }

    /// CPython 3.13: `_random.Random(0).random()` and `Random(2**32)`.
    #[test]
    fn cpython_floats() {
        let mut mt = Mt::zero();
        mt.init_by_array(&u64_words(0));
        assert_eq!(mt.random(), 0.8444218515250481);
        mt.init_by_array(&u64_words(1 << 32));
        assert_eq!(mt.random(), 0.11299430095636409);
    }

    #[test]
    fn unseeded_is_zero() {
        let mut mt = Mt::zero();
        assert_eq!(mt.random(), 0.0);
    }
}
