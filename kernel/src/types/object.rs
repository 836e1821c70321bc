//! `object`, the root of every class.

use crate::error::{type_error, PyResult};
use crate::object::Obj;
use crate::types::str::new_str;
use crate::types::typeobj::{TypeObject, MethodDef};
use pyk_abi::value::ObjHeader;


fn object_repr(o: &Obj) -> PyResult {
    let t = o.type_obj();
    let name = if t.module == "builtins" { t.name().to_string() } else { format!("{}.{}", t.module, t.name()) };
    Ok(new_str(&format!("<{} object at {:#x}>", name, o.value().0)))
}

fn object_hash(o: &Obj) -> PyResult<i64> {
    Ok((o.value().0 >> 4) as i64)
}

fn object_new(t: &'static TypeObject, args: &[Obj], _kw: Option<&Obj>) -> PyResult {
    if !args.is_empty() {
        return Err(type_error("object() takes no arguments"));
    }
    #[repr(C)]
    struct Plain {
        header: ObjHeader,
    }
    Ok(crate::object::alloc(Plain { header: crate::object::new_header(t) }))
}

unsafe fn plain_dealloc(p: *mut ObjHeader) {
    // SAFETY: object() instances are allocated as a bare header by object_new.
    unsafe { crate::object::dealloc_box::<ObjHeader>(p) }
}

fn object_dir(_o: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    Ok(crate::types::list::new_list(vec![]))
}

static OBJECT_METHODS: [MethodDef; 1] = [MethodDef { name: "__dir__", func: object_dir, doc: "" }];

pub static OBJECT_TYPE: TypeObject = TypeObject {
    repr: Some(object_repr),
    hash: Some(object_hash),
    new: Some(object_new),
    methods: &OBJECT_METHODS,
    doc: "The base class of the class hierarchy.",
    ..TypeObject::builtin("object", std::ptr::null(), plain_dealloc)
};

