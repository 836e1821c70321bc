//! pyk's interactive console component (`--repl std`).
//!
//! Two consoles behind one entry point:
//! - [`basic`]: a line console for piped input or `PYTHON_BASIC_REPL`, which
//!   behaves like CPython 3.13's `python3 -i < file`;
//! - [`editor`]: a terminal console on reedline in the manner of CPython
//!   3.13's REPL (multi-line buffers, auto-indentation, history, colours).
//!
//! Both reach the kernel only through the `KernelApi` table ([`kernel`]):
//! `run_source`, `check_complete`, `thread_detach`/`thread_attach`, and
//! the generic object entries for Tab completion, `sys.ps1`/`sys.ps2` and
//! whether `__main__` shadows a command name. What they assume of those
//! entries is in `ABI_REQUESTS.md`.
//!
//! **Architecture invariant:** this crate knows nothing of the kernel's
//! objects or of the parser; whether input is complete is always the
//! kernel's answer. The [`scan`]ner only colours text and tells whether a
//! bracket or a triple-quoted string is still open.

pub mod basic;
pub mod color;
pub mod editor;
pub mod highlight;
pub mod history;
pub mod input;
pub mod kernel;
pub mod scan;

use abi_stable::export_root_module;
use kernel::{Kernel, Table};
use pyk_abi::abi_stable::prefix_type::PrefixTypeTrait;
use pyk_abi::abi_stable::std_types::RStr;
use pyk_abi::api::{KernelApiRef, RunStatus};
use pyk_abi::component::{guard, ComponentInfo, ComponentKind, ReplConfig, ReplMod, ReplModRef};
use std::io::Write;

/// Status returned when the console itself failed.
const INTERNAL_ERROR: RunStatus = RunStatus { kind: 1, exit_code: 1 };

#[export_root_module]
fn get_library() -> ReplModRef {
    ReplMod { info, run }.leak_into_prefix()
}

extern "C" fn info() -> ComponentInfo {
    ComponentInfo {
        kind: ComponentKind::Repl,
        name: RStr::from_str("std"),
        version: RStr::from_str(env!("CARGO_PKG_VERSION")),
        description: RStr::from_str("interactive console on reedline (CPython 3.13 behaviour)"),
    }
}

extern "C" fn run(api: KernelApiRef, config: ReplConfig) -> RunStatus {
    guard(
        |msg| {
            eprintln!("pyk: internal error in the repl component: {msg}");
            INTERNAL_ERROR
        },
        || {
            // SAFETY: the launcher passes the pointer it received from the
            // kernel (KernelApiRef::new on the kernel's 'static table);
            // `checked` verifies the major version before we use the layout.
            let api = match unsafe { api.checked() } {
                Ok(api) => api,
                Err(msg) => {
                    eprintln!("pyk: repl component: {msg}");
                    return INTERNAL_ERROR;
                }
            };
            session(Table(api), &config)
        },
    )
}

/// The whole session: banner, then one of the two consoles.
fn session(kernel: Table, config: &ReplConfig) -> RunStatus {
    kernel.install_site_builtins();
    print_banner(&mut std::io::stderr(), config.banner.as_str());
    if !config.basic {
        if let Some(st) = editor::run(kernel, color::from_process()) {
            return st;
        }
        // The terminal could not be driven: carry on line by line.
    }
    run_basic_on_stdin(&kernel)
}

/// Writes the banner (if any) on its own line(s). CPython writes it to
/// stderr, like the prompts.
fn print_banner(out: &mut dyn Write, banner: &str) {
    if banner.is_empty() {
        return;
    }
    let _ = out.write_all(banner.as_bytes());
    if !banner.ends_with('\n') {
        let _ = out.write_all(b"\n");
    }
    let _ = out.flush();
}

fn run_basic_on_stdin(kernel: &dyn Kernel) -> RunStatus {
    use std::mem::ManuallyDrop;
    use std::os::fd::FromRawFd;
    // Read fd 0 without a buffer of our own, so that input the program reads
    // itself (input(), sys.stdin) is still there for it.
    // SAFETY: fd 0 is open for the life of the process (or reads fail with
    // EBADF, which ends the session); ManuallyDrop keeps us from closing it.
    let stdin = ManuallyDrop::new(unsafe { std::fs::File::from_raw_fd(0) });
    let mut lines = basic::Lines::new(&*stdin);
    basic::run(kernel, &mut lines, &mut std::io::stderr())
}

#[cfg(test)]
mod tests;
