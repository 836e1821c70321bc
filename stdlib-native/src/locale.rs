//! `_locale`: the C library's locale under CPython's `locale` module —
//! `setlocale`, `localeconv`, `nl_langinfo` and its keys, `strcoll` and
//! `strxfrm` (on wide strings, as CPython), `getencoding` and the gettext
//! functions. As CPython's start-up does, LC_CTYPE is taken from the
//! environment (here when the module is first imported).

use std::ffi::{CStr, CString};

use pyk_sdk::prelude::*;
use pyk_sdk::types::{builtin, import, new_exception_type};

const MODULE: &str = "_locale";

extern "C" {
    fn wcscoll(a: *const libc::wchar_t, b: *const libc::wchar_t) -> libc::c_int;
    fn wcsxfrm(dest: *mut libc::wchar_t, src: *const libc::wchar_t, n: libc::size_t) -> libc::size_t;
    fn gettext(msgid: *const libc::c_char) -> *mut libc::c_char;
    fn dgettext(domain: *const libc::c_char, msgid: *const libc::c_char) -> *mut libc::c_char;
    fn dcgettext(domain: *const libc::c_char, msgid: *const libc::c_char, category: libc::c_int) -> *mut libc::c_char;
    fn textdomain(domain: *const libc::c_char) -> *mut libc::c_char;
    fn bindtextdomain(domain: *const libc::c_char, dir: *const libc::c_char) -> *mut libc::c_char;
    fn bind_textdomain_codeset(domain: *const libc::c_char, codeset: *const libc::c_char) -> *mut libc::c_char;
}

fn error(msg: &str) -> PyErr {
    match import(MODULE).and_then(|m| m.getattr("Error")).and_then(|e| e.call(&[&*PyObj::from(msg)])) {
        Ok(exc) => PyErr::from_instance(exc),
        Err(e) => e,
    }
}

/// A C string the library returned, decoded (UTF-8, invalid bytes replaced).
fn text(p: *const libc::c_char) -> PyObj {
    if p.is_null() {
        return PyObj::from("");
    }
    // SAFETY: the C library returned a NUL-terminated string that stays
    // valid until the next call of the same function on this thread.
    PyObj::from(unsafe { CStr::from_ptr(p) }.to_string_lossy().as_ref())
}

fn int_of(o: &PyAny) -> PyResult<libc::c_int> {
    if !o.is_int() {
        return Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", o.type_name()?)));
    }
    let v = o.to_i64()?;
    libc::c_int::try_from(v).map_err(|_| PyErr::overflow_error("Python int too large to convert to C int"))
}

fn str_arg<'a>(fname: &str, n: usize, o: &'a PyAny) -> PyResult<&'a str> {
    o.as_str().map_err(|_| PyErr::type_error(format!("{fname}() argument {n} must be str, not {}", o.type_name().unwrap_or_default())))
}

fn c_string(s: &str) -> PyResult<CString> {
    CString::new(s).map_err(|_| PyErr::value_error("embedded null character"))
}

fn setlocale(args: Args) -> PyResult<PyObj> {
    let a = args.range(1, 2)?;
    let category = int_of(&a[0])?;
    match a.get(1).filter(|l| !l.is_none()) {
        Some(l) => {
            let s = l.as_str().map_err(|_| PyErr::type_error(format!("setlocale() argument 2 must be str or None, not {}", l.type_name().unwrap_or_default())))?;
            let c = c_string(s)?;
            // SAFETY: `c` is NUL-terminated; setlocale copies what it keeps.
            let r = unsafe { libc::setlocale(category, c.as_ptr()) };
            if r.is_null() {
                return Err(error("unsupported locale setting"));
            }
            Ok(text(r))
        }
        None => {
            // SAFETY: a NULL locale only queries.
            let r = unsafe { libc::setlocale(category, std::ptr::null()) };
            if r.is_null() {
                return Err(error("locale query failed"));
            }
            Ok(text(r))
        }
    }
}

