//! End-to-end tests: every `tests/programs/NAME.py` runs under the built
//! `pyk` and its stdout, stderr and exit status must equal the checked-in
//! `NAME.out`, `NAME.err` (absent means empty) and `NAME.status` (absent
//! means 0), generated once from CPython 3.13 by `tests/gen-expected.sh`.
//! In `.out` and `.err`, `{DIR}` stands for the programs directory (CPython prints
//! absolute script paths). A program may carry a first-line comment
//! `# args: ...` with extra launcher options (e.g. `--runtime ft`). A line
//! `# runtimes: gil ft` among the first three runs the program once under
//! each runtime named, against the same expectations.

use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("workspace").to_path_buf()
}

fn pyk() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_pyk"))
}

fn read_or(p: &Path, dflt: &str) -> String {
    std::fs::read_to_string(p).unwrap_or_else(|_| dflt.to_string())
}

/// True when the program's first lines say `# needs: stdlib` (it imports
/// modules from an installed CPython 3.13 library).
fn needs_stdlib(src: &str) -> bool {
    src.lines().take(2).any(|l| l.trim() == "# needs: stdlib")
}

/// Whether the built pyk finds a CPython 3.13 standard library.
fn stdlib_found() -> bool {
    Command::new(pyk())
        .args(["-c", "import keyword"])
        .output()
        .map(|o| o.status.success())
        .unwrap_or(false)
}

fn launcher_args(src: &str) -> Vec<String> {
    src.lines()
        .next()
        .and_then(|l| l.strip_prefix("# args:"))
        .map(|a| a.split_whitespace().map(str::to_owned).collect())
        .unwrap_or_default()
}

/// How long one program may run before it counts as hung (threads tests
/// that deadlock must fail, not stall the suite).
const DEADLINE: std::time::Duration = std::time::Duration::from_secs(120);

