//! `unicodedata`: the Unicode Character Database, version 15.1.0 (CPython
//! 3.13's), with CPython's functions and messages.
//!
//! The data are three zlib-compressed text files made by `gen_data.py` from
//! CPython's own `unicodedata` (`props.z`: runs of code points with equal
//! properties; `names.z`: character names, with the names that are a prefix
//! plus the code point in hex kept as ranges; `compose.z`: the canonical
//! pairs NFC composes). Each is inflated and parsed on first use into
//! plain Rust tables (process-wide, immutable, holding no Python object).
//! Normalization is UAX #15's: full decomposition, canonical ordering,
//! canonical composition, with Hangul syllables done arithmetically.

use std::collections::HashMap;
use std::sync::OnceLock;

use pyk_sdk::prelude::*;

const MODULE: &str = "unicodedata";
const UNIDATA_VERSION: &str = "15.1.0";

static PROPS_Z: &[u8] = include_bytes!("props.z");
static PROPS32_Z: &[u8] = include_bytes!("props32.z");
static NAMES_Z: &[u8] = include_bytes!("names.z");
static COMPOSE_Z: &[u8] = include_bytes!("compose.z");

fn inflate(z: &[u8]) -> String {
    let raw = miniz_oxide::inflate::decompress_to_vec_zlib(z).unwrap_or_default();
    String::from_utf8(raw).unwrap_or_default()
}

struct Props {
    start: u32,
    end: u32,
    cat: Box<str>,
    bidi: Box<str>,
    comb: u8,
    eaw: Box<str>,
    mirrored: bool,
    decimal: Option<u8>,
    digit: Option<u8>,
    numeric: Option<f64>,
    decomp: Box<str>,
}

/// Which database: the current one (the module's functions) or Unicode
/// 3.2.0's view of it (`unicodedata.ucd_3_2_0`, which IDNA's stringprep
/// uses).
#[derive(Clone, Copy, PartialEq)]
enum Db {
    Current,
    V320,
}

fn props_table(db: Db) -> &'static [Props] {
    static T: OnceLock<Vec<Props>> = OnceLock::new();
    static T32: OnceLock<Vec<Props>> = OnceLock::new();
    let (cell, z) = match db {
        Db::Current => (&T, PROPS_Z),
        Db::V320 => (&T32, PROPS32_Z),
    };
    cell.get_or_init(|| {
        let text = inflate(z);
        let mut v = Vec::new();
        for line in text.lines() {
            let f: Vec<&str> = line.split('\t').collect();
            if f.len() != 11 {
                continue;
            }
            fn opt(s: &str) -> &str {
                if s == "-" {
                    ""
                } else {
                    s
                }
            }
            v.push(Props {
                start: u32::from_str_radix(f[0], 16).unwrap_or(0),
                end: u32::from_str_radix(f[1], 16).unwrap_or(0),
                cat: f[2].into(),
                bidi: opt(f[3]).into(),
                comb: f[4].parse().unwrap_or(0),
                eaw: f[5].into(),
                mirrored: f[6] == "1",
                decimal: f[7].parse().ok(),
                digit: f[8].parse().ok(),
                numeric: f[9].parse().ok(),
                decomp: opt(f[10]).into(),
            });
        }
        v
    })
}

fn props(c: u32) -> Option<&'static Props> {
    props_in(Db::Current, c)
}

fn props_in(db: Db, c: u32) -> Option<&'static Props> {
    let t = props_table(db);
    let i = t.partition_point(|p| p.end < c);
    t.get(i).filter(|p| p.start <= c)
}

struct Names {
    by_code: HashMap<u32, Box<str>>,
    by_name: HashMap<Box<str>, u32>,
    ranges: Vec<(u32, u32, Box<str>)>,
    /// Formal name aliases (NameAliases.txt): lookup() and `\N{...}`
    /// accept them, name() never gives them.
    aliases: HashMap<Box<str>, u32>,
    /// Named sequences (NamedSequences.txt): lookup() only.
    sequences: HashMap<Box<str>, Box<[u32]>>,
}