/// A grouping string as CPython's list: the sizes up to and including the
/// terminating 0 or CHAR_MAX; an empty string is an empty list.
fn grouping(p: *const libc::c_char) -> PyResult<PyObj> {
    let out = list_of(&[])?;
    if p.is_null() {
        return Ok(out);
    }
    // SAFETY: localeconv's grouping strings are NUL-terminated.
    let bytes = unsafe { CStr::from_ptr(p) }.to_bytes_with_nul();
    if bytes[0] == 0 {
        return Ok(out);
    }
    for &b in bytes {
        let v = b as libc::c_char;
        out.list_append(&PyObj::from(v as i64))?;
        if b == 0 || v == libc::c_char::MAX {
            break;
        }
    }
    Ok(out)
}

fn localeconv(args: Args) -> PyResult<PyObj> {
    args.none()?;
    let d = builtin("dict")?.call(&[])?;
    // SAFETY: localeconv returns a static struct valid until the next call
    // or setlocale; everything is copied out before returning.
    let l = unsafe { &*libc::localeconv() };
    let set = |k: &str, v: PyObj| d.setitem(&PyObj::from(k), &v);
    set("int_curr_symbol", text(l.int_curr_symbol))?;
    set("currency_symbol", text(l.currency_symbol))?;
    set("mon_decimal_point", text(l.mon_decimal_point))?;
    set("mon_thousands_sep", text(l.mon_thousands_sep))?;
    set("mon_grouping", grouping(l.mon_grouping)?)?;
    set("positive_sign", text(l.positive_sign))?;
    set("negative_sign", text(l.negative_sign))?;
    for (k, v) in [
        ("int_frac_digits", l.int_frac_digits),
        ("frac_digits", l.frac_digits),
        ("p_cs_precedes", l.p_cs_precedes),
        ("p_sep_by_space", l.p_sep_by_space),
        ("n_cs_precedes", l.n_cs_precedes),
        ("n_sep_by_space", l.n_sep_by_space),
        ("p_sign_posn", l.p_sign_posn),
        ("n_sign_posn", l.n_sign_posn),
    ] {
        set(k, PyObj::from(v as i64))?;
    }
    set("decimal_point", text(l.decimal_point))?;
    set("thousands_sep", text(l.thousands_sep))?;
    set("grouping", grouping(l.grouping)?)?;
    Ok(d)
}

/// The keys `nl_langinfo` accepts (glibc's values).
const LANGINFO: &[(&str, i64)] = &[
    ("RADIXCHAR", 65536), ("THOUSEP", 65537), ("CRNCYSTR", 262159), ("CODESET", 14),
    ("D_T_FMT", 131112), ("D_FMT", 131113), ("T_FMT", 131114), ("T_FMT_AMPM", 131115),
    ("AM_STR", 131110), ("PM_STR", 131111),
    ("DAY_1", 131079), ("DAY_2", 131080), ("DAY_3", 131081), ("DAY_4", 131082), ("DAY_5", 131083), ("DAY_6", 131084), ("DAY_7", 131085),
    ("ABDAY_1", 131072), ("ABDAY_2", 131073), ("ABDAY_3", 131074), ("ABDAY_4", 131075), ("ABDAY_5", 131076), ("ABDAY_6", 131077), ("ABDAY_7", 131078),
    ("MON_1", 131098), ("MON_2", 131099), ("MON_3", 131100), ("MON_4", 131101), ("MON_5", 131102), ("MON_6", 131103),
    ("MON_7", 131104), ("MON_8", 131105), ("MON_9", 131106), ("MON_10", 131107), ("MON_11", 131108), ("MON_12", 131109),
    ("ABMON_1", 131086), ("ABMON_2", 131087), ("ABMON_3", 131088), ("ABMON_4", 131089), ("ABMON_5", 131090), ("ABMON_6", 131091),
    ("ABMON_7", 131092), ("ABMON_8", 131093), ("ABMON_9", 131094), ("ABMON_10", 131095), ("ABMON_11", 131096), ("ABMON_12", 131097),
    ("ERA", 131116), ("ERA_D_FMT", 131118), ("ALT_DIGITS", 131119), ("ERA_D_T_FMT", 131120), ("ERA_T_FMT", 131121),
    ("YESEXPR", 327680), ("NOEXPR", 327681), ("_DATE_FMT", 131180),
];

