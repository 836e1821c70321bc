//! The two kernel services the console needs, behind a small trait so that
//! the console logic can be tested with a scripted fake.

use pyk_abi::abi_stable::std_types::RStr;
use pyk_abi::api::{KernelApi, RunStatus};

/// `check_complete` answers.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Completeness {
    Complete,
    Incomplete,
    Invalid,
}

/// What the console asks of the kernel.
pub trait Kernel {
    /// Compiles and runs `source` in `__main__` (the kernel prints results and errors).
    fn run_source(&self, source: &str, filename: &str, mode: u32) -> RunStatus;
    /// Whether `source` is a complete statement, needs more lines, or is invalid.
    fn check_complete(&self, source: &str) -> Completeness;
    /// The console is about to block waiting for input: let other Python
    /// threads run (releases the GIL in GIL mode).
    fn detach(&self) {}
    /// The console has its input and will call the kernel again.
    fn attach(&self) {}
    /// Tab completion: names in `__main__`, builtins and keywords starting
    /// with `text`, or attributes for `name.attr` (a dotted chain of names
    /// only), as CPython's rlcompleter gives them. Sorted; empty when unsure.
    fn completions(&self, _text: &str) -> Vec<String> {
        vec![]
    }
    /// `str(sys.ps1)` and `str(sys.ps2)`, set to `>>> ` and `... ` first
    /// when missing (CPython's interactive mode sets them); None when unsure.
    fn prompts(&self) -> Option<(String, String)> {
        None
    }
    /// Whether `__main__` defines `name` (a variable called `exit` shadows
    /// the `exit` command, as in CPython's REPL).
    fn defines(&self, _name: &str) -> bool {
        false
    }
    /// Puts in `builtins` what CPython's `site` module gives an interactive
    /// session (`help`, `copyright`, `credits`, `license`, and `exit`/`quit`
    /// that say how to leave), unless `-S`: the kernel does not run `site`.
    fn install_site_builtins(&self) {}
}

/// `run_source`'s mode for the editor: several statements, the last one's
/// value displayed, as CPython 3.13's REPL runs an input (the kernel's
/// `RUN_MODE_INTERACTIVE`; not in `pyk_abi::api::run_mode` yet).
pub const RUN_INTERACTIVE: u32 = 2;

/// Python run in a private namespace to give the session `site`'s builtins
/// (what `site.sethelper`, `setcopyright` and `setquit` add), on CPython's
/// own `_sitebuiltins`. A name the kernel already gives a real object is
/// kept; the kernel's plain `exit`/`quit` functions are replaced so that
/// typing `exit` in the line console tells how to leave, as CPython does.
const SITE_SRC: &str = r#"
def _install():
    import builtins, sys
    if sys.flags.no_site:
        return
    try:
        import _sitebuiltins as sb
    except ImportError:
        return
    def missing(name):
        f = getattr(builtins, name, None)
        return f is None or type(f).__name__ == 'builtin_function_or_method'
    for name in ('exit', 'quit'):
        if missing(name):
            setattr(builtins, name, sb.Quitter(name, 'Ctrl-D (i.e. EOF)'))
    if missing('help'):
        builtins.help = sb._Helper()
    if missing('copyright'):
        builtins.copyright = sb._Printer('copyright', sys.copyright)
    if missing('credits'):
        builtins.credits = sb._Printer('credits', (
            '    Thanks to CWI, CNRI, BeOpen.com, Zope Corporation and a cast of thousands\n'
            '    for supporting Python development.  See www.python.org for more information.'))
    if missing('license'):
        import os
        here = os.path.dirname(os.__file__)
        builtins.license = sb._Printer(
            'license', 'See https://www.python.org/psf/license/',
            ['LICENSE.txt', 'LICENSE'], [os.path.join(here, os.pardir), here, os.curdir])
_install()
"#;

