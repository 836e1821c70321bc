//! The rule that keeps pyk a microkernel (DESIGN.md §1), checked on the
//! manifests: `abi` depends on no workspace crate; the kernel only on `abi`;
//! every component and `stdlib-native` only on `abi` (and the SDK, which
//! itself depends only on `abi`) — never on the kernel or on each other.

use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("workspace").to_path_buf()
}

/// Workspace crate names (package names) by manifest directory.
fn workspace_crates() -> Vec<(String, PathBuf)> {
    let manifest = std::fs::read_to_string(root().join("Cargo.toml")).expect("root manifest");
    let members: Vec<String> = manifest
        .split("members = [")
        .nth(1)
        .and_then(|s| s.split(']').next())
        .expect("members")
        .split(',')
        .map(|m| m.trim().trim_matches('"').to_string())
        .filter(|m| !m.is_empty())
        .collect();
    members
        .into_iter()
        .map(|m| {
            let dir = root().join(&m);
            let text = std::fs::read_to_string(dir.join("Cargo.toml")).expect("member manifest");
            let name = text
                .lines()
                .find_map(|l| l.strip_prefix("name = ").map(|v| v.trim_matches('"').to_string()))
                .expect("package name");
            (name, dir)
        })
        .collect()
}

/// Names of workspace crates that `dir`'s manifest depends on (any section).
fn workspace_deps(dir: &Path, names: &[String]) -> Vec<String> {
    let text = std::fs::read_to_string(dir.join("Cargo.toml")).expect("manifest");
    let mut in_deps = false;
    let mut out = vec![];
    for line in text.lines() {
        let l = line.trim();
        if l.starts_with('[') {
            in_deps = l.contains("dependencies");
            continue;
        }
        if !in_deps || l.is_empty() || l.starts_with('#') {
            continue;
        }
        let dep = l.split(['=', '.', ' ']).next().unwrap_or("").trim().to_string();
        if names.contains(&dep) {
            out.push(dep);
        }
    }
    out
}

#[test]
fn microkernel_dependency_rule() {
    let crates = workspace_crates();
    let names: Vec<String> = crates.iter().map(|(n, _)| n.clone()).collect();
    let rel = |d: &Path| d.strip_prefix(root()).unwrap_or(d).to_string_lossy().into_owned();
    let mut checked = 0;
    for (name, dir) in &crates {
        let deps = workspace_deps(dir, &names);
        let r = rel(dir);
        let allowed: &[&str] = if r == "abi" {
            &[]
        } else if r == "kernel" {
            &["pyk-abi"]
        } else if r == "sdk" {
            &["pyk-abi"]
        } else if r.starts_with("components/") || r == "stdlib-native" {
            &["pyk-abi", "pyk-sdk"]
        } else {
            continue; // host links the kernel; test fixtures stand alone
        };
        for d in &deps {
            assert!(allowed.contains(&d.as_str()), "{name} ({r}) depends on {d}; allowed: {allowed:?}");
        }
        checked += 1;
    }
    assert!(checked >= 8, "only {checked} crates checked: {names:?}");
}

#[test]
fn kernel_source_names_no_component_crate() {
    let crates = workspace_crates();
    let forbidden: Vec<String> = crates
        .iter()
        .filter(|(_, d)| d.starts_with(root().join("components")) || d.ends_with("stdlib-native"))
        .map(|(n, _)| n.replace('-', "_"))
        .collect();
    let mut stack = vec![root().join("kernel").join("src"), root().join("abi").join("src")];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).expect("dir").flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "rs") {
                let text = std::fs::read_to_string(&p).expect("source");
                for f in &forbidden {
                    assert!(!text.contains(f.as_str()), "{} names component crate {f}", p.display());
                }
            }
        }
    }
}