fn nl_langinfo(args: Args) -> PyResult<PyObj> {
    let key = int_of(args.one()?)?;
    if !LANGINFO.iter().any(|(_, v)| *v == key as i64) {
        return Err(PyErr::value_error("unsupported langinfo constant"));
    }
    // SAFETY: `key` is one of the C library's item numbers.
    Ok(text(unsafe { libc::nl_langinfo(key as libc::nl_item) }))
}

/// A str as a NUL-terminated wide string.
fn wide(s: &str) -> PyResult<Vec<libc::wchar_t>> {
    if s.contains('\0') {
        return Err(PyErr::value_error("embedded null character"));
    }
    Ok(s.chars().map(|c| c as libc::wchar_t).chain(std::iter::once(0)).collect())
}

fn strcoll(args: Args) -> PyResult<PyObj> {
    let [a, b] = args.exact()?;
    let (a, b) = (wide(str_arg("strcoll", 1, a)?)?, wide(str_arg("strcoll", 2, b)?)?);
    // SAFETY: both are NUL-terminated wide strings.
    Ok(PyObj::from(unsafe { wcscoll(a.as_ptr(), b.as_ptr()) } as i64))
}

fn strxfrm(args: Args) -> PyResult<PyObj> {
    let s = wide(str_arg("strxfrm", 1, args.one()?)?)?;
    // SAFETY: a zero-length destination only asks for the needed length.
    let n = unsafe { wcsxfrm(std::ptr::null_mut(), s.as_ptr(), 0) };
    let mut out: Vec<libc::wchar_t> = vec![0; n + 1];
    // SAFETY: `out` has room for n + 1 wide characters.
    let n = unsafe { wcsxfrm(out.as_mut_ptr(), s.as_ptr(), n + 1) };
    out.truncate(n);
    let text: String = out.iter().map(|&c| char::from_u32(c as u32).unwrap_or('\u{fffd}')).collect();
    Ok(PyObj::from(text.as_str()))
}

fn getencoding(args: Args) -> PyResult<PyObj> {
    args.none()?;
    // SAFETY: CODESET is a valid item.
    let p = unsafe { libc::nl_langinfo(libc::CODESET) };
    // SAFETY: nl_langinfo returns a NUL-terminated string (possibly empty).
    if p.is_null() || unsafe { *p } == 0 {
        return Ok(PyObj::from("utf-8"));
    }
    Ok(text(p))
}

/// An optional str argument as a C string (None -> NULL).
fn opt_c(fname: &str, o: Option<&PyAny>) -> PyResult<Option<CString>> {
    match o.filter(|o| !o.is_none()) {
        None => Ok(None),
        Some(o) => {
            let s = o.as_str().map_err(|_| PyErr::type_error(format!("{fname}() argument must be str or None, not {}", o.type_name().unwrap_or_default())))?;
            Ok(Some(c_string(s)?))
        }
    }
}

fn ptr(c: &Option<CString>) -> *const libc::c_char {
    c.as_ref().map_or(std::ptr::null(), |c| c.as_ptr())
}

fn gettext_(args: Args) -> PyResult<PyObj> {
    let m = c_string(str_arg("gettext", 1, args.one()?)?)?;
    // SAFETY: a NUL-terminated message id.
    Ok(text(unsafe { gettext(m.as_ptr()) }))
}

fn dgettext_(args: Args) -> PyResult<PyObj> {
    let [d, m] = args.exact()?;
    let d = opt_c("dgettext", Some(d))?;
    let m = c_string(str_arg("dgettext", 2, m)?)?;
    // SAFETY: NUL-terminated strings or NULL for the default domain.
    Ok(text(unsafe { dgettext(ptr(&d), m.as_ptr()) }))
}

fn dcgettext_(args: Args) -> PyResult<PyObj> {
    let [d, m, c] = args.exact()?;
    let d = opt_c("dcgettext", Some(d))?;
    let m = c_string(str_arg("dcgettext", 2, m)?)?;
    let c = int_of(c)?;
    // SAFETY: NUL-terminated strings or NULL for the default domain.
    Ok(text(unsafe { dcgettext(ptr(&d), m.as_ptr(), c) }))
}