/// Python run in a private namespace to list completions: CPython's own
/// `rlcompleter` over `__main__` (keywords with their space or colon,
/// callables with `(`, attributes of a dotted chain of names), sorted for
/// the menu; a plainer listing if the library has no `rlcompleter`.
const COMPLETE_SRC: &str = "\
def _complete(text, ns):
    try:
        import rlcompleter
    except ImportError:
        rlcompleter = None
    if rlcompleter is not None:
        c = rlcompleter.Completer(ns)
        c.complete(text, 0)
        return sorted(set(getattr(c, 'matches', [])))
    if '.' in text:
        expr, attr = text.rsplit('.', 1)
        if not all(p.isidentifier() for p in expr.split('.')):
            return []
        try:
            obj = eval(expr, ns)
        except Exception:
            return []
        names = dir(obj)
        if not attr.startswith('_'):
            names = [n for n in names if not n.startswith('_')]
        return sorted(expr + '.' + n for n in names if n.startswith(attr))
    import builtins, keyword
    names = set(ns) | set(dir(builtins)) | set(keyword.kwlist)
    return sorted(n for n in names if n.startswith(text))
";

/// Runs `f` (which blocks on input) with the thread detached from the kernel.
pub fn detached<T>(kernel: &dyn Kernel, f: impl FnOnce() -> T) -> T {
    struct Reattach<'a>(&'a dyn Kernel);
    impl Drop for Reattach<'_> {
        fn drop(&mut self) {
            self.0.attach();
        }
    }
    kernel.detach();
    let _reattach = Reattach(kernel);
    f()
}

