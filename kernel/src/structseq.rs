//! Struct sequences: tuple subclasses whose items are also attributes
//! (`sys.version_info.major`), with CPython's repr
//! (`sys.version_info(major=3, minor=13, ...)`), constructor, `__reduce__`
//! and `__replace__`. A kind has `n_fields` fields, of which the first
//! `n_sequence_fields` are the tuple's items (some may be unnamed, as
//! `os.stat_result`'s integer times) and the rest are attributes only
//! (`time.struct_time.tm_zone`), kept as one tuple in the instance's slots
//! cell. Each field is a read-only member descriptor that reads the item
//! or the hidden value directly.
//!
//! A class becomes a struct sequence when its body says
//! `_pyk_structseq_ = (n_sequence_fields, fields[, defaults[, creatable]])`
//! (`fields`: names, or `(name, doc)` pairs, None for an unnamed field;
//! `defaults`: `(field, item)` index pairs, a hidden field left None takes
//! that item, as `os.stat_result`'s float times): the type's creation
//! (`class::new_heap_type_meta`) fills in the rest. The kernel's own kinds
//! are static descriptions (`StructSeq`); native modules write the class
//! body (`time.struct_time`).

use std::sync::{OnceLock, RwLock};

use crate::error::{type_error, PyResult};
use crate::object::Obj;
use crate::types::dict::set_item_str;
use crate::types::str::new_str;
use crate::types::typeobj::TypeObject;

/// The name CPython gives an unnamed field in a static description.
pub const UNNAMED: &str = "";

/// A struct-sequence type: `module.name` with these fields, in order.
pub struct StructSeq {
    pub module: &'static str,
    pub name: &'static str,
    /// Field names; `UNNAMED` for an unnamed item.
    pub fields: &'static [&'static str],
    /// Field docs, by index (empty: none).
    pub docs: &'static [&'static str],
    pub doc: Option<&'static str>,
    /// False for the kinds Python code may not instantiate (`sys.flags`,
    /// `sys.version_info`): calling the class is CPython's TypeError.
    pub creatable: bool,
    /// How many of the last fields are not items of the sequence (CPython's
    /// n_fields - n_sequence_fields: `sys.flags.gil`).
    pub hidden: usize,
    /// `(field, item)`: the hidden field takes the item when left None.
    pub defaults: &'static [(usize, usize)],
    pub ty: OnceLock<(Obj, &'static Layout)>,
}

