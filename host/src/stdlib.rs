//! Finding an installed CPython 3.13 standard library (pyk never vendors it).
//!
//! Order: `--stdlib DIR`, `PYK_STDLIB`, a `python3.13` on PATH, the usual
//! install prefixes, then pyenv's versions. A directory counts when it holds
//! `os.py`.

use std::path::{Path, PathBuf};

fn valid(p: &Path) -> bool {
    p.join("os.py").is_file()
}

pub fn find(flag: Option<&str>, env: Option<&str>) -> (Option<PathBuf>, Vec<String>) {
    let mut searched = vec![];
    for (what, v) in [("--stdlib", flag), ("PYK_STDLIB", env)] {
        if let Some(d) = v.filter(|d| !d.is_empty()) {
            searched.push(format!("{what} {d}"));
            let p = PathBuf::from(d);
            if valid(&p) {
                return (Some(p), searched);
            }
        }
    }
    let mut candidates: Vec<PathBuf> = vec![];
    if let Some(path) = std::env::var_os("PATH") {
        for dir in std::env::split_paths(&path) {
            let exe = dir.join("python3.13");
            if exe.is_file() {
                let real = std::fs::canonicalize(&exe).unwrap_or(exe);
                if let Some(prefix) = real.parent().and_then(|b| b.parent()) {
                    candidates.push(prefix.join("lib").join("python3.13"));
                }
            }
        }
    }
    searched.push("python3.13 on PATH".into());
    for prefix in ["/usr/local/lib/python3.13", "/usr/lib/python3.13", "/opt/python3.13/lib/python3.13"] {
        candidates.push(PathBuf::from(prefix));
    }
    searched.push("/usr/local/lib/python3.13, /usr/lib/python3.13".into());
    let pyenv_root = std::env::var_os("PYENV_ROOT")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".pyenv")));
    if let Some(root) = pyenv_root {
        let versions = root.join("versions");
        if let Ok(rd) = std::fs::read_dir(&versions) {
            let mut vs: Vec<PathBuf> = rd
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.file_name().map(|f| f.to_string_lossy().starts_with("3.13")).unwrap_or(false))
                .collect();
            vs.sort();
            vs.reverse();
            candidates.extend(vs.into_iter().map(|v| v.join("lib").join("python3.13")));
        }
        searched.push(format!("{}/3.13*", versions.display()));
    }
    for c in candidates {
        if valid(&c) {
            return (Some(c), searched);
        }
    }
    (None, searched)
}
