//! Native standard-library modules, written against the public ABI only,
//! through the safe SDK (`pyk-sdk`), like any third-party extension.
//!
//! Modules provided: `math`, `itertools`, `_bisect`, `_heapq`, `_string`, `time`,
//! `_operator`, `_sre`.

use std::panic::catch_unwind;

use abi_stable::export_root_module;
use abi_stable::prefix_type::PrefixTypeTrait;
use abi_stable::std_types::{RStr, RVec};
use pyk_abi::api::KernelApiRef;
use pyk_abi::component::{ComponentInfo, ComponentKind, NativeModuleMod, NativeModuleModRef};
use pyk_abi::Value;
use pyk_sdk::ModuleDef;

mod bisect_heapq;
mod itertools;
mod math;
mod operator;
mod sre;
mod string;
mod time;

/// Every module of this library.
static MODULES: &[ModuleDef] = &[
    ModuleDef { name: "math", create: math::create },
    ModuleDef { name: "itertools", create: itertools::create },
    ModuleDef { name: "_bisect", create: bisect_heapq::create_bisect },
    ModuleDef { name: "_heapq", create: bisect_heapq::create_heapq },
    ModuleDef { name: "_string", create: string::create },
    ModuleDef { name: "time", create: time::create },
    ModuleDef { name: "_operator", create: operator::create },
    ModuleDef { name: "_sre", create: sre::create },
];

extern "C" fn info() -> ComponentInfo {
    ComponentInfo {
        kind: ComponentKind::NativeModule,
        name: "stdlib".into(),
        version: env!("CARGO_PKG_VERSION").into(),
        description: "native modules of the standard library".into(),
    }
}

extern "C" fn modules() -> RVec<RStr<'static>> {
    catch_unwind(|| pyk_sdk::module::module_names(MODULES)).unwrap_or_default()
}

extern "C" fn init(api: KernelApiRef, name: RStr<'_>) -> Value {
    pyk_sdk::module::init_module(MODULES, api, name)
}

#[export_root_module]
pub fn get_library() -> NativeModuleModRef {
    NativeModuleMod { info, modules, init }.leak_into_prefix()
}