impl StructSeq {
    pub const fn new(module: &'static str, name: &'static str, fields: &'static [&'static str]) -> Self {
        StructSeq { module, name, fields, docs: &[], doc: None, creatable: true, hidden: 0, defaults: &[], ty: OnceLock::new() }
    }

    /// A kind only the kernel makes instances of.
    pub const fn new_uncreatable(module: &'static str, name: &'static str, fields: &'static [&'static str]) -> Self {
        StructSeq { module, name, fields, docs: &[], doc: None, creatable: false, hidden: 0, defaults: &[], ty: OnceLock::new() }
    }

    /// An uncreatable kind whose last `hidden` fields are attributes only.
    pub const fn new_uncreatable_hidden(hidden: usize, module: &'static str, name: &'static str, fields: &'static [&'static str]) -> Self {
        StructSeq { module, name, fields, docs: &[], doc: None, creatable: false, hidden, defaults: &[], ty: OnceLock::new() }
    }

    /// A creatable kind with docs, hidden fields and defaults.
    pub const fn new_full(
        module: &'static str,
        name: &'static str,
        doc: &'static str,
        fields: &'static [&'static str],
        docs: &'static [&'static str],
        hidden: usize,
        defaults: &'static [(usize, usize)],
    ) -> Self {
        StructSeq { module, name, fields, docs, doc: Some(doc), creatable: true, hidden, defaults, ty: OnceLock::new() }
    }

    fn get(&'static self) -> PyResult<&'static (Obj, &'static Layout)> {
        if let Some(t) = self.ty.get() {
            return Ok(t);
        }
        let int = |v: usize| crate::types::int::from_i64(v as i64);
        let fields = self
            .fields
            .iter()
            .enumerate()
            .map(|(i, f)| {
                let name = if *f == UNNAMED { crate::types::none() } else { new_str(f) };
                let doc = self.docs.get(i).map_or_else(crate::types::none, |d| new_str(d));
                crate::types::tuple::new_tuple(vec![name, doc])
            })
            .collect();
        let defaults = self.defaults.iter().map(|&(f, i)| crate::types::tuple::new_tuple(vec![int(f), int(i)])).collect();
        let desc = crate::types::tuple::new_tuple(vec![
            int(self.fields.len() - self.hidden),
            crate::types::tuple::new_tuple(fields),
            crate::types::tuple::new_tuple(defaults),
            crate::types::bool_obj(self.creatable),
        ]);
        let ns = crate::types::dict::new_dict();
        set_item_str(&ns, "__module__", new_str(self.module));
        set_item_str(&ns, "__qualname__", new_str(self.name));
        if let Some(d) = self.doc {
            set_item_str(&ns, "__doc__", new_str(d));
        }
        set_item_str(&ns, "_pyk_structseq_", desc);
        let t = crate::types::class::new_heap_type(self.name, &[crate::types::tuple::TUPLE_TYPE.as_obj()], &ns)?;
        let layout = crate::types::typeobj::as_type(&t).and_then(layout_of).ok_or_else(|| type_error("struct sequence type expected"))?;
        Ok(self.ty.get_or_init(|| (t, layout)))
    }

    /// The class, created on first use.
    pub fn get_type(&'static self) -> PyResult<Obj> {
        Ok(self.get()?.0.clone())
    }

    /// A new instance holding `values` (one per field; missing hidden
    /// fields are None).
    pub fn make(&'static self, values: Vec<Obj>) -> PyResult {
        let (t, layout) = self.get()?;
        let t = crate::types::typeobj::as_type(t).ok_or_else(|| type_error("struct sequence type expected"))?;
        let mut values = values;
        values.resize_with(layout.names.len().max(values.len()), crate::types::none);
        let hidden = values.split_off(layout.n_seq.min(values.len()));
        build(t, layout, values, hidden)
    }
}

/// What a struct-sequence type's methods need to know of it.
pub struct Layout {
    /// CPython's tp_name: `time.struct_time` (the name alone in builtins).
    full_name: String,
    n_seq: usize,
    /// Each field's name; None for an unnamed one.
    names: Vec<Option<String>>,
    /// The named fields, in order (CPython's tp_members).
    members: Vec<String>,
    defaults: Vec<(usize, usize)>,
    creatable: bool,
}

impl Layout {
    fn n_unnamed(&self) -> usize {
        self.names.len() - self.members.len()
    }
}

