//! Struct sequences: tuple subclasses whose items are also attributes
//! (`sys.version_info.major`), with CPython's repr
//! (`sys.version_info(major=3, minor=13, ...)`). Each kind is a class made
//! once per process from a static description.

use std::sync::OnceLock;

use crate::error::{type_error, PyResult};
use crate::object::Obj;
use crate::types::dict::set_item_str;
use crate::types::str::new_str;

/// A struct-sequence type: `module.name` with these fields, in order.
pub struct StructSeq {
    pub module: &'static str,
    pub name: &'static str,
    pub fields: &'static [&'static str],
    /// False for the kinds Python code may not instantiate (`sys.flags`,
    /// `sys.version_info`): calling the class is CPython's TypeError.
    pub creatable: bool,
    pub ty: OnceLock<Obj>,
}

impl StructSeq {
    pub const fn new(module: &'static str, name: &'static str, fields: &'static [&'static str]) -> Self {
        StructSeq { module, name, fields, creatable: true, ty: OnceLock::new() }
    }

    /// A kind only the kernel makes instances of.
    pub const fn new_uncreatable(module: &'static str, name: &'static str, fields: &'static [&'static str]) -> Self {
        StructSeq { module, name, fields, creatable: false, ty: OnceLock::new() }
    }

    /// The class, created on first use.
    pub fn get_type(&'static self) -> PyResult<Obj> {
        if let Some(t) = self.ty.get() {
            return Ok(t.clone());
        }
        let ns = crate::types::dict::new_dict();
        set_item_str(&ns, "__module__", new_str(self.module));
        set_item_str(&ns, "__qualname__", new_str(self.name));
        set_item_str(&ns, "__slots__", crate::types::tuple::new_tuple(vec![]));
        let n = crate::types::int::from_i64(self.fields.len() as i64);
        set_item_str(&ns, "n_fields", n.clone());
        set_item_str(&ns, "n_sequence_fields", n);
        set_item_str(&ns, "n_unnamed_fields", crate::types::int::from_i64(0));
        set_item_str(&ns, "__match_args__", crate::types::tuple::new_tuple(self.fields.iter().map(|f| new_str(f)).collect()));
        for (i, f) in self.fields.iter().enumerate() {
            let get = crate::types::function::new_builtin(f, item_getter, crate::types::int::from_i64(i as i64), None);
            let prop = crate::abstract_::call(&crate::types::class::PROPERTY_TYPE.as_obj(), &[get], None)?;
            set_item_str(&ns, f, prop);
        }
        let new = crate::types::function::new_builtin("__new__", seq_new, crate::types::bool_obj(self.creatable), None);
        set_item_str(&ns, "__new__", crate::abstract_::call(&crate::types::class::STATICMETHOD_TYPE.as_obj(), &[new], None)?);
        for def in &METHODS {
            set_item_str(&ns, def.name, crate::types::function::new_method_descr(&crate::types::tuple::TUPLE_TYPE, def));
        }
        let t = crate::types::class::new_heap_type(self.name, &[crate::types::tuple::TUPLE_TYPE.as_obj()], &ns)?;
        Ok(self.ty.get_or_init(|| t).clone())
    }

    /// A new instance holding `values` (one per field).
    pub fn make(&'static self, values: Vec<Obj>) -> PyResult {
        let t = self.get_type()?;
        tuple_new(&t, crate::types::tuple::new_tuple(values))
    }
}

/// `tuple.__new__(cls, items)`: an instance of the struct-sequence class.
fn tuple_new(cls: &Obj, items: Obj) -> PyResult {
    let new = crate::abstract_::getattr_str(&crate::types::tuple::TUPLE_TYPE.as_obj(), "__new__")?;
    crate::abstract_::call(&new, &[cls.clone(), items], None)
}

