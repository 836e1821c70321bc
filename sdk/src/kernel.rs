//! Where the SDK finds the kernel's function table.
//!
//! DESIGN §2 says that a component keeps no *kernel state* in a static,
//! because every cdylib carries its own copy of std and its own statics. The
//! one thing cached here is different in kind: a pointer to the kernel's
//! `KernelApi`, which the kernel builds once, never mutates and never frees
//! (it lives for the whole process, and the kernel is never unloaded). Every
//! library that links this SDK gets its own copy of [`API`], set by its own
//! `init` entry point from the pointer the kernel hands over, so two native
//! libraries never share it and no library sees a table it was not given.
//! The other process-wide cache is [`crate::class::NativeType`]: the type
//! objects a library creates itself (immortal, see there). Builtin types,
//! exceptions and thread state are looked up through the table each time.

use std::sync::OnceLock;

use pyk_abi::api::{KernelApi, KernelApiRef};

static API: OnceLock<&'static KernelApi> = OnceLock::new();

/// Records the kernel's table. Call it first in a library's `init` entry point
/// (the helpers of [`crate::module`] do). Fails when the kernel's major ABI
/// version differs from the one this SDK was built against.
pub fn init(api: KernelApiRef) -> Result<&'static KernelApi, String> {
    // SAFETY: `api` is the pointer the kernel passed to the library's entry
    // point, built by `KernelApiRef::new` from its 'static table; `checked`
    // verifies the major version before the layout is relied upon.
    let table = unsafe { api.checked() }?;
    // The SDK uses every entry of the table it was built against (minor
    // version KERNEL_API_MINOR); an older kernel lacks some of them.
    if table.size < std::mem::size_of::<KernelApi>() {
        return Err(format!(
            "kernel API minor version {} but this library needs {}",
            table.abi_minor,
            pyk_abi::api::KERNEL_API_MINOR
        ));
    }
    // A second call (a second module of the same library) sees the same
    // process-wide table; keep the first.
    Ok(*API.get_or_init(|| table))
}

/// The kernel's table, if [`init`] ran in this library.
pub fn try_api() -> Option<&'static KernelApi> {
    API.get().copied()
}

/// The kernel's table. Panics when [`init`] has not run: every path into
/// native code starts in `init` or in a function object created after it.
pub fn api() -> &'static KernelApi {
    try_api().expect("pyk_sdk::init was not called before using the kernel API")
}