/// Runs `cmd` to completion, or kills it after `DEADLINE` (None).
fn run_with_deadline(mut cmd: Command) -> Option<std::process::Output> {
    use std::io::Read;
    let mut child = cmd.stdout(std::process::Stdio::piped()).stderr(std::process::Stdio::piped()).spawn().expect("run the program");
    let mut so = child.stdout.take().expect("stdout");
    let mut se = child.stderr.take().expect("stderr");
    let ro = std::thread::spawn(move || {
        let mut v = vec![];
        let _ = so.read_to_end(&mut v);
        v
    });
    let re = std::thread::spawn(move || {
        let mut v = vec![];
        let _ = se.read_to_end(&mut v);
        v
    });
    let start = std::time::Instant::now();
    let status = loop {
        if let Some(st) = child.try_wait().expect("wait") {
            break Some(st);
        }
        if start.elapsed() > DEADLINE {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    };
    let stdout = ro.join().unwrap_or_default();
    let stderr = re.join().unwrap_or_default();
    status.map(|status| std::process::Output { status, stdout, stderr })
}

/// The runtimes a program asks to be run under (`# runtimes: gil ft`);
/// empty means once, with the launcher's default.
fn runtimes(src: &str) -> Vec<String> {
    src.lines()
        .take(3)
        .find_map(|l| l.strip_prefix("# runtimes:"))
        .map(|a| a.split_whitespace().map(str::to_owned).collect())
        .unwrap_or_default()
}

/// What one program did: None when skipped, else the differences found
/// (empty when it matched under every runtime it names).
fn check_program(dir: &Path, p: &Path, have_stdlib: bool) -> Option<Vec<String>> {
    let dir_s = dir.to_string_lossy().into_owned();
    let stem = p.file_stem().expect("stem").to_string_lossy().into_owned();
    let src = read_or(p, "");
    if needs_stdlib(&src) && !have_stdlib {
        return None;
    }
    let mut runs: Vec<Option<String>> = runtimes(&src).into_iter().map(Some).collect();
    if runs.is_empty() {
        runs.push(None);
    }
    let want_out = read_or(&dir.join(format!("{stem}.out")), "").replace("{DIR}", &dir_s);
    let want_err = read_or(&dir.join(format!("{stem}.err")), "").replace("{DIR}", &dir_s);
    let want_status: i32 = read_or(&dir.join(format!("{stem}.status")), "0").trim().parse().unwrap_or(0);
    let mut failures = vec![];
    for rt in &runs {
        let mut cmd = Command::new(pyk());
        if let Some(rt) = rt {
            cmd.args(["--runtime", rt]);
        }
        cmd.args(launcher_args(&src)).arg(format!("{stem}.py")).current_dir(dir).env("PYTHONHASHSEED", "0").env("LC_ALL", "C.UTF-8").env_remove("PYK_RUNTIME").stdin(std::process::Stdio::null());
        let Some(out) = run_with_deadline(cmd) else {
            failures.push(format!("=== {stem}.py: still running after {} s (killed)", DEADLINE.as_secs()));
            continue;
        };
        let got_out = String::from_utf8_lossy(&out.stdout);
        let got_err = String::from_utf8_lossy(&out.stderr);
        let got_status = shell_status(&out.status);
        let mut why = vec![];
        if got_out != want_out {
            why.push(format!("stdout differs:\n--- expected\n{want_out}--- got\n{got_out}"));
        }
        if got_err != want_err {
            why.push(format!("stderr differs:\n--- expected\n{want_err}--- got\n{got_err}"));
        }
        if got_status != want_status {
            why.push(format!("exit status {got_status}, expected {want_status}"));
        }
        if !why.is_empty() {
            let label = rt.as_ref().map(|r| format!(" (--runtime {r})")).unwrap_or_default();
            failures.push(format!("=== {stem}.py{label}\n{}", why.join("\n")));
        }
    }
    Some(failures)
}

/// Runs `f` over `items` on a few threads (the programs are separate
/// processes, so the machine's cores share the work); results keep order.
fn par_map<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let workers = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2).clamp(1, 4);
    let next = std::sync::atomic::AtomicUsize::new(0);
    let results: Vec<std::sync::Mutex<Option<R>>> = items.iter().map(|_| std::sync::Mutex::new(None)).collect();
    std::thread::scope(|s| {
        for _ in 0..workers {
            s.spawn(|| loop {
                let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                if i >= items.len() {
                    break;
                }
                let r = f(&items[i]);
                *results[i].lock().unwrap_or_else(|e| e.into_inner()) = Some(r);
            });
        }
    });
    results.into_iter().map(|m| m.into_inner().unwrap_or_else(|e| e.into_inner()).expect("every item ran")).collect()
}

#[test]
fn programs_match_cpython() {
    let dir = root().join("tests").join("programs");
    let mut names: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/programs")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    names.sort();
    assert!(!names.is_empty(), "no test programs found");
    let have_stdlib = stdlib_found();
    let results = par_map(&names, |p| check_program(&dir, p, have_stdlib));
    let mut failures = vec![];
    let mut failed_programs = 0;
    let mut skipped = vec![];
    for (p, r) in names.iter().zip(results) {
        match r {
            None => skipped.push(p.file_stem().expect("stem").to_string_lossy().into_owned()),
            Some(f) if !f.is_empty() => {
                failed_programs += 1;
                failures.extend(f);
            }
            Some(_) => {}
        }
    }
    if !skipped.is_empty() {
        println!("skipped (no CPython 3.13 standard library found): {}", skipped.join(", "));
    }
    println!("{} passed, {} failed, {} skipped", names.len() - failed_programs - skipped.len(), failed_programs, skipped.len());
    assert!(failures.is_empty(), "{} of {} programs differ from CPython 3.13:\n{}", failed_programs, names.len(), failures.join("\n"));
}