fn names() -> &'static Names {
    static N: OnceLock<Names> = OnceLock::new();
    N.get_or_init(|| {
        let text = inflate(NAMES_Z);
        let mut n = Names { by_code: HashMap::new(), by_name: HashMap::new(), ranges: Vec::new(), aliases: HashMap::new(), sequences: HashMap::new() };
        let mut section = "";
        for line in text.lines() {
            if let Some(name) = line.strip_prefix('#') {
                section = name;
                continue;
            }
            let f: Vec<&str> = line.split('\t').collect();
            let in_ranges = section == "ranges";
            if section == "aliases" && f.len() == 2 {
                n.aliases.insert(f[1].into(), u32::from_str_radix(f[0], 16).unwrap_or(0));
            } else if section == "sequences" && f.len() == 2 {
                let cps: Vec<u32> = f[0].split(' ').filter_map(|x| u32::from_str_radix(x, 16).ok()).collect();
                n.sequences.insert(f[1].into(), cps.into());
            } else if in_ranges && f.len() == 3 {
                let (a, b) = (u32::from_str_radix(f[0], 16).unwrap_or(0), u32::from_str_radix(f[1], 16).unwrap_or(0));
                n.ranges.push((a, b, f[2].into()));
            } else if f.len() == 2 {
                let c = u32::from_str_radix(f[0], 16).unwrap_or(0);
                n.by_code.insert(c, f[1].into());
                n.by_name.insert(f[1].into(), c);
            }
        }
        n
    })
}

fn name_of(c: u32) -> Option<String> {
    let n = names();
    if let Some(s) = n.by_code.get(&c) {
        return Some(s.to_string());
    }
    n.ranges.iter().find(|(a, b, _)| *a <= c && c <= *b).map(|(_, _, p)| format!("{p}{c:X}"))
}

fn code_of(name: &str) -> Option<u32> {
    let n = names();
    let upper = name.to_ascii_uppercase();
    if let Some(&c) = n.by_name.get(upper.as_str()) {
        return Some(c);
    }
    for (a, b, p) in &n.ranges {
        if let Some(hex) = upper.strip_prefix(&**p) {
            if (4..=5).contains(&hex.len()) && hex.bytes().all(|h| h.is_ascii_hexdigit()) {
                let c = u32::from_str_radix(hex, 16).ok()?;
                if *a <= c && c <= *b {
                    return Some(c);
                }
            }
        }
    }
    None
}

fn compositions() -> &'static HashMap<(u32, u32), u32> {
    static C: OnceLock<HashMap<(u32, u32), u32>> = OnceLock::new();
    C.get_or_init(|| {
        let text = inflate(COMPOSE_Z);
        let mut m = HashMap::new();
        for line in text.lines() {
            let f: Vec<u32> = line.split('\t').filter_map(|x| u32::from_str_radix(x, 16).ok()).collect();
            if let [a, b, c] = f[..] {
                m.insert((a, b), c);
            }
        }
        m
    })
}

// ---------------------------------------------------------------- normalization

const S_BASE: u32 = 0xAC00;
const L_BASE: u32 = 0x1100;
const V_BASE: u32 = 0x1161;
const T_BASE: u32 = 0x11A7;
const L_COUNT: u32 = 19;
const V_COUNT: u32 = 21;
const T_COUNT: u32 = 28;
const N_COUNT: u32 = V_COUNT * T_COUNT;
const S_COUNT: u32 = L_COUNT * N_COUNT;

fn ccc(c: u32) -> u8 {
    props(c).map_or(0, |p| p.comb)
}

/// Unicode 3.2.0's decompositions of the six characters whose mapping was
/// corrected later (NormalizationCorrections.txt), which CPython's
/// ucd_3_2_0.normalize() applies.
const CORRECTIONS_3_2_0: [(u32, u32); 6] = [(0xF951, 0x964B), (0x2F868, 0x2136A), (0x2F874, 0x5F33), (0x2F91F, 0x43AB), (0x2F95F, 0x7AAE), (0x2F9BF, 0x4D57)];

