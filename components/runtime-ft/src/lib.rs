//! Runtime component "ft": free-threaded. No global lock: threads run
//! Python code at the same time; the kernel switches to atomic reference
//! counts and per-object container locks when this runtime is chosen.

use std::sync::atomic::{AtomicU64, Ordering};

use abi_stable::export_root_module;
use abi_stable::prefix_type::PrefixTypeTrait;
use pyk_abi::component::{guard, ComponentInfo, ComponentKind, RuntimeHandle, RuntimeHooks, RuntimeMod, RuntimeModRef};
use pyk_abi::value::ThreadingMode;

/// The switch interval is kept only so that sys.getswitchinterval() reports
/// what was set, as CPython's free-threaded build does.
struct Ft {
    interval_bits: AtomicU64,
}

fn ft(h: RuntimeHandle) -> &'static Ft {
    // SAFETY: handles come from create(), which leaks an Ft for the process.
    unsafe { &*(h.0 as *const Ft) }
}

extern "C" fn info() -> ComponentInfo {
    ComponentInfo {
        kind: ComponentKind::Runtime,
        name: "ft".into(),
        version: env!("CARGO_PKG_VERSION").into(),
        description: "free-threaded: no global interpreter lock".into(),
    }
}

extern "C" fn mode() -> ThreadingMode {
    ThreadingMode::FreeThreaded
}

extern "C" fn create(_hooks: RuntimeHooks) -> RuntimeHandle {
    guard(|_| RuntimeHandle(std::ptr::null_mut()), || {
        RuntimeHandle(Box::into_raw(Box::new(Ft { interval_bits: AtomicU64::new(0.005f64.to_bits()) })) as *mut u8)
    })
}

extern "C" fn attach(_h: RuntimeHandle) {}

extern "C" fn detach(_h: RuntimeHandle) {}

extern "C" fn yield_now(_h: RuntimeHandle) {}

extern "C" fn set_switch_interval(h: RuntimeHandle, seconds: f64) {
    guard(|_| (), || ft(h).interval_bits.store(seconds.to_bits(), Ordering::Relaxed))
}

extern "C" fn switch_interval(h: RuntimeHandle) -> f64 {
    guard(|_| 0.005, || f64::from_bits(ft(h).interval_bits.load(Ordering::Relaxed)))
}

#[export_root_module]
pub fn get_library() -> RuntimeModRef {
    RuntimeMod { info, mode, create, attach, detach, yield_now, set_switch_interval, switch_interval }.leak_into_prefix()
}