/// The kernel's function table.
#[derive(Copy, Clone)]
pub struct Table(pub &'static KernelApi);

impl Kernel for Table {
    fn run_source(&self, source: &str, filename: &str, mode: u32) -> RunStatus {
        (self.0.run_source)(RStr::from_str(source), RStr::from_str(filename), mode)
    }

    fn check_complete(&self, source: &str) -> Completeness {
        match (self.0.check_complete)(RStr::from_str(source)) {
            0 => Completeness::Complete,
            1 => Completeness::Incomplete,
            _ => Completeness::Invalid,
        }
    }

    fn detach(&self) {
        (self.0.thread_detach)()
    }

    fn attach(&self) {
        (self.0.thread_attach)()
    }

    fn completions(&self, text: &str) -> Vec<String> {
        let out = self.try_completions(text).unwrap_or_default();
        // Whatever failed is not the user's business: drop it.
        self.clear_error();
        out
    }

    fn prompts(&self) -> Option<(String, String)> {
        let p = self.try_prompts();
        self.clear_error();
        p
    }

    fn install_site_builtins(&self) {
        let _ = self.exec_private(SITE_SRC);
        self.clear_error();
    }

    fn defines(&self, name: &str) -> bool {
        let api = self.0;
        let found = (|| {
            let main = (api.import_module)(RStr::from_str("__main__"));
            if main.is_null() {
                return None;
            }
            let main = Owned(api, main);
            // SAFETY: main is live; getattr returns a new reference or NULL.
            let d = unsafe { (api.getattr)(main.1, RStr::from_str("__dict__")) };
            if d.is_null() {
                return None;
            }
            let d = Owned(api, d);
            let key = self.new_str(name)?;
            // SAFETY: both are live; getitem returns a new reference or NULL.
            let v = unsafe { (api.getitem)(d.1, key.1) };
            (!v.is_null()).then(|| Owned(api, v)).map(|_| true)
        })()
        .unwrap_or(false);
        self.clear_error();
        found
    }
}

impl Table {
    /// A new str object (owned).
    fn new_str(&self, s: &str) -> Option<Owned> {
        let v = (self.0.str_from_utf8)(RStr::from_str(s));
        (!v.is_null()).then(|| Owned(self.0, v))
    }

    /// `str(o)` as a Rust string.
    fn to_string(&self, o: pyk_abi::value::Value) -> Option<String> {
        // SAFETY: `o` is live for the call; the result is a new reference owned by `Owned`.
        let s = unsafe { (self.0.str)(o) };
        if s.is_null() {
            return None;
        }
        let s = Owned(self.0, s);
        let (mut p, mut n) = (std::ptr::null(), 0usize);
        // SAFETY: `s` is a live str; the bytes are read while it lives.
        unsafe { (self.0.str_as_utf8)(s.1, &mut p, &mut n).then(|| String::from_utf8_lossy(std::slice::from_raw_parts(p, n)).into_owned()) }
    }

    fn try_prompts(&self) -> Option<(String, String)> {
        let api = self.0;
        let sys = (api.import_module)(RStr::from_str("sys"));
        if sys.is_null() {
            return None;
        }
        let sys = Owned(api, sys);
        let mut out = vec![];
        for (name, default) in [("ps1", ">>> "), ("ps2", "... ")] {
            // SAFETY: sys is live; getattr returns a new reference or NULL.
            let mut v = unsafe { (api.getattr)(sys.1, RStr::from_str(name)) };
            if v.is_null() {
                (api.err_clear)();
                let d = self.new_str(default)?;
                // SAFETY: both values are live.
                if !unsafe { (api.setattr)(sys.1, RStr::from_str(name), d.1) } {
                    return None;
                }
                out.push(default.to_string());
                continue;
            }
            let owned = Owned(api, v);
            v = owned.1;
            out.push(self.to_string(v)?);
        }
        Some((out[0].clone(), out[1].clone()))
    }

    /// Runs `src` with `exec` in a new private namespace, which it returns
    /// (None with an exception pending when it failed).
    fn exec_private(&self, src: &str) -> Option<Owned> {
        let api = self.0;
        let owned = |v: pyk_abi::value::Value| if v.is_null() { None } else { Some(Owned(api, v)) };
        // SAFETY: every Value below is a new reference owned by an `Owned`
        // (released on drop), or a borrowed one (`exec`, from the builtins
        // module) used while the kernel lives.
        unsafe {
            let ns = owned((api.dict_new)())?;
            let exec = (api.builtin)(RStr::from_str("exec"));
            if exec.is_null() {
                return None;
            }
            let src = owned((api.str_from_utf8)(RStr::from_str(src)))?;
            let args = [src.1, ns.1];
            owned((api.call)(exec, args.as_ptr(), 2, pyk_abi::value::Value::NULL))?;
            Some(ns)
        }
    }

    fn try_completions(&self, text: &str) -> Option<Vec<String>> {
        let api = self.0;
        let owned = |v: pyk_abi::value::Value| if v.is_null() { None } else { Some(Owned(api, v)) };
        let ns = self.exec_private(COMPLETE_SRC)?;
        // SAFETY: every Value below is a new reference owned by an `Owned`
        // (released on drop), or a borrowed one used while its owner lives.
        unsafe {
            let name = owned((api.str_from_utf8)(RStr::from_str("_complete")))?;
            let f = owned((api.getitem)(ns.1, name.1))?;
            let main = owned((api.import_module)(RStr::from_str("__main__")))?;
            let globals = owned((api.getattr)(main.1, RStr::from_str("__dict__")))?;
            let t = owned((api.str_from_utf8)(RStr::from_str(text)))?;
            let args = [t.1, globals.1];
            let list = owned((api.call)(f.1, args.as_ptr(), 2, pyk_abi::value::Value::NULL))?;
            let it = owned((api.iter)(list.1))?;
            let mut out = vec![];
            while let Some(item) = owned((api.iter_next)(it.1)) {
                let (mut p, mut n) = (std::ptr::null(), 0usize);
                if (api.str_as_utf8)(item.1, &mut p, &mut n) {
                    out.push(String::from_utf8_lossy(std::slice::from_raw_parts(p, n)).into_owned());
                }
                if out.len() >= 500 {
                    break;
                }
            }
            Some(out)
        }
    }

    /// Drops a pending exception the console caused itself.
    fn clear_error(&self) {
        let e = (self.0.err_fetch)();
        if !e.is_null() {
            // SAFETY: err_fetch returned a new reference that we own.
            unsafe { (self.0.decref)(e) };
        }
    }
}

/// A new reference released when dropped.
struct Owned(&'static KernelApi, pyk_abi::value::Value);

impl Drop for Owned {
    fn drop(&mut self) {
        // SAFETY: the value is a new reference this guard owns.
        unsafe { (self.0.decref)(self.1) }
    }
}

/// `RunStatus::kind` values.
pub mod status {
    pub const OK: u32 = 0;
    pub const EXCEPTION: u32 = 1;
    pub const SYSTEM_EXIT: u32 = 2;
    pub const INCOMPLETE: u32 = 3;
}

pub const EXIT_OK: pyk_abi::api::RunStatus = RunStatus { kind: status::OK, exit_code: 0 };
