//! `__pycache__`: imported modules are cached in the code-object wire
//! format; a second run reuses the cache; stale or corrupt caches are
//! ignored and rewritten; -B and PYTHONDONTWRITEBYTECODE turn writing off.

use std::path::{Path, PathBuf};
use std::process::Command;

fn pyk() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_pyk"))
}

fn setup(tag: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("pyk-pycache-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).expect("dir");
    std::fs::write(d.join("mod1.py"), "X = 41\ndef f():\n    return X + 1\n").expect("write");
    std::fs::write(d.join("main.py"), "import mod1\nprint(mod1.f(), mod1.__cached__.endswith('mod1.pyk-313.pyc'))\n").expect("write");
    d
}

fn run(dir: &Path, extra: &[&str], env: &[(&str, &str)]) -> String {
    let mut c = Command::new(pyk());
    c.args(extra).arg("main.py").current_dir(dir).env_remove("PYTHONDONTWRITEBYTECODE");
    for (k, v) in env {
        c.env(k, v);
    }
    let o = c.output().expect("run");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    String::from_utf8_lossy(&o.stdout).into_owned()
}

#[test]
fn cache_is_written_reused_and_repaired() {
    let d = setup("reuse");
    let cache = d.join("__pycache__").join("mod1.pyk-313.pyc");
    assert_eq!(run(&d, &[], &[]), "42 True\n");
    let first = std::fs::read(&cache).expect("cache written");
    let first_mtime = std::fs::metadata(&cache).and_then(|m| m.modified()).expect("mtime");
    std::thread::sleep(std::time::Duration::from_millis(20));
    assert_eq!(run(&d, &[], &[]), "42 True\n");
    assert_eq!(std::fs::metadata(&cache).and_then(|m| m.modified()).expect("mtime"), first_mtime, "a valid cache was rewritten");
    // Corrupt: ignored and rewritten.
    std::fs::write(&cache, &first[..10]).expect("truncate");
    assert_eq!(run(&d, &[], &[]), "42 True\n");
    assert_eq!(std::fs::read(&cache).expect("cache"), first);
    let mut flipped = first.clone();
    let n = flipped.len();
    flipped[n - 5] ^= 0xff;
    std::fs::write(&cache, &flipped).expect("corrupt");
    assert_eq!(run(&d, &[], &[]), "42 True\n");
    // Stale: the source changed.
    std::fs::write(d.join("mod1.py"), "X = 1000\ndef f():\n    return X + 1\n").expect("write");
    assert_eq!(run(&d, &[], &[]), "1001 True\n");
    assert_ne!(std::fs::read(&cache).expect("cache"), first);
    let _ = std::fs::remove_dir_all(&d);
}

/// A cache written by one compiler build is not trusted by another: a copy
/// of the compiler component (another file, as a rebuild would be) rewrites
/// the cache, and the original build rewrites it back.
#[test]
fn cache_from_another_compiler_build_is_recompiled() {
    let d = setup("build");
    let cache = d.join("__pycache__").join("mod1.pyk-313.pyc");
    assert_eq!(run(&d, &[], &[]), "42 True\n");
    let first = std::fs::read(&cache).expect("cache written");
    let lib = pyk().parent().expect("bin dir").join(format!("{}pyk_compiler_std{}", std::env::consts::DLL_PREFIX, std::env::consts::DLL_SUFFIX));
    let other = d.join(lib.file_name().expect("name"));
    std::fs::copy(&lib, &other).expect("copy compiler");
    let other = other.to_string_lossy().into_owned();
    assert_eq!(run(&d, &["--compiler", &other], &[]), "42 True\n");
    let second = std::fs::read(&cache).expect("cache");
    assert_ne!(second, first, "another compiler build reused the cache");
    assert_eq!(second.len(), first.len(), "same code, new header");
    assert_eq!(run(&d, &[], &[]), "42 True\n");
    assert_eq!(std::fs::read(&cache).expect("cache"), first);
    let _ = std::fs::remove_dir_all(&d);
}

#[test]
fn dont_write_bytecode() {
    let d = setup("nowrite");
    assert_eq!(run(&d, &["-B"], &[]), "42 True\n");
    assert!(!d.join("__pycache__").exists(), "-B wrote a cache");
    assert_eq!(run(&d, &[], &[("PYTHONDONTWRITEBYTECODE", "1")]), "42 True\n");
    assert!(!d.join("__pycache__").exists(), "PYTHONDONTWRITEBYTECODE wrote a cache");
    let _ = std::fs::remove_dir_all(&d);
}
