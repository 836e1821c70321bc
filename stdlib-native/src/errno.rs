//! `errno`: the symbolic error codes of Linux, with CPython's names, and
//! `errorcode` mapping each value back to a name.

use pyk_sdk::prelude::*;

include!("errno_table.rs");

pub fn create() -> PyResult<PyObj> {
    let mut b = ModuleBuilder::new(
        "errno",
        "This module makes available standard errno system symbols.\n\nThe value of each symbol is the corresponding integer value,\ne.g., on most systems, errno.ENOENT equals the integer 2.\n\nThe dictionary errno.errorcode maps numeric codes to symbol names,\ne.g., errno.errorcode[2] could be the string 'ENOENT'.\n\nSymbols that are not relevant to the underlying system are not defined.\n\nTo map error codes to error messages, use the function os.strerror(),\ne.g. os.strerror(2) could return 'No such file or directory'.",
    )?;
    let errorcode = pyk_sdk::types::builtin("dict")?.call(&[])?;
    for &(name, value, canonical) in CODES {
        b = b.constant(name, value)?;
        if canonical {
            errorcode.setitem(&PyObj::from(value), &PyObj::from(name))?;
        }
    }
    b.object("errorcode", &errorcode)?.finish()
}