fn decompose_into(db: Db, c: u32, compat: bool, out: &mut Vec<u32>) {
    if db == Db::V320 {
        if let Some(&(_, v)) = CORRECTIONS_3_2_0.iter().find(|(k, _)| *k == c) {
            return decompose_into(db, v, compat, out);
        }
    }
    if (S_BASE..S_BASE + S_COUNT).contains(&c) {
        let s = c - S_BASE;
        out.push(L_BASE + s / N_COUNT);
        out.push(V_BASE + (s % N_COUNT) / T_COUNT);
        if s % T_COUNT != 0 {
            out.push(T_BASE + s % T_COUNT);
        }
        return;
    }
    let d = props_in(db, c).map_or("", |p| &*p.decomp);
    if d.is_empty() || (d.starts_with('<') && !compat) {
        out.push(c);
        return;
    }
    let body = if d.starts_with('<') { d.split_once('>').map_or("", |(_, r)| r) } else { d };
    for part in body.split_whitespace() {
        match u32::from_str_radix(part, 16) {
            Ok(x) => decompose_into(db, x, compat, out),
            Err(_) => out.push(c),
        }
    }
}

fn decompose(db: Db, s: &str, compat: bool) -> Vec<u32> {
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        decompose_into(db, pyk_abi::surrogate::code_point(c), compat, &mut out);
    }
    // Canonical ordering: stable sort of each run of non-starters by class.
    let mut i = 0;
    while i < out.len() {
        if ccc(out[i]) == 0 {
            i += 1;
            continue;
        }
        let start = i;
        while i < out.len() && ccc(out[i]) != 0 {
            i += 1;
        }
        out[start..i].sort_by_key(|&c| ccc(c));
    }
    out
}

fn compose_pair(a: u32, b: u32) -> Option<u32> {
    if (L_BASE..L_BASE + L_COUNT).contains(&a) && (V_BASE..V_BASE + V_COUNT).contains(&b) {
        return Some(S_BASE + ((a - L_BASE) * V_COUNT + (b - V_BASE)) * T_COUNT);
    }
    if (S_BASE..S_BASE + S_COUNT).contains(&a) && (a - S_BASE) % T_COUNT == 0 && (T_BASE + 1..T_BASE + T_COUNT).contains(&b) {
        return Some(a + (b - T_BASE));
    }
    compositions().get(&(a, b)).copied()
}

fn compose(d: Vec<u32>) -> Vec<u32> {
    let mut out: Vec<u32> = Vec::with_capacity(d.len());
    let mut starter: Option<usize> = None;
    let mut last_class: u16 = 0;
    for c in d {
        let class = ccc(c) as u16;
        if let Some(si) = starter {
            let unblocked = last_class < class || (last_class == 0 && out.len() == si + 1);
            if unblocked {
                if let Some(x) = compose_pair(out[si], c) {
                    out[si] = x;
                    continue;
                }
            }
        }
        if class == 0 {
            starter = Some(out.len());
        } else if starter.is_none() {
            last_class = 256;
            out.push(c);
            continue;
        }
        last_class = class;
        out.push(c);
    }
    out
}

fn normalized(db: Db, form: &str, s: &str) -> PyResult<String> {
    let cps = match form {
        "NFD" => decompose(db, s, false),
        "NFKD" => decompose(db, s, true),
        "NFC" => compose(decompose(db, s, false)),
        "NFKC" => compose(decompose(db, s, true)),
        _ => return Err(PyErr::value_error("invalid normalization form")),
    };
    Ok(cps.into_iter().filter_map(pyk_abi::surrogate::char_for).collect())
}

// ---------------------------------------------------------------- functions

/// The code point of a one-character str argument.
/// (`which` is "argument" for one-parameter functions, "argument 1" otherwise, as CPython words it.)
fn chr_arg(o: &PyAny, fname: &str, which: &str) -> PyResult<u32> {
    if !o.is_str() {
        return Err(PyErr::type_error(format!("{fname}() {which} must be a unicode character, not {}", o.type_name()?)));
    }
    let s = o.as_str()?;
    let mut it = s.chars();
    match (it.next(), it.next()) {
        (Some(c), None) => Ok(pyk_abi::surrogate::code_point(c)),
        _ => Err(PyErr::type_error(format!("{fname}() {which} must be a unicode character, not str"))),
    }
}