fn textdomain_(args: Args) -> PyResult<PyObj> {
    let d = opt_c("textdomain", Some(args.one()?))?;
    // SAFETY: a NUL-terminated domain, or NULL to query.
    let r = unsafe { textdomain(ptr(&d)) };
    if r.is_null() {
        return Err(crate::sysutil::last_error());
    }
    Ok(text(r))
}

fn bindtextdomain_(args: Args) -> PyResult<PyObj> {
    let [d, dir] = args.exact()?;
    let d = c_string(str_arg("bindtextdomain", 1, d)?)?;
    if d.as_bytes().is_empty() {
        return Err(PyErr::value_error("empty string"));
    }
    let dir = opt_c("bindtextdomain", Some(dir))?;
    // SAFETY: NUL-terminated strings, or NULL to query.
    let r = unsafe { bindtextdomain(d.as_ptr(), ptr(&dir)) };
    if r.is_null() {
        return Err(crate::sysutil::last_error());
    }
    Ok(text(r))
}

fn bind_textdomain_codeset_(args: Args) -> PyResult<PyObj> {
    let [d, c] = args.exact()?;
    let d = c_string(str_arg("bind_textdomain_codeset", 1, d)?)?;
    let c = opt_c("bind_textdomain_codeset", Some(c))?;
    // SAFETY: NUL-terminated strings, or NULL to query.
    let r = unsafe { bind_textdomain_codeset(d.as_ptr(), ptr(&c)) };
    if r.is_null() {
        return Ok(PyObj::none());
    }
    Ok(text(r))
}

static FUNCS: &[NativeFnDef] = &[
    native_fn!("_locale", "setlocale", setlocale, "Set the locale for category, or query it when locale is omitted."),
    native_fn!("_locale", "localeconv", localeconv, "Give the current locale's number and currency conventions as a dict."),
    native_fn!("_locale", "nl_langinfo", nl_langinfo, "Look up one nl_langinfo() item of the current locale."),
    native_fn!("_locale", "strcoll", strcoll, "Compare two strings by the current locale's collation order."),
    native_fn!("_locale", "strxfrm", strxfrm, "Transform a string so that plain comparison follows the locale's order."),
    native_fn!("_locale", "getencoding", getencoding, "Give the encoding name of the current locale."),
    native_fn!("_locale", "gettext", gettext_, "gettext(msg) -> string\n\nTranslate msg with the current domain."),
    native_fn!("_locale", "dgettext", dgettext_, "dgettext(domain, msg) -> string\n\nTranslate msg using domain."),
    native_fn!("_locale", "dcgettext", dcgettext_, "Translate msg using domain and category."),
    native_fn!("_locale", "textdomain", textdomain_, "Set (or query) the current text domain; gives the domain in effect."),
    native_fn!("_locale", "bindtextdomain", bindtextdomain_, "Set the directory holding the translations of domain."),
    native_fn!("_locale", "bind_textdomain_codeset", bind_textdomain_codeset_, "Choose the codeset of the translations of domain."),
];

pub fn create() -> PyResult<PyObj> {
    // SAFETY: "" selects the environment's locale for LC_CTYPE, as
    // CPython's start-up does; the string is a NUL-terminated literal.
    unsafe { libc::setlocale(libc::LC_CTYPE, c"".as_ptr()) };
    let err = new_exception_type("locale", "Error", &*builtin("Exception")?, None)?;
    let mut b = ModuleBuilder::new(MODULE, "Native access to the C library's locale support.")?.functions(FUNCS)?.object("Error", &err)?;
    for (n, v) in [
        ("LC_CTYPE", libc::LC_CTYPE),
        ("LC_NUMERIC", libc::LC_NUMERIC),
        ("LC_TIME", libc::LC_TIME),
        ("LC_COLLATE", libc::LC_COLLATE),
        ("LC_MONETARY", libc::LC_MONETARY),
        ("LC_MESSAGES", libc::LC_MESSAGES),
        ("LC_ALL", libc::LC_ALL),
    ] {
        b = b.constant(n, v as i64)?;
    }
    b = b.constant("CHAR_MAX", libc::c_char::MAX as i64)?;
    for (n, v) in LANGINFO {
        b = b.constant(n, *v)?;
    }
    b.finish()
}