/// The struct-sequence types and their layouts (types live for the process).
static LAYOUTS: RwLock<Vec<(usize, &'static Layout)>> = RwLock::new(Vec::new());

/// Records `t` as a struct-sequence type (once it exists).
pub fn register(t: &'static TypeObject, layout: &'static Layout) {
    LAYOUTS.write().unwrap_or_else(|e| e.into_inner()).push((t as *const TypeObject as usize, layout));
}

/// Whether `t` is a struct-sequence type.
pub fn is_structseq(t: &TypeObject) -> bool {
    t.flags & crate::types::typeobj::tpflags::BASETYPE == 0 && LAYOUTS.read().unwrap_or_else(|e| e.into_inner()).iter().any(|(k, _)| *k == t as *const TypeObject as usize)
}

fn layout_of(t: &'static TypeObject) -> Option<&'static Layout> {
    let key = t as *const TypeObject as usize;
    LAYOUTS.read().unwrap_or_else(|e| e.into_inner()).iter().find(|(k, _)| *k == key).map(|(_, l)| *l)
}

fn as_usize(o: &Obj, what: &str) -> PyResult<usize> {
    crate::types::int::as_i64(o).and_then(|v| usize::try_from(v).ok()).ok_or_else(|| type_error(format!("_pyk_structseq_: {what} must be a non-negative int")))
}

/// Fills the namespace of struct-sequence class `name` from its
/// `_pyk_structseq_` description (see the module doc); the layout is
/// registered once the type exists.
pub fn prepare_namespace(ns: &Obj, name: &str, desc: &Obj) -> PyResult<&'static Layout> {
    let bad = || type_error("_pyk_structseq_ must be (n_sequence_fields, fields[, defaults[, creatable]])");
    let parts = crate::types::tuple::as_tuple(desc).ok_or_else(bad)?;
    if !(2..=4).contains(&parts.len()) {
        return Err(bad());
    }
    let n_seq = as_usize(&parts[0], "n_sequence_fields")?;
    let fields = crate::types::tuple::as_tuple(&parts[1]).ok_or_else(bad)?;
    if n_seq > fields.len() {
        return Err(type_error("_pyk_structseq_: more sequence fields than fields"));
    }
    let mut names = Vec::with_capacity(fields.len());
    let mut docs = Vec::with_capacity(fields.len());
    for (i, f) in fields.iter().enumerate() {
        let (n, d) = match crate::types::tuple::as_tuple(f) {
            Some([n, d]) => (n.clone(), d.clone()),
            _ => (f.clone(), crate::types::none()),
        };
        let n = match crate::types::str::as_str(&n) {
            Some(s) => Some(s.to_string()),
            None if crate::types::is_none(&n) && i < n_seq => None,
            None => return Err(type_error("_pyk_structseq_: field names must be str (None: an unnamed item)")),
        };
        names.push(n);
        docs.push(d);
    }
    let mut defaults = Vec::new();
    if let Some(d) = parts.get(2) {
        for pair in crate::types::tuple::as_tuple(d).ok_or_else(bad)? {
            match crate::types::tuple::as_tuple(pair) {
                Some([f, i]) => {
                    let (f, i) = (as_usize(f, "a default's field")?, as_usize(i, "a default's item")?);
                    if f < n_seq || f >= names.len() || i >= n_seq {
                        return Err(type_error("_pyk_structseq_: a default maps a hidden field to an item"));
                    }
                    defaults.push((f, i));
                }
                _ => return Err(bad()),
            }
        }
    }
    let creatable = match parts.get(3) {
        Some(c) => crate::abstract_::is_true(c)?,
        None => true,
    };
    let module = crate::types::dict::get_str(ns, &crate::types::str::istr("__module__"));
    let module = module.as_ref().and_then(|m| crate::types::str::as_str(m)).unwrap_or("builtins");
    let full_name = if module == "builtins" { name.to_string() } else { format!("{module}.{name}") };
    let owner: &'static str = Box::leak(full_name.clone().into_boxed_str());
    let int = |v: usize| crate::types::int::from_i64(v as i64);
    let members: Vec<String> = names.iter().flatten().cloned().collect();
    set_item_str(ns, "n_sequence_fields", int(n_seq));
    set_item_str(ns, "n_fields", int(names.len()));
    set_item_str(ns, "n_unnamed_fields", int(names.len() - members.len()));
    let match_args = names[..n_seq].iter().flatten().map(|n| new_str(n)).collect();
    set_item_str(ns, "__match_args__", crate::types::tuple::new_tuple(match_args));
    for (i, (n, d)) in names.iter().zip(docs).enumerate() {
        if let Some(n) = n {
            set_item_str(ns, n, crate::types::member::new_field_member(crate::types::str::intern(n), owner, i, d));
        }
    }
    // (What the compiler records of a class body written in Python.)
    for k in ["__firstlineno__", "__static_attributes__"] {
        let k = crate::types::str::istr(k);
        if crate::types::dict::get_str(ns, &k).is_some() {
            crate::types::dict::as_dict(ns).expect("dict").del(&k)?;
        }
    }
    let new = crate::types::function::new_builtin("__new__", seq_new, crate::types::none(), None);
    set_item_str(ns, "__new__", crate::abstract_::call(&crate::types::class::STATICMETHOD_TYPE.as_obj(), &[new], None)?);
    for def in &METHODS {
        set_item_str(ns, def.name, crate::types::function::new_method_descr(&crate::types::tuple::TUPLE_TYPE, def));
    }
    Ok(Box::leak(Box::new(Layout { full_name, n_seq, names, members, defaults, creatable })))
}

/// Field `i` of struct sequence `o` (None when `o` is no tuple).
pub fn field_get(o: &Obj, i: usize) -> Option<Obj> {
    let items = crate::types::tuple::as_tuple(o)?;
    if let Some(v) = items.get(i) {
        return Some(v.clone());
    }
    // An instance made some other way than the constructor (tuple.__new__)
    // has no hidden values: they read as None.
    let hidden = crate::types::class::subclass_slots_cell(o)?.get();
    Some(hidden.and_then(|h| crate::types::tuple::as_tuple(&h).and_then(|t| t.get(i - items.len()).cloned())).unwrap_or_else(crate::types::none))
}

/// The hidden fields' values of `o` (None for the missing ones).
fn hidden_values(o: &Obj, layout: &Layout) -> Vec<Obj> {
    (layout.n_seq..layout.names.len()).map(|i| field_get(o, i).unwrap_or_else(crate::types::none)).collect()
}

/// An instance of struct-sequence type `t` with these items and hidden values.
fn build(t: &'static TypeObject, layout: &Layout, items: Vec<Obj>, hidden: Vec<Obj>) -> PyResult {
    let rewrap = crate::types::tuple::TUPLE_TYPE.subclass.map(|s| s.rewrap).ok_or_else(|| type_error("tuple cannot be subclassed"))?;
    let o = rewrap(crate::types::tuple::new_tuple(items), t)?;
    if layout.names.len() > layout.n_seq {
        let cell = crate::types::class::subclass_slots_cell(&o).ok_or_else(|| type_error("struct sequence expected"))?;
        drop(cell.set(Some(crate::types::tuple::new_tuple(hidden))));
    }
    Ok(o)
}

/// The struct-sequence type `o` and its layout.
fn type_layout(o: &Obj) -> PyResult<(&'static TypeObject, &'static Layout)> {
    let t = crate::types::typeobj::as_type(o).ok_or_else(|| type_error("struct sequence type expected"))?;
    Ok((t, layout_of(t).ok_or_else(|| type_error(format!("{} is not a struct sequence type", t.name())))?))
}

/// `cls(sequence, dict={})`: CPython's struct-sequence constructor.
fn seq_new(_: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let (pos, kws) = crate::builtins::split_kwargs(a, k);
    let Some(cls) = pos.first() else { return Err(type_error("structseq.__new__(): not enough arguments")) };
    let (t, layout) = type_layout(cls)?;
    let full = &layout.full_name;
    if !layout.creatable {
        return Err(type_error(format!("cannot create '{full}' instances")));
    }
    let mut args: [Option<&Obj>; 2] = [pos.get(1), pos.get(2)];
    if pos.len() > 3 {
        return Err(type_error(format!("structseq() takes at most 2 arguments ({} given)", pos.len() - 1)));
    }
    let mut unexpected = None;
    for (name, v) in kws {
        let i = match name {
            "sequence" => 0,
            "dict" => 1,
            _ => {
                unexpected.get_or_insert(name);
                continue;
            }
        };
        if args[i].is_some() {
            return Err(type_error(format!("argument for structseq() given by name ('{name}') and position ({})", i + 1)));
        }
        args[i] = Some(v);
    }
    let Some(seq) = args[0] else { return Err(type_error("structseq() missing required argument 'sequence' (pos 1)")) };
    if let Some(name) = unexpected {
        return Err(type_error(format!("structseq() got an unexpected keyword argument '{name}'")));
    }
    // A list or tuple as it is, anything else iterated (only an object
    // that is not iterable gets the constructor's message).
    let mut all = match crate::types::tuple::as_tuple(seq) {
        Some(t) => t.to_vec(),
        None => match crate::types::list::as_list(seq) {
            Some(l) => l.snapshot(),
            None => {
                let it = crate::abstract_::iter(seq).map_err(|e| if e.is_instance(&crate::types::exceptions::TYPE_ERROR) { type_error("constructor requires a sequence") } else { e })?;
                crate::abstract_::collect(&it)?
            }
        },
    };
    let dict = match args[1] {
        Some(d) => Some(crate::types::dict::as_dict(d).ok_or_else(|| type_error(format!("{full}() takes a dict as second arg, if any")))?),
        None => None,
    };
    let (min, max, got) = (layout.n_seq, layout.names.len(), all.len());
    if got < min || got > max {
        let what = if min == max {
            "a"
        } else if got < min {
            "an at least"
        } else {
            "an at most"
        };
        return Err(type_error(format!("{full}() takes {what} {}-sequence ({got}-sequence given)", if got < min { min } else { max })));
    }
    let mut hidden = all.split_off(min);
    let given = hidden.len();
    let mut found = 0;
    for i in min + given..max {
        let v = match dict {
            Some(d) if d.len() > 0 => {
                let name = &layout.members[i - layout.n_unnamed()];
                let v = crate::types::dict::get_str(args[1].expect("dict"), &crate::types::str::intern(name));
                found += v.is_some() as usize;
                v
            }
            _ => None,
        };
        hidden.push(v.unwrap_or_else(crate::types::none));
    }
    if dict.is_some_and(|d| d.len() > found) {
        return Err(type_error(format!("{full}() got duplicate or unexpected field name(s)")));
    }
    for &(f, i) in &layout.defaults {
        if crate::types::is_none(&hidden[f - min]) {
            hidden[f - min] = all[i].clone();
        }
    }
    build(t, layout, all, hidden)
}

fn instance_layout(o: &Obj) -> PyResult<(&'static TypeObject, &'static Layout, &[Obj])> {
    let t = o.type_obj();
    let layout = layout_of(t).ok_or_else(|| type_error("struct sequence expected"))?;
    let items = crate::types::tuple::as_tuple(o).ok_or_else(|| type_error("struct sequence expected"))?;
    Ok((t, layout, items))
}

/// `__replace__(**changes)` (copy.replace): a new instance with the named
/// fields changed, made whether or not the kind is creatable, as CPython's.
fn seq_replace(o: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let (pos, kws) = crate::builtins::split_kwargs(a, k);
    if !pos.is_empty() {
        return Err(type_error("__replace__() takes no positional arguments"));
    }
    let (t, layout, items) = instance_layout(o)?;
    if layout.n_unnamed() > 0 {
        return Err(type_error(format!("__replace__() is not supported for {} because it has unnamed field(s)", layout.full_name)));
    }
    let mut values = items.to_vec();
    values.extend(hidden_values(o, layout));
    let mut unknown = Vec::new();
    for (name, v) in kws {
        match layout.members.iter().position(|f| f == name) {
            Some(i) => values[i] = v.clone(),
            None => unknown.push(new_str(name)),
        }
    }
    if !unknown.is_empty() {
        let names = crate::abstract_::repr_string(&crate::types::list::new_list(unknown))?;
        return Err(type_error(format!("Got unexpected field name(s): {names}")));
    }
    let hidden = values.split_off(layout.n_seq);
    build(t, layout, values, hidden)
}

static METHODS: [crate::types::typeobj::MethodDef; 3] = [
    crate::types::typeobj::MethodDef { name: "__repr__", func: seq_repr, doc: "Return repr(self)." },
    crate::types::typeobj::MethodDef { name: "__reduce__", func: seq_reduce, doc: "" },
    crate::types::typeobj::MethodDef { name: "__replace__", func: seq_replace, doc: "Return a copy of the structure with new values for the specified fields." },
];

/// The visible items by the named fields' names, in order (as CPython's:
/// with unnamed items, the names run on into the hidden fields').
fn seq_repr(o: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let (_, layout, items) = instance_layout(o)?;
    let mut out = String::new();
    for (i, (f, v)) in layout.members.iter().zip(items.iter()).enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        let r = crate::abstract_::repr(v)?;
        out.push_str(f);
        out.push('=');
        out.push_str(crate::types::str::as_str(&r).unwrap_or("?"));
    }
    Ok(new_str(&format!("{}({out})", layout.full_name)))
}

/// `(type, (items, {hidden field: value}))`.
fn seq_reduce(o: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let (t, layout, items) = instance_layout(o)?;
    let named = crate::types::dict::new_dict();
    let d = crate::types::dict::as_dict(&named).expect("dict");
    for (i, v) in (layout.n_seq..).zip(hidden_values(o, layout)) {
        d.set(crate::types::str::intern(&layout.members[i - layout.n_unnamed()]), v)?;
    }
    Ok(crate::types::tuple::new_tuple(vec![
        t.as_obj(),
        crate::types::tuple::new_tuple(vec![crate::types::tuple::new_tuple(items.to_vec()), named]),
    ]))
}