fn with_default(args: &Args, fname: &str, f: impl FnOnce(u32) -> PyResult<Option<PyObj>>, msg: &str) -> PyResult<PyObj> {
    let a = args.range(1, 2)?;
    if !args.keywords().is_empty() {
        return Err(PyErr::type_error(format!("{fname}() takes no keyword arguments")));
    }
    let c = chr_arg(&a[0], fname, "argument 1")?;
    match f(c)? {
        Some(v) => Ok(v),
        None => match a.get(1) {
            Some(d) => Ok(d.to_owned()),
            None => Err(PyErr::value_error(msg.to_owned())),
        },
    }
}

fn one_chr(args: &Args, fname: &str) -> PyResult<u32> {
    if !args.keywords().is_empty() {
        return Err(PyErr::type_error(format!("{fname}() takes no keyword arguments")));
    }
    let a = args.positional();
    if a.len() != 1 {
        return Err(PyErr::type_error(format!("{fname}() takes exactly one argument ({} given)", a.len())));
    }
    chr_arg(&a[0], fname, "argument")
}

/// The name of `c` in `db`: Unicode 3.2.0 names only the characters it
/// had assigned.
fn name_in(db: Db, c: u32) -> Option<String> {
    if db == Db::V320 && props_in(db, c).is_none_or(|p| &*p.cat == "Cn") {
        return None;
    }
    name_of(c)
}

/// What lookup() finds: names, then aliases and named sequences (which
/// Unicode 3.2.0 did not have; nor did it name its unassigned characters,
/// Hangul syllables and unified ideographs aside, as CPython's _getcode).
fn lookup_in(db: Db, name: &str) -> Option<Vec<u32>> {
    let upper = name.to_ascii_uppercase();
    if let Some(c) = code_of(&upper) {
        let algorithmic = upper.starts_with("HANGUL SYLLABLE ") || upper.starts_with("CJK UNIFIED IDEOGRAPH-");
        if db == Db::V320 && !algorithmic && name_in(db, c).is_none() {
            return None;
        }
        return Some(vec![c]);
    }
    if db == Db::V320 {
        return None;
    }
    let n = names();
    if let Some(&c) = n.aliases.get(upper.as_str()) {
        return Some(vec![c]);
    }
    n.sequences.get(upper.as_str()).map(|s| s.to_vec())
}

fn decimal_in(db: Db, args: Args) -> PyResult<PyObj> {
    with_default(&args, "decimal", |c| Ok(props_in(db, c).and_then(|p| p.decimal).map(|d| PyObj::from(d as i64))), "not a decimal")
}

fn digit_in(db: Db, args: Args) -> PyResult<PyObj> {
    with_default(&args, "digit", |c| Ok(props_in(db, c).and_then(|p| p.digit).map(|d| PyObj::from(d as i64))), "not a digit")
}

fn numeric_in(db: Db, args: Args) -> PyResult<PyObj> {
    with_default(&args, "numeric", |c| Ok(props_in(db, c).and_then(|p| p.numeric).map(PyObj::from)), "not a numeric character")
}

fn name_fn(db: Db, args: Args) -> PyResult<PyObj> {
    with_default(&args, "name", |c| name_in(db, c).map(|n| n.into_py()).transpose(), "no such name")
}

fn category_in(db: Db, args: Args) -> PyResult<String> {
    let c = one_chr(&args, "category")?;
    Ok(props_in(db, c).map_or("Cn".to_owned(), |p| p.cat.to_string()))
}

fn bidirectional_in(db: Db, args: Args) -> PyResult<String> {
    let c = one_chr(&args, "bidirectional")?;
    Ok(props_in(db, c).map_or(String::new(), |p| p.bidi.to_string()))
}

fn combining_in(db: Db, args: Args) -> PyResult<i64> {
    let c = one_chr(&args, "combining")?;
    Ok(props_in(db, c).map_or(0, |p| p.comb) as i64)
}

fn east_asian_width_in(db: Db, args: Args) -> PyResult<String> {
    let c = one_chr(&args, "east_asian_width")?;
    Ok(props_in(db, c).map_or("N".to_owned(), |p| p.eaw.to_string()))
}

fn mirrored_in(db: Db, args: Args) -> PyResult<i64> {
    let c = one_chr(&args, "mirrored")?;
    Ok(props_in(db, c).is_some_and(|p| p.mirrored) as i64)
}

fn decomposition_in(db: Db, args: Args) -> PyResult<String> {
    let c = one_chr(&args, "decomposition")?;
    Ok(props_in(db, c).map_or(String::new(), |p| p.decomp.to_string()))
}

