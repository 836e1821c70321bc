//! Finding, checking and loading component libraries.
//!
//! Order of checks, each with a one-line error: the file exists; it is a
//! well-formed shared library for this machine (checked by reading its ELF
//! headers before the dynamic loader sees it, so a truncated or corrupted
//! file is an error, not a crash); it exports an abi_stable root module; the
//! module is of the requested kind; it was built against a compatible ABI
//! version; its interface layout matches (abi_stable's check, before any of
//! its functions runs). Libraries are never unloaded.

use std::path::{Path, PathBuf};

use pyk_abi::abi_stable::library::{lib_header_from_path, LibraryError, RootModule};
use pyk_abi::component::{ComponentInfo, ComponentKind};

/// A load failure: `message` is the one line for the user, `detail` the
/// long form (abi_stable's layout report) for `-v`.
#[derive(Debug)]
pub struct LoadError {
    pub message: String,
    pub detail: Option<String>,
}

impl LoadError {
    fn new(message: String) -> Self {
        LoadError { message, detail: None }
    }
}

/// Directories searched for components, in order.
pub fn default_dirs(explicit: &[PathBuf]) -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = explicit.to_vec();
    if let Ok(exe) = std::env::current_exe() {
        if let Some(d) = exe.parent() {
            dirs.push(d.to_path_buf());
            dirs.push(d.join("components"));
            if let Some(p) = d.parent() {
                dirs.push(p.join("lib").join("pyk"));
            }
        }
    }
    dirs
}

/// Names of the components of `kind` present in `dirs` (from file names).
pub fn available(kind: ComponentKind, dirs: &[PathBuf]) -> Vec<String> {
    let prefix = format!("{}pyk_{}_", std::env::consts::DLL_PREFIX, kind.word());
    let mut names = vec![];
    for d in dirs {
        let Ok(rd) = std::fs::read_dir(d) else { continue };
        for e in rd.flatten() {
            let f = e.file_name().to_string_lossy().into_owned();
            if let Some(rest) = f.strip_prefix(&prefix) {
                if let Some(name) = rest.strip_suffix(std::env::consts::DLL_SUFFIX) {
                    if !names.iter().any(|n| n == name) {
                        names.push(name.to_string());
                    }
                }
            }
        }
    }
    names.sort();
    names
}

/// Turns a `--parser`-style value (a name or a path) into a file path.
pub fn resolve(kind: ComponentKind, spec: &str, dirs: &[PathBuf]) -> Result<PathBuf, LoadError> {
    let looks_like_path = spec.contains('/') || spec.ends_with(std::env::consts::DLL_SUFFIX);
    if looks_like_path {
        let p = PathBuf::from(spec);
        if !p.exists() {
            return Err(LoadError::new(format!("{} component file not found: {}", kind.word(), spec)));
        }
        return Ok(p);
    }
    for d in dirs {
        let p = d.join(kind.file_name(spec));
        if p.is_file() {
            return Ok(p);
        }
    }
    let avail = available(kind, dirs);
    Err(LoadError::new(format!(
        "unknown {} component '{}' (available: {})",
        kind.word(),
        spec,
        if avail.is_empty() { "none".to_string() } else { avail.join(", ") }
    )))
}

/// Checks that `path` is a complete ELF shared object for this machine.
fn check_elf(path: &Path) -> Result<(), String> {
    let data = std::fs::read(path).map_err(|e| format!("cannot read: {e}"))?;
    if !cfg!(target_os = "linux") {
        return Ok(());
    }
    if data.len() < 64 || &data[..4] != b"\x7fELF" {
        return Err("not a shared library (no ELF header)".into());
    }
    if data[4] != 2 || data[5] != 1 {
        return Err("not a 64-bit little-endian ELF file".into());
    }
    let u16_at = |o: usize| u16::from_le_bytes([data[o], data[o + 1]]) as usize;
    let u64_at = |o: usize| -> Option<u64> { data.get(o..o + 8).map(|b| u64::from_le_bytes(b.try_into().unwrap_or([0; 8]))) };
    if u16_at(16) != 3 {
        return Err("not a shared library (ELF type is not DYN)".into());
    }
    let machine = u16_at(18);
    let expected = if cfg!(target_arch = "x86_64") { 62 } else if cfg!(target_arch = "aarch64") { 183 } else { machine };
    if machine != expected {
        return Err(format!("built for another machine (ELF machine {machine})"));
    }
    let len = data.len() as u64;
    let phoff = u64_at(32).unwrap_or(u64::MAX);
    let shoff = u64_at(40).unwrap_or(u64::MAX);
    let phentsize = u16_at(54) as u64;
    let phnum = u16_at(56) as u64;
    let shentsize = u16_at(58) as u64;
    let shnum = u16_at(60) as u64;
    if phentsize < 56 || phoff.checked_add(phentsize * phnum).is_none_or(|e| e > len) {
        return Err("truncated or corrupted (program headers out of the file)".into());
    }
    if shoff != 0 && shoff.checked_add(shentsize * shnum).is_none_or(|e| e > len) {
        return Err("truncated or corrupted (section headers out of the file)".into());
    }
    for i in 0..phnum {
        let o = (phoff + i * phentsize) as usize;
        let p_type = u32::from_le_bytes([data[o], data[o + 1], data[o + 2], data[o + 3]]);
        let off = u64_at(o + 8).unwrap_or(u64::MAX);
        let filesz = u64_at(o + 32).unwrap_or(u64::MAX);
        if p_type == 1 && off.checked_add(filesz).is_none_or(|e| e > len) {
            return Err("truncated or corrupted (a loadable segment extends past the end of the file)".into());
        }
    }
    Ok(())
}