/// `cls(sequence, dict=None)`: CPython's struct-sequence constructor (the
/// sequence must have one item per field; `creatable` is the bound flag).
fn seq_new(creatable: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let (pos, kws) = crate::builtins::split_kwargs(a, k);
    let Some(cls) = pos.first() else { return Err(type_error("structseq.__new__(): not enough arguments")) };
    let full = {
        let module = crate::abstract_::getattr_str(cls, "__module__")?;
        let name = crate::abstract_::getattr_str(cls, "__qualname__")?;
        let (module, name) = (crate::types::str::as_str(&module).unwrap_or("?"), crate::types::str::as_str(&name).unwrap_or("?"));
        if module == "builtins" { name.to_string() } else { format!("{module}.{name}") }
    };
    if !crate::abstract_::is_true(creatable)? {
        return Err(type_error(format!("cannot create '{full}' instances")));
    }
    let mut args: [Option<&Obj>; 2] = [pos.get(1), pos.get(2)];
    if pos.len() > 3 {
        return Err(type_error(format!("structseq() takes at most 2 arguments ({} given)", pos.len() - 1)));
    }
    for (name, v) in kws {
        let i = match name {
            "sequence" => 0,
            "dict" => 1,
            _ => return Err(type_error(format!("structseq() got an unexpected keyword argument '{name}'"))),
        };
        if args[i].is_some() {
            return Err(type_error(format!("argument for structseq() given by name ('{name}') and position ({})", i + 1)));
        }
        args[i] = Some(v);
    }
    let Some(seq) = args[0] else { return Err(type_error("structseq() missing required argument 'sequence' (pos 1)")) };
    if let Some(d) = args[1] {
        if crate::types::dict::as_dict(d).is_none() {
            return Err(type_error(format!("{full}() takes a dict as second arg, if any")));
        }
    }
    let items = crate::abstract_::call(&crate::types::tuple::TUPLE_TYPE.as_obj(), std::slice::from_ref(seq), None)
        .map_err(|_| type_error("constructor requires a sequence"))?;
    let n = crate::types::int::as_i64(&crate::abstract_::getattr_str(cls, "n_sequence_fields")?).unwrap_or(0);
    let got = crate::types::tuple::as_tuple(&items).map_or(0, |t| t.len()) as i64;
    if got != n {
        return Err(type_error(format!("{full}() takes a {n}-sequence ({got}-sequence given)")));
    }
    tuple_new(cls, items)
}

fn item_getter(idx: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let [o] = a else { return Err(type_error("expected 1 argument")) };
    let i = crate::types::int::as_i64(idx).unwrap_or(0) as usize;
    crate::types::tuple::as_tuple(o).and_then(|t| t.get(i).cloned()).ok_or_else(|| type_error("struct sequence expected"))
}

/// The class attribute `name` of `o`'s type.
fn class_attr(o: &Obj, name: &'static str) -> PyResult {
    o.type_obj().lookup(&crate::types::str::istr(name)).ok_or_else(|| type_error("struct sequence expected"))
}

static METHODS: [crate::types::typeobj::MethodDef; 2] = [
    crate::types::typeobj::MethodDef { name: "__repr__", func: seq_repr, doc: "Return repr(self)." },
    crate::types::typeobj::MethodDef { name: "__reduce__", func: seq_reduce, doc: "" },
];

fn seq_repr(o: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let items = crate::types::tuple::as_tuple(o).ok_or_else(|| type_error("struct sequence expected"))?;
    let fields = class_attr(o, "__match_args__")?;
    let fields = crate::types::tuple::as_tuple(&fields).unwrap_or(&[]);
    let mut parts = Vec::with_capacity(items.len());
    for (f, v) in fields.iter().zip(items.iter()) {
        let r = crate::abstract_::repr(v)?;
        parts.push(format!("{}={}", crate::types::str::as_str(f).unwrap_or("?"), crate::types::str::as_str(&r).unwrap_or("?")));
    }
    let module = class_attr(o, "__module__")?;
    let name = crate::abstract_::getattr_str(&o.type_obj().as_obj(), "__qualname__")?;
    let (module, name) = (crate::types::str::as_str(&module).unwrap_or("?"), crate::types::str::as_str(&name).unwrap_or("?"));
    Ok(new_str(&if module == "builtins" { format!("{name}({})", parts.join(", ")) } else { format!("{module}.{name}({})", parts.join(", ")) }))
}

fn seq_reduce(o: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let items = crate::types::tuple::as_tuple(o).ok_or_else(|| type_error("struct sequence expected"))?.to_vec();
    Ok(crate::types::tuple::new_tuple(vec![
        o.type_obj().as_obj(),
        crate::types::tuple::new_tuple(vec![crate::types::tuple::new_tuple(items), crate::types::dict::new_dict()]),
    ]))
}