fn lookup_fn(db: Db, args: Args) -> PyResult<String> {
    if !args.keywords().is_empty() {
        return Err(PyErr::type_error("lookup() takes no keyword arguments"));
    }
    let n = args.one()?;
    let text = if n.is_str() {
        n.as_str()?.to_owned()
    } else {
        match n.as_bytes() {
            Ok(b) => String::from_utf8_lossy(b).into_owned(),
            Err(_) => return Err(PyErr::type_error(format!("a bytes-like object is required, not '{}'", n.type_name()?))),
        }
    };
    if text.len() > 256 {
        return Err(PyErr::new(ExcKind::KeyError, "name too long"));
    }
    match lookup_in(db, &text) {
        Some(cps) => Ok(cps.into_iter().filter_map(pyk_abi::surrogate::char_for).collect()),
        None => Err(PyErr::from_instance(
            pyk_sdk::types::builtin("KeyError")?.call(&[&*format!("undefined character name '{text}'").as_str().into_py()?])?,
        )),
    }
}

fn form_and_str<'a>(args: &Args<'a>, fname: &str) -> PyResult<(&'a str, &'a str)> {
    if !args.keywords().is_empty() {
        return Err(PyErr::type_error(format!("{fname}() takes no keyword arguments")));
    }
    let a = args.positional();
    if a.len() != 2 {
        return Err(PyErr::type_error(format!("{fname} expected 2 arguments, got {}", a.len())));
    }
    if !a[0].is_str() {
        return Err(PyErr::type_error(format!("{fname}() argument 1 must be str, not {}", a[0].type_name()?)));
    }
    if !a[1].is_str() {
        return Err(PyErr::type_error(format!("{fname}() argument 2 must be str, not {}", a[1].type_name()?)));
    }
    Ok((a[0].as_str()?, a[1].as_str()?))
}

fn normalize_in(db: Db, args: Args) -> PyResult<String> {
    let (form, s) = form_and_str(&args, "normalize")?;
    normalized(db, form, s)
}

fn is_normalized_in(db: Db, args: Args) -> PyResult<bool> {
    let (form, s) = form_and_str(&args, "is_normalized")?;
    Ok(normalized(db, form, s)? == s)
}

/// The module's functions (the current database) and the UCD methods of
/// `ucd_3_2_0`, generated in pairs over the `_in` functions.
macro_rules! both {
    ($($name:literal, $f:ident, $m:ident, $imp:ident, $ret:ty;)*) => {
        $(
            fn $f(args: Args) -> PyResult<$ret> {
                $imp(Db::Current, args)
            }
            fn $m(_u: &Ucd, args: Args) -> PyResult<$ret> {
                $imp(Db::V320, args)
            }
        )*
    };
}
both! {
    "decimal", decimal, ucd_decimal, decimal_in, PyObj;
    "digit", digit, ucd_digit, digit_in, PyObj;
    "numeric", numeric, ucd_numeric, numeric_in, PyObj;
    "category", category, ucd_category, category_in, String;
    "bidirectional", bidirectional, ucd_bidirectional, bidirectional_in, String;
    "combining", combining, ucd_combining, combining_in, i64;
    "mirrored", mirrored, ucd_mirrored, mirrored_in, i64;
    "east_asian_width", east_asian_width, ucd_east_asian_width, east_asian_width_in, String;
    "decomposition", decomposition, ucd_decomposition, decomposition_in, String;
    "is_normalized", is_normalized, ucd_is_normalized, is_normalized_in, bool;
    "normalize", normalize, ucd_normalize, normalize_in, String;
    "name", name, ucd_name, name_fn, PyObj;
    "lookup", lookup, ucd_lookup, lookup_fn, String;
}

