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
    /// How many of the last fields are not items of the sequence (CPython's
    /// n_fields - n_sequence_fields: `sys.flags.gil`); they live in slots.
    pub hidden: usize,
    pub ty: OnceLock<Obj>,
}

impl StructSeq {
    pub const fn new(module: &'static str, name: &'static str, fields: &'static [&'static str]) -> Self {
        StructSeq { module, name, fields, creatable: true, hidden: 0, ty: OnceLock::new() }
    }

    /// A kind only the kernel makes instances of.
    pub const fn new_uncreatable(module: &'static str, name: &'static str, fields: &'static [&'static str]) -> Self {
        StructSeq { module, name, fields, creatable: false, hidden: 0, ty: OnceLock::new() }
    }

    /// An uncreatable kind whose last `hidden` fields are attributes only.
    pub const fn new_uncreatable_hidden(hidden: usize, module: &'static str, name: &'static str, fields: &'static [&'static str]) -> Self {
        StructSeq { module, name, fields, creatable: false, hidden, ty: OnceLock::new() }
    }

    fn visible(&self) -> &'static [&'static str] {
        &self.fields[..self.fields.len() - self.hidden]
    }

    /// The class, created on first use.
    pub fn get_type(&'static self) -> PyResult<Obj> {
        if let Some(t) = self.ty.get() {
            return Ok(t.clone());
        }
        let ns = crate::types::dict::new_dict();
        set_item_str(&ns, "__module__", new_str(self.module));
        set_item_str(&ns, "__qualname__", new_str(self.name));
        let visible = self.visible();
        let hidden = &self.fields[visible.len()..];
        set_item_str(&ns, "__slots__", crate::types::tuple::new_tuple(hidden.iter().map(|f| new_str(f)).collect()));
        if !hidden.is_empty() {
            // The kernel's marker that lets a tuple subclass have slots.
            set_item_str(&ns, "_pyk_structseq_", crate::types::bool_obj(true));
        }
        set_item_str(&ns, "n_fields", crate::types::int::from_i64(self.fields.len() as i64));
        set_item_str(&ns, "n_sequence_fields", crate::types::int::from_i64(visible.len() as i64));
        set_item_str(&ns, "n_unnamed_fields", crate::types::int::from_i64(0));
        set_item_str(&ns, "__match_args__", crate::types::tuple::new_tuple(visible.iter().map(|f| new_str(f)).collect()));
        for (i, f) in visible.iter().enumerate() {
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
    pub fn make(&'static self, mut values: Vec<Obj>) -> PyResult {
        let t = self.get_type()?;
        let extra = values.split_off(values.len().min(self.fields.len() - self.hidden));
        let o = tuple_new(&t, crate::types::tuple::new_tuple(values))?;
        for (name, v) in self.fields[self.fields.len() - self.hidden..].iter().zip(extra) {
            crate::abstract_::setattr(&o, &crate::types::str::intern(name), Some(&v))?;
        }
        Ok(o)
    }
}

/// The names of the hidden fields of the struct-sequence class `cls` (its
/// own `__slots__`).
fn hidden_fields(cls: &Obj) -> PyResult<Vec<Obj>> {
    let slots = crate::types::typeobj::as_type(cls).and_then(|t| crate::types::dict::get_str(t.dict(), &crate::types::str::istr("__slots__")));
    Ok(slots.and_then(|s| crate::types::tuple::as_tuple(&s).map(|t| t.to_vec())).unwrap_or_default())
}

/// An instance of `cls` with these items, the hidden fields set from
/// `extra` (by position) and then `named` (by name), None otherwise.
fn build(cls: &Obj, items: Vec<Obj>, extra: &[Obj], named: Option<&Obj>) -> PyResult {
    let hidden = hidden_fields(cls)?;
    let o = tuple_new(cls, crate::types::tuple::new_tuple(items))?;
    for (i, name) in hidden.iter().enumerate() {
        let v = match extra.get(i) {
            Some(v) => v.clone(),
            None => named.and_then(|d| crate::types::dict::get_str(d, name)).unwrap_or_else(crate::types::none),
        };
        crate::abstract_::setattr(&o, name, Some(&v))?;
    }
    Ok(o)
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
    let max = crate::types::int::as_i64(&crate::abstract_::getattr_str(cls, "n_fields")?).unwrap_or(n);
    let all = crate::types::tuple::as_tuple(&items).map(|t| t.to_vec()).unwrap_or_default();
    let got = all.len() as i64;
    if max == n && got != n {
        return Err(type_error(format!("{full}() takes a {n}-sequence ({got}-sequence given)")));
    }
    if got < n {
        return Err(type_error(format!("{full}() takes an at least {n}-sequence ({got}-sequence given)")));
    }
    if got > max {
        return Err(type_error(format!("{full}() takes an at most {max}-sequence ({got}-sequence given)")));
    }
    let (visible, extra) = all.split_at(n as usize);
    build(cls, visible.to_vec(), extra, args[1])
}

/// `__replace__(**changes)` (copy.replace): a new instance with the named
/// fields changed, made whether or not the kind is creatable, as CPython's.
fn seq_replace(o: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let (pos, kws) = crate::builtins::split_kwargs(a, k);
    if !pos.is_empty() {
        return Err(type_error("__replace__() takes no positional arguments"));
    }
    let cls = o.type_obj().as_obj();
    let mut items = crate::types::tuple::as_tuple(o).ok_or_else(|| type_error("struct sequence expected"))?.to_vec();
    let fields = crate::abstract_::getattr_str(&cls, "__match_args__")?;
    let fields: Vec<String> = crate::types::tuple::as_tuple(&fields).map(|t| t.iter().filter_map(|f| crate::types::str::as_str(f).map(str::to_string)).collect()).unwrap_or_default();
    let hidden = hidden_fields(&cls)?;
    let mut extra = Vec::new();
    for h in &hidden {
        extra.push(crate::abstract_::getattr(o, h)?);
    }
    let mut unknown = Vec::new();
    for (name, v) in kws {
        if let Some(i) = fields.iter().position(|f| f == name) {
            items[i] = v.clone();
        } else if let Some(i) = hidden.iter().position(|h| crate::types::str::as_str(h) == Some(name)) {
            extra[i] = v.clone();
        } else {
            unknown.push(new_str(name));
        }
    }
    if !unknown.is_empty() {
        let names = crate::abstract_::repr_string(&crate::types::list::new_list(unknown))?;
        return Err(type_error(format!("Got unexpected field name(s): {names}")));
    }
    build(&cls, items, &extra, None)
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

static METHODS: [crate::types::typeobj::MethodDef; 3] = [
    crate::types::typeobj::MethodDef { name: "__repr__", func: seq_repr, doc: "Return repr(self)." },
    crate::types::typeobj::MethodDef { name: "__reduce__", func: seq_reduce, doc: "" },
    crate::types::typeobj::MethodDef { name: "__replace__", func: seq_replace, doc: "Return a copy of the structure with new values for the specified fields." },
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
    // The hidden fields go in the dict, by name.
    let named = crate::types::dict::new_dict();
    for h in hidden_fields(&o.type_obj().as_obj())? {
        let v = crate::abstract_::getattr(o, &h)?;
        crate::types::dict::as_dict(&named).expect("dict").set(h, v)?;
    }
    Ok(crate::types::tuple::new_tuple(vec![
        o.type_obj().as_obj(),
        crate::types::tuple::new_tuple(vec![crate::types::tuple::new_tuple(items), named]),
    ]))
}
