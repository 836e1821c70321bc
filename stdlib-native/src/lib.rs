//! Native standard-library modules, written against the public ABI only,
//! through the safe SDK (`pyk-sdk`), like any third-party extension.
//!
//! Modules provided: `math`, `itertools`, `_bisect`, `_heapq`, `_string`, `time`,
//! `_operator`, `errno`, `_struct`, `binascii`, and the hashes `_md5`, `_sha1`,
//! `_sha2`, `_sha3`, `_blake2`, `_hashlib`, `zlib`, `_bz2`, `_sre`, `marshal`, `_csv`, `_json`, `select`, `_socket`, `array`, `unicodedata`,
//! `_posixsubprocess`, `_random`, `_statistics`, the CJK codecs (`_multibytecodec`, `_codecs_jp`, `_codecs_cn`, `_codecs_kr`, `_codecs_tw`, `_codecs_hk`, `_codecs_iso2022`), `_functools`, `_datetime`, `_abc`, `fcntl`, `termios`, `_locale`, `pwd`, `grp`, `resource`, and the test-support modules
//! `_testlimitedcapi` and `_testsinglephase`.

use std::panic::catch_unwind;

use abi_stable::export_root_module;
use abi_stable::prefix_type::PrefixTypeTrait;
use abi_stable::std_types::{RStr, RVec};
use pyk_abi::api::KernelApiRef;
use pyk_abi::component::{ComponentInfo, ComponentKind, NativeModuleMod, NativeModuleModRef};
use pyk_abi::Value;
use pyk_sdk::ModuleDef;

mod abc;
mod array;
mod binascii;
mod csv;
mod datetime;
mod bisect_heapq;
mod bz2;
mod cjk;
mod cmath;
mod errno;
mod fcntl;
mod functools;
mod termios;
mod hashes;
mod itertools;
mod json;
mod locale;
mod marshal;
mod math;
mod operator;
mod pwdgrp;
mod posixsubprocess;
mod random;
mod select;
mod singlephase;
mod socket;
mod stat;
mod statistics;
mod sre;
mod string;
mod struct_;
mod testcapi;
mod sysutil;
mod time;
mod unicodedata;
mod zlib;

/// Every module of this library.
static MODULES: &[ModuleDef] = &[
    ModuleDef { name: "_abc", create: abc::create },
    ModuleDef { name: "math", create: math::create },
    ModuleDef { name: "itertools", create: itertools::create },
    ModuleDef { name: "_functools", create: functools::create },
    ModuleDef { name: "_bisect", create: bisect_heapq::create_bisect },
    ModuleDef { name: "_heapq", create: bisect_heapq::create_heapq },
    ModuleDef { name: "_string", create: string::create },
    ModuleDef { name: "time", create: time::create },
    ModuleDef { name: "_operator", create: operator::create },
    ModuleDef { name: "errno", create: errno::create },
    ModuleDef { name: "_stat", create: stat::create },
    ModuleDef { name: "_statistics", create: statistics::create },
    ModuleDef { name: "cmath", create: cmath::create },
    ModuleDef { name: "fcntl", create: fcntl::create },
    ModuleDef { name: "termios", create: termios::create },
    ModuleDef { name: "_locale", create: locale::create },
    ModuleDef { name: "pwd", create: pwdgrp::create_pwd },
    ModuleDef { name: "grp", create: pwdgrp::create_grp },
    ModuleDef { name: "resource", create: pwdgrp::create_resource },
    ModuleDef { name: "_struct", create: struct_::create },
    ModuleDef { name: "binascii", create: binascii::create },
    ModuleDef { name: "_hashlib", create: hashes::create_hashlib },
    ModuleDef { name: "_md5", create: hashes::create_md5 },
    ModuleDef { name: "_sha1", create: hashes::create_sha1 },
    ModuleDef { name: "_sha2", create: hashes::create_sha2 },
    ModuleDef { name: "_sha3", create: hashes::create_sha3 },
    ModuleDef { name: "_blake2", create: hashes::create_blake2 },
    ModuleDef { name: "zlib", create: zlib::create },
    ModuleDef { name: "_bz2", create: bz2::create },
    ModuleDef { name: "_sre", create: sre::create },
    ModuleDef { name: "marshal", create: marshal::create },
    ModuleDef { name: "_csv", create: csv::create },
    ModuleDef { name: "_json", create: json::create },
    ModuleDef { name: "select", create: select::create },
    ModuleDef { name: "_socket", create: socket::create },
    ModuleDef { name: "array", create: array::create },
    ModuleDef { name: "unicodedata", create: unicodedata::create },
    ModuleDef { name: "_posixsubprocess", create: posixsubprocess::create },
    ModuleDef { name: "_random", create: random::create },
    ModuleDef { name: "_datetime", create: datetime::create },
    ModuleDef { name: "_testlimitedcapi", create: testcapi::create },
    ModuleDef { name: "_testsinglephase", create: singlephase::create },
    ModuleDef { name: "_multibytecodec", create: cjk::create_multibytecodec },
    ModuleDef { name: "_codecs_jp", create: cjk::create_jp },
    ModuleDef { name: "_codecs_cn", create: cjk::create_cn },
    ModuleDef { name: "_codecs_kr", create: cjk::create_kr },
    ModuleDef { name: "_codecs_tw", create: cjk::create_tw },
    ModuleDef { name: "_codecs_hk", create: cjk::create_hk },
    ModuleDef { name: "_codecs_iso2022", create: cjk::create_iso2022 },
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