/// Where CPython 3.13 is installed, the checked-in expectations must still
/// be what it prints (catches stale or hand-edited expected files).
#[test]
fn expectations_are_cpython_output() {
    let py = std::env::var("PYK_CPYTHON").unwrap_or_else(|_| "python3.13".into());
    let probe = Command::new(&py).env("PYENV_VERSION", "3.13.0").args(["-c", "import sys; print(sys.version_info[:2] == (3, 13))"]).output();
    match probe {
        Ok(o) if String::from_utf8_lossy(&o.stdout).trim() == "True" => {}
        _ => {
            println!("skipped: CPython 3.13 not found (set PYK_CPYTHON); expectations not re-checked");
            return;
        }
    }
    let dir = root().join("tests").join("programs");
    let dir_s = dir.to_string_lossy().into_owned();
    let mut progs: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("dir")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        // pyk-specific options: CPython cannot run these as they are
        .filter(|p| launcher_args(&read_or(p, "")).is_empty())
        .collect();
    progs.sort();
    let n = progs.len();
    // (stem, whether CPython finished): a CPython that hangs is reported,
    // not waited for.
    let checked: Vec<(String, Option<bool>)> = par_map(&progs, |p| {
        let stem = p.file_stem().expect("stem").to_string_lossy().into_owned();
        let mut cmd = Command::new(&py);
        cmd.env("PYENV_VERSION", "3.13.0").env("PYTHONHASHSEED", "0").env("LC_ALL", "C.UTF-8").arg(format!("{stem}.py")).current_dir(&dir).stdin(std::process::Stdio::null());
        let Some(o) = run_with_deadline(cmd) else { return (stem, None) };
        let want_out = read_or(&dir.join(format!("{stem}.out")), "").replace("{DIR}", &dir_s);
        let want_err = read_or(&dir.join(format!("{stem}.err")), "").replace("{DIR}", &dir_s);
        let same = String::from_utf8_lossy(&o.stdout) == want_out && String::from_utf8_lossy(&o.stderr) == want_err;
        (stem, Some(same))
    });
    for (stem, _) in checked.iter().filter(|(_, r)| r.is_none()) {
        println!("not re-checked: CPython did not finish {stem}.py within {} s", DEADLINE.as_secs());
    }
    let stale: Vec<String> = checked.into_iter().filter(|(_, r)| *r == Some(false)).map(|(s, _)| s).collect();
    println!("{} expectations checked against CPython", n);
    assert!(stale.is_empty(), "expected output no longer matches CPython 3.13 for: {stale:?} (run tests/gen-expected.sh)");
}

/// An exit status as the shell reports it (and `tests/gen-expected.sh`
/// records it): the code, or 128 + the signal that ended the process
/// (CPython ends by SIGINT after an uncaught KeyboardInterrupt).
fn shell_status(s: &std::process::ExitStatus) -> i32 {
    use std::os::unix::process::ExitStatusExt;
    s.code().or_else(|| s.signal().map(|n| 128 + n)).unwrap_or(-1)
}

/// The checked-in precompiled kernel modules (kernel/src/frozen/*.pkc) must
/// be what the current sources and compiler give: a stale one is ignored
/// at run time (its module is compiled, slower), so only this test notices.
#[test]
fn frozen_code_is_current() {
    let o = Command::new(pyk()).arg(root().join("tools").join("freeze_kernel_modules.py")).arg("--check").output().expect("run pyk");
    assert!(
        o.status.success(),
        "{}{}(run `target/release/pyk tools/freeze_kernel_modules.py`, then rebuild)",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
}

/// The file objects `_io.open` builds natively (iomod.rs) hold what the
/// Python `open` of iomod.py would give them, before and after reading,
/// writing and closing (pyk only: CPython's have no such instance state).
#[test]
fn io_native_open_state_is_python_open_state() {
    if !stdlib_found() {
        return; // the script uses tempfile
    }
    let o = Command::new(pyk()).arg(root().join("tests").join("tools").join("io_native_state.py")).output().expect("run pyk");
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(o.status.success() && out.trim() == "ok", "{out}{}", String::from_utf8_lossy(&o.stderr));
}
