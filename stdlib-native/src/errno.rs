//! `errno`: the symbolic error codes of Linux, with CPython's names, and
//! `errorcode` mapping each value back to a name.

use pyk_sdk::prelude::*;

include!("errno_table.rs");

pub fn create() -> PyResult<PyObj> {
    let mut b = ModuleBuilder::new(
        "errno",
        "Symbolic names for the error numbers of this system (errno.ENOENT is the\ninteger the C library uses for a missing file).\n\nerrno.errorcode maps each number back to its name; os.strerror(number) gives\nthe message. Names the system does not define are absent.",
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