fn library_error_line(e: &LibraryError) -> String {
    let s = e.to_string();
    // abi_stable prints a long report; keep its last "Error:" line.
    s.lines().rev().find(|l| l.trim_start().starts_with("Error")).unwrap_or_else(|| s.lines().next().unwrap_or("")).trim().to_string()
}

/// Loads the component of kind `kind` at `path` as root module `M`.
pub fn load<M: RootModule>(kind: ComponentKind, path: &Path) -> Result<M, LoadError> {
    let shown = path.display();
    if !path.exists() {
        return Err(LoadError::new(format!("{} component file not found: {}", kind.word(), shown)));
    }
    check_elf(path).map_err(|why| LoadError::new(format!("{shown} is not a pyk component: {why}")))?;
    let header = lib_header_from_path(path).map_err(|e| {
        let why = match &e {
            LibraryError::OpenError { .. } => "the dynamic loader rejected it".to_string(),
            LibraryError::GetSymbolError { .. } => "it exports no pyk root module".to_string(),
            other => library_error_line(other),
        };
        LoadError { message: format!("{shown} is not a pyk component: {why}"), detail: Some(e.to_string()) }
    })?;
    let consts = header.root_mod_consts();
    let base = consts.base_name().as_str();
    match ComponentKind::from_base_name(base) {
        Some(k) if k == kind => {}
        Some(k) => {
            return Err(LoadError::new(format!(
                "{shown} is a {} component, not a {} component",
                k.word(),
                kind.word()
            )))
        }
        None => return Err(LoadError::new(format!("{shown} is not a pyk component (its root module is '{base}')"))),
    }
    let theirs = consts.version_strings();
    let ours = M::VERSION_STRINGS;
    header.init_root_module::<M>().map_err(|e| {
        let msg = match &e {
            LibraryError::IncompatibleVersionNumber { .. } => format!(
                "{shown} was built against pyk ABI {}, but this pyk has ABI {} (rebuild the component)",
                theirs.version, ours.version
            ),
            LibraryError::AbiInstability(_) => format!(
                "{shown} has an incompatible {} interface (built against pyk ABI {}, this pyk has ABI {}; rebuild the component)",
                kind.word(),
                theirs.version,
                ours.version
            ),
            other => format!("{shown}: {}", library_error_line(other)),
        };
        LoadError { message: msg, detail: Some(e.to_string()) }
    })
}

/// One entry of `pyk --list-components`.
pub struct Listing {
    pub path: PathBuf,
    pub kind: Option<ComponentKind>,
    pub info: Option<ComponentInfo>,
    pub status: String,
}

macro_rules! info_of {
    ($m:ty, $kind:expr, $path:expr) => {
        load::<$m>($kind, $path).map(|m| (m.info())())
    };
}

/// Loads every `libpyk_*` library in `dirs` to report kind, name, version and ABI status.
pub fn list(dirs: &[PathBuf]) -> Vec<Listing> {
    use pyk_abi::component::*;
    let mut out: Vec<Listing> = vec![];
    for d in dirs {
        let Ok(rd) = std::fs::read_dir(d) else { continue };
        let mut files: Vec<PathBuf> = rd
            .flatten()
            .map(|e| e.path())
            .filter(|p| {
                let f = p.file_name().map(|f| f.to_string_lossy().into_owned()).unwrap_or_default();
                f.starts_with(&format!("{}pyk_", std::env::consts::DLL_PREFIX)) && f.ends_with(std::env::consts::DLL_SUFFIX)
            })
            .collect();
        files.sort();
        for p in files {
            if out.iter().any(|l| l.path.file_name() == p.file_name()) {
                continue;
            }
            let f = p.file_name().map(|f| f.to_string_lossy().into_owned()).unwrap_or_default();
            let kind = ComponentKind::ALL.into_iter().find(|k| f.starts_with(&format!("{}pyk_{}_", std::env::consts::DLL_PREFIX, k.word())));
            let res = match kind {
                Some(ComponentKind::Parser) => info_of!(ParserModRef, ComponentKind::Parser, &p),
                Some(ComponentKind::Compiler) => info_of!(CompilerModRef, ComponentKind::Compiler, &p),
                Some(ComponentKind::Runtime) => info_of!(RuntimeModRef, ComponentKind::Runtime, &p),
                Some(ComponentKind::Gc) => info_of!(GcModRef, ComponentKind::Gc, &p),
                Some(ComponentKind::Jit) => info_of!(JitModRef, ComponentKind::Jit, &p),
                Some(ComponentKind::Repl) => info_of!(ReplModRef, ComponentKind::Repl, &p),
                Some(ComponentKind::NativeModule) => info_of!(NativeModuleModRef, ComponentKind::NativeModule, &p),
                None => Err(LoadError::new("file name does not name a component kind".into())),
            };
            match res {
                Ok(info) => out.push(Listing { path: p, kind, info: Some(info), status: "ok".into() }),
                Err(e) => out.push(Listing { path: p, kind, info: None, status: e.message }),
            }
        }
    }
    out
}
