//! Native standard-library modules, written against the public ABI only.

use abi_stable::export_root_module;
use abi_stable::prefix_type::PrefixTypeTrait;
use abi_stable::std_types::{RStr, RVec};
use pyk_abi::api::KernelApiRef;
use pyk_abi::component::{ComponentInfo, ComponentKind, NativeModuleMod, NativeModuleModRef};
use pyk_abi::Value;

extern "C" fn info() -> ComponentInfo {
    ComponentInfo {
        kind: ComponentKind::NativeModule,
        name: "stdlib".into(),
        version: env!("CARGO_PKG_VERSION").into(),
        description: "native modules of the standard library".into(),
    }
}

extern "C" fn modules() -> RVec<RStr<'static>> {
    RVec::new()
}

extern "C" fn init(_api: KernelApiRef, _name: RStr<'_>) -> Value {
    Value::NULL
}

#[export_root_module]
pub fn get_library() -> NativeModuleModRef {
    NativeModuleMod { info, modules, init }.leak_into_prefix()
}