const DOC_DECIMAL: &str = "Give the decimal digit value of chr.";
const DOC_DIGIT: &str = "Give the digit value of chr.";
const DOC_NUMERIC: &str = "Give the numeric value of chr as a float.";
const DOC_CATEGORY: &str = "Give the category of chr, e.g. 'Lu'.";
const DOC_BIDI: &str = "Give the bidi class of chr, e.g. 'L'.";
const DOC_COMBINING: &str = "Give the combining class of chr, an int.";
const DOC_MIRRORED: &str = "Give 1 if chr mirrors in right-to-left text, else 0.";
const DOC_EAW: &str = "Give the East Asian width of chr, e.g. 'W'.";
const DOC_DECOMP: &str = "Give the decomposition of chr as a string of hex code points.";
const DOC_IS_NORMALIZED: &str = "Tell whether unistr is already normalized to form.";
const DOC_NORMALIZE: &str = "Normalize unistr to form (NFC, NFKC, NFD or NFKD).";
const DOC_NAME: &str = "Give the Unicode name of chr.";
const DOC_LOOKUP: &str = "Find the character with the given Unicode name.";

static FUNCTIONS: &[NativeFnDef] = &[
    native_fn!(MODULE, "decimal", decimal, DOC_DECIMAL),
    native_fn!(MODULE, "digit", digit, DOC_DIGIT),
    native_fn!(MODULE, "numeric", numeric, DOC_NUMERIC),
    native_fn!(MODULE, "category", category, DOC_CATEGORY),
    native_fn!(MODULE, "bidirectional", bidirectional, DOC_BIDI),
    native_fn!(MODULE, "combining", combining, DOC_COMBINING),
    native_fn!(MODULE, "mirrored", mirrored, DOC_MIRRORED),
    native_fn!(MODULE, "east_asian_width", east_asian_width, DOC_EAW),
    native_fn!(MODULE, "decomposition", decomposition, DOC_DECOMP),
    native_fn!(MODULE, "is_normalized", is_normalized, DOC_IS_NORMALIZED),
    native_fn!(MODULE, "normalize", normalize, DOC_NORMALIZE),
    native_fn!(MODULE, "name", name, DOC_NAME),
    native_fn!(MODULE, "lookup", lookup, DOC_LOOKUP),
];

/// `unicodedata.UCD`: a database version other than the current one (the
/// only instance is `ucd_3_2_0`).
struct Ucd;

static UCD: NativeType<Ucd> = NativeType::new();

fn ucd_unidata_version(_u: &Ucd, _s: &PyAny) -> PyResult<&'static str> {
    Ok("3.2.0")
}

impl NativeClass for Ucd {
    const NAME: &'static str = "unicodedata.UCD";
    const METHODS: &'static [NativeFnDef] = &[
        native_method!(Ucd, "decimal", ucd_decimal, DOC_DECIMAL),
        native_method!(Ucd, "digit", ucd_digit, DOC_DIGIT),
        native_method!(Ucd, "numeric", ucd_numeric, DOC_NUMERIC),
        native_method!(Ucd, "category", ucd_category, DOC_CATEGORY),
        native_method!(Ucd, "bidirectional", ucd_bidirectional, DOC_BIDI),
        native_method!(Ucd, "combining", ucd_combining, DOC_COMBINING),
        native_method!(Ucd, "mirrored", ucd_mirrored, DOC_MIRRORED),
        native_method!(Ucd, "east_asian_width", ucd_east_asian_width, DOC_EAW),
        native_method!(Ucd, "decomposition", ucd_decomposition, DOC_DECOMP),
        native_method!(Ucd, "is_normalized", ucd_is_normalized, DOC_IS_NORMALIZED),
        native_method!(Ucd, "normalize", ucd_normalize, DOC_NORMALIZE),
        native_method!(Ucd, "name", ucd_name, DOC_NAME),
        native_method!(Ucd, "lookup", ucd_lookup, DOC_LOOKUP),
    ];
    const GETTERS: &'static [NativeFnDef] = &[native_getter!(Ucd, "unidata_version", ucd_unidata_version)];
    fn native_type() -> &'static NativeType<Self> {
        &UCD
    }
}

pub fn create() -> PyResult<PyObj> {
    let ucd = UCD.wrap(Ucd)?;
    ModuleBuilder::new(MODULE, "Character properties from the Unicode Character Database, version 15.1.0\n(category, bidirectional class, decomposition, numeric values, names,\nnormalization forms), with the field names of UnicodeData.txt.")?
        .functions(FUNCTIONS)?
        .constant("unidata_version", UNIDATA_VERSION)?
        .class::<Ucd>()?
        .object("ucd_3_2_0", &ucd)?
        .finish()
}
