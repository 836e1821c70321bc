//! How the standard streams encode: `sys.stdin/stdout/stderr` are `_io`
//! TextIOWrappers (made by `interp::init_std_streams`) whose encoding and
//! errors are worked out here at start-up, by CPython's rules.

use crate::error::PyResult;
use crate::types::str::new_str;

// ------------------------------------------------------------ encodings

/// What the standard streams encode with, and `sys.flags.utf8_mode`,
/// worked out once at start-up from `-X utf8`, PYTHONUTF8,
/// PYTHONIOENCODING (both ignored under -E/-I) and the LC_CTYPE locale,
/// by CPython's rules.
pub struct StdioEncoding {
    pub utf8_mode: bool,
    /// The encoding as given (PYTHONIOENCODING or the locale's).
    pub encoding: String,
    /// Errors of stdin and stdout; stderr's are always backslashreplace.
    pub errors: String,
    /// A UTF-8 encoding (its codec name is then known without a lookup).
    pub utf8: bool,
}

static STDIO: std::sync::OnceLock<StdioEncoding> = std::sync::OnceLock::new();

fn is_utf8_name(e: &str) -> bool {
    matches!(e.to_ascii_lowercase().replace('_', "-").as_str(), "utf-8" | "utf8")
}

/// The LC_CTYPE locale name the environment selects and its codeset (the
/// process locale is put back afterwards: pyk's own code stays in "C").
fn ctype_locale() -> (String, String) {
    // SAFETY: called once during start-up, before any other thread runs;
    // the strings setlocale and nl_langinfo return are copied out before
    // the locale is changed again.
    unsafe {
        let cstr = |p: *const libc::c_char| if p.is_null() { None } else { Some(std::ffi::CStr::from_ptr(p).to_string_lossy().into_owned()) };
        let old = cstr(libc::setlocale(libc::LC_CTYPE, std::ptr::null()));
        let name = cstr(libc::setlocale(libc::LC_CTYPE, c"".as_ptr())).unwrap_or_else(|| "C".into());
        let codeset = cstr(libc::nl_langinfo(libc::CODESET)).unwrap_or_else(|| "ANSI_X3.4-1968".into());
        let old = std::ffi::CString::new(old.unwrap_or_else(|| "C".into())).unwrap_or_default();
        libc::setlocale(libc::LC_CTYPE, old.as_ptr());
        (name, codeset)
    }
}

pub fn init_stdio(xoptions: &[String], ignore_env: bool) {
    let env = |k: &str| if ignore_env { None } else { std::env::var(k).ok().filter(|v| !v.is_empty()) };
    let (loc, codeset) = ctype_locale();
    let c_locale = loc == "C" || loc == "POSIX";
    let mut utf8 = None;
    for x in xoptions {
        match x.as_str() {
            "utf8" | "utf8=1" => utf8 = Some(true),
            "utf8=0" => utf8 = Some(false),
            _ => {}
        }
    }
    let utf8_mode = utf8.or_else(|| env("PYTHONUTF8").and_then(|v| match v.as_str() { "1" => Some(true), "0" => Some(false), _ => None })).unwrap_or(c_locale);
    let io = env("PYTHONIOENCODING").unwrap_or_default();
    let (enc, err) = match io.split_once(':') {
        // An encoding with empty errors ("latin-1:") means strict ones.
        Some((e, "")) if !e.is_empty() => (e.to_string(), "strict".to_string()),
        Some((e, r)) => (e.to_string(), r.to_string()),
        // An encoding without errors means strict ones.
        None if !io.is_empty() => (io.clone(), "strict".to_string()),
        None => (io.clone(), String::new()),
    };
    let encoding = if !enc.is_empty() {
        enc
    } else if utf8_mode {
        "utf-8".into()
    } else if c_locale {
        "ascii".into()
    } else {
        codeset
    };
    let errors = if !err.is_empty() {
        err
    } else if utf8_mode || c_locale || matches!(loc.as_str(), "C.UTF-8" | "C.utf8" | "UTF-8") {
        "surrogateescape".into()
    } else {
        "strict".into()
    };
    let utf8 = is_utf8_name(&encoding);
    let _ = STDIO.set(StdioEncoding { utf8_mode, encoding, errors, utf8 });
}

pub fn stdio() -> &'static StdioEncoding {
    STDIO.get_or_init(|| StdioEncoding { utf8_mode: true, encoding: "utf-8".into(), errors: "strict".into(), utf8: true })
}

/// The codec's own name for the streams' encoding (`codecs.lookup(e).name`).
pub fn codec_name() -> PyResult<String> {
    let c = stdio();
    if c.utf8 {
        return Ok("utf-8".into());
    }
    let m = crate::import::import_module("codecs")?;
    let info = crate::abstract_::call(&crate::abstract_::getattr_str(&m, "lookup")?, &[new_str(&c.encoding)], None)?;
    let n = crate::abstract_::getattr_str(&info, "name")?;
    Ok(crate::types::str::as_str(&n).unwrap_or_default().to_string())
}
