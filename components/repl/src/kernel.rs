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
}

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
}

/// `RunStatus::kind` values.
pub mod status {
    pub const OK: u32 = 0;
    pub const EXCEPTION: u32 = 1;
    pub const SYSTEM_EXIT: u32 = 2;
    pub const INCOMPLETE: u32 = 3;
}

pub const EXIT_OK: pyk_abi::api::RunStatus = RunStatus { kind: status::OK, exit_code: 0 };
