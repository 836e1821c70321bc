//! `types.GenericAlias`: what `list[int]` and `dict[str, int]` evaluate to
//! (PEP 585), and `__class_getitem__` for builtin types.

use pyk_abi::opcode::CompareOp;
use pyk_abi::value::ObjHeader;

use crate::error::{type_error, PyResult};
use crate::object::{alloc, dealloc_box, Obj};
use crate::types::str::new_string;
use crate::types::tuple::{as_tuple, new_tuple};
use crate::types::typeobj::{tpflags, TypeObject};

#[repr(C)]
pub struct GenericAlias {
    pub header: ObjHeader,
    pub origin: Obj,
    pub args: Obj,
    /// `*tuple[int, ...]` (PEP 646): what iterating an alias yields.
    pub unpacked: bool,
}

pub fn new_alias(origin: &Obj, item: &Obj) -> Obj {
    let args = if as_tuple(item).is_some() { item.clone() } else { new_tuple(vec![item.clone()]) };
    alloc(GenericAlias { header: crate::object::new_header_tracked(&GENERIC_ALIAS_TYPE), origin: origin.clone(), args, unpacked: false })
}

/// `iter(tuple[int, ...])` yields the one starred alias, so that
/// `*tuple[int, ...]` can be written in annotations and subscripts.
fn alias_iter(o: &Obj) -> PyResult {
    let g = this(o)?;
    let starred = alloc(GenericAlias {
        header: crate::object::new_header_tracked(&GENERIC_ALIAS_TYPE),
        origin: g.origin.clone(),
        args: g.args.clone(),
        unpacked: true,
    });
    crate::abstract_::iter(&new_tuple(vec![starred]))
}

fn this(o: &Obj) -> PyResult<&GenericAlias> {
    o.downcast::<GenericAlias>(&GENERIC_ALIAS_TYPE).ok_or_else(|| type_error("GenericAlias expected"))
}

/// repr of one argument as typing prints it: classes by qualified name.
fn arg_repr(a: &Obj) -> PyResult<String> {
    if crate::types::typeobj::is_type(&a) {
        // SAFETY: instances of `type` are TypeObjects, which are immortal.
        let t: &TypeObject = unsafe { &*(a.value().as_ptr() as *const TypeObject) };
        let q = crate::types::class::heap_qualname(t)
            .and_then(|q| crate::types::str::as_str(&q).map(str::to_owned))
            .unwrap_or_else(|| t.name().to_string());
        // The class's `__module__` (assignable for classes; e.g. `deque`
        // says 'collections'), as typing's repr reads it.
        let m = crate::abstract_::getattr_str(a, "__module__").ok().and_then(|m| crate::types::str::as_str(&m).map(str::to_owned)).unwrap_or_else(|| t.module.to_string());
        return Ok(if m == "builtins" { q } else { format!("{m}.{q}") });
    }
    if crate::types::singletons::ELLIPSIS.header.ob_type == a.type_ptr() as *const _ {
        return Ok("...".into());
    }
    if let Some(items) = crate::types::list::as_list(a) {
        let parts = items.snapshot().iter().map(arg_repr).collect::<PyResult<Vec<_>>>()?;
        return Ok(format!("[{}]", parts.join(", ")));
    }
    crate::abstract_::repr_string(a)
}

fn alias_repr(o: &Obj) -> PyResult {
    let g = this(o)?;
    let args = as_tuple(&g.args).unwrap_or(&[]);
    let parts = if args.is_empty() { vec!["()".to_string()] } else { args.iter().map(arg_repr).collect::<PyResult<Vec<_>>>()? };
    Ok(new_string(format!("{}{}[{}]", if g.unpacked { "*" } else { "" }, arg_repr(&g.origin)?, parts.join(", "))))
}

fn alias_call(o: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let g = this(o)?;
    let r = crate::abstract_::call(&g.origin, a, k)?;
    let _ = crate::abstract_::setattr(&r, &crate::types::str::istr("__orig_class__"), Some(o));
    Ok(r)
}

// ------------------------------------------------------ type parameters

fn attr(o: &Obj, name: &str) -> PyResult<Option<Obj>> {
    crate::abstract_::lookup_attr(o, &crate::types::str::intern(name))
}

/// The type parameters in `args`, in order and without repeats, as
/// `__parameters__` reports them: anything with `__typing_subst__` (TypeVar,
/// ParamSpec, TypeVarTuple), the `__parameters__` of nested generics, and
/// what tuples and lists of arguments hold (`Callable[[T], int]`).
fn collect_parameters(args: &[Obj], out: &mut Vec<Obj>) -> PyResult<()> {
    let add = |out: &mut Vec<Obj>, p: Obj| {
        if !out.iter().any(|q| q.is(&p)) {
            out.push(p);
        }
    };
    for a in args {
        if crate::types::typeobj::is_type(a) {
            continue;
        }
        if attr(a, "__typing_subst__")?.is_some() {
            add(out, a.clone());
            continue;
        }
        if let Some(items) = as_tuple(a).map(<[Obj]>::to_vec).or_else(|| crate::types::list::as_list(a).map(|l| l.snapshot())) {
            collect_parameters(&items, out)?;
            continue;
        }
        if let Some(ps) = attr(a, "__parameters__")? {
            if let Some(ps) = as_tuple(&ps) {
                for p in ps {
                    add(out, p.clone());
                }
            }
        }
    }
    Ok(())
}

fn parameters(args: &Obj) -> PyResult<Vec<Obj>> {
    let mut out = vec![];
    collect_parameters(as_tuple(args).unwrap_or(&[]), &mut out)?;
    Ok(out)
}

/// `*tuple[int, str]` among subscript arguments stands for its items.
fn unpack_items(items: &[Obj]) -> PyResult<Vec<Obj>> {
    let mut out = Vec::with_capacity(items.len());
    for x in items {
        if !crate::types::typeobj::is_type(x) {
            if let Some(inner) = attr(x, "__typing_unpacked_tuple_args__")? {
                if let Some(t) = as_tuple(&inner) {
                    if t.last().is_none_or(|l| !l.is(&crate::types::singletons::ellipsis())) {
                        out.extend(t.iter().cloned());
                        continue;
                    }
                }
            }
        }
        out.push(x.clone());
    }
    Ok(out)
}

fn is_unpacked_typevartuple(a: &Obj) -> PyResult<bool> {
    if crate::types::typeobj::is_type(a) {
        return Ok(false);
    }
    match attr(a, "__typing_is_unpacked_typevartuple__")? {
        Some(v) => crate::abstract_::is_true(&v),
        None => Ok(false),
    }
}

/// `arg` with the parameters in `params` replaced by `items`: a nested
/// generic is subscripted with its own parameters' values; tuples and
/// lists are rebuilt with their items substituted.
fn substitute(arg: &Obj, params: &[Obj], items: &[Obj]) -> PyResult<Obj> {
    if let Some(t) = as_tuple(arg) {
        let v = t.iter().map(|x| substitute_one(x, params, items)).collect::<PyResult<Vec<_>>>()?;
        return Ok(new_tuple(v.into_iter().flatten().collect()));
    }
    if let Some(l) = crate::types::list::as_list(arg) {
        let v = l.snapshot().iter().map(|x| substitute_one(x, params, items)).collect::<PyResult<Vec<_>>>()?;
        return Ok(crate::types::list::new_list(v.into_iter().flatten().collect()));
    }
    let Some(sub) = attr(arg, "__parameters__")? else { return Ok(arg.clone()) };
    let Some(sub) = as_tuple(&sub).map(<[Obj]>::to_vec) else { return Ok(arg.clone()) };
    if sub.is_empty() {
        return Ok(arg.clone());
    }
    let mut subargs = vec![];
    for p in &sub {
        match params.iter().position(|q| q.is(p)) {
            Some(i) => {
                // A TypeVarTuple's value is the tuple of what it matched.
                let iterable_param = attr(&params[i], "__typing_prepare_subst__")?.is_some() && params[i].type_obj().iter.is_some();
                match as_tuple(&items[i]) {
                    Some(t) if iterable_param => subargs.extend(t.iter().cloned()),
                    _ => subargs.push(items[i].clone()),
                }
            }
            None => subargs.push(p.clone()),
        }
    }
    // always a tuple, as CPython: `Concatenate[int, P]` given `()` for P
    // must see `((),)`, not an empty subscript
    crate::abstract_::getitem(arg, &new_tuple(subargs))
}

/// One argument substituted; an unpacked TypeVarTuple (`*Ts`) becomes the
/// arguments it matched.
fn substitute_one(arg: &Obj, params: &[Obj], items: &[Obj]) -> PyResult<Vec<Obj>> {
    if crate::types::typeobj::is_type(arg) {
        return Ok(vec![arg.clone()]);
    }
    if is_unpacked_typevartuple(arg)? {
        if let Some(ps) = attr(arg, "__parameters__")? {
            if let Some(p) = as_tuple(&ps).and_then(|t| t.first().cloned()) {
                if let Some(i) = params.iter().position(|q| q.is(&p)) {
                    if let Some(t) = as_tuple(&items[i]) {
                        return Ok(t.to_vec());
                    }
                }
            }
        }
    }
    if let Some(f) = attr(arg, "__typing_subst__")? {
        let i = params.iter().position(|q| q.is(arg)).ok_or_else(|| type_error("type parameter not found"))?;
        return Ok(vec![crate::abstract_::call(&f, &[items[i].clone()], None)?]);
    }
    Ok(vec![substitute(arg, params, items)?])
}

/// `list[T][int]`: the alias with its type parameters replaced.
fn alias_getitem(o: &Obj, item: &Obj) -> PyResult {
    let g = this(o)?;
    let newargs = substitute_parameters(o, &g.args, item)?;
    Ok(alloc(GenericAlias { header: crate::object::new_header_tracked(&GENERIC_ALIAS_TYPE), origin: g.origin.clone(), args: new_tuple(newargs), unpacked: g.unpacked }))
}

/// The arguments `args` of the generic `o` with its type parameters
/// replaced by the subscript `item` (what `list[T][int]` and
/// `(int | list[T])[str]` do); TypeError when `o` has no parameters or
/// `item` gives too many or too few.
fn substitute_parameters(o: &Obj, args: &Obj, item: &Obj) -> PyResult<Vec<Obj>> {
    let params = parameters(args)?;
    if params.is_empty() {
        return Err(type_error(format!("{} is not a generic class", crate::abstract_::repr_string(o)?)));
    }
    let raw = match as_tuple(item) {
        Some(t) => t.to_vec(),
        None => vec![item.clone()],
    };
    let mut items = new_tuple(unpack_items(&raw)?);
    for p in &params {
        if let Some(prepare) = attr(p, "__typing_prepare_subst__")? {
            items = crate::abstract_::call(&prepare, &[o.clone(), items.clone()], None)?;
        }
    }
    let items = as_tuple(&items).map(<[Obj]>::to_vec).ok_or_else(|| type_error("__typing_prepare_subst__ must return a tuple"))?;
    if items.len() != params.len() {
        return Err(type_error(format!(
            "Too {} arguments for {}; actual {}, expected {}",
            if items.len() > params.len() { "many" } else { "few" },
            crate::abstract_::repr_string(o)?,
            items.len(),
            params.len()
        )));
    }
    let mut newargs = vec![];
    for a in as_tuple(args).unwrap_or(&[]) {
        newargs.extend(substitute_one(a, &params, &items)?);
    }
    Ok(newargs)
}

fn alias_getattr(o: &Obj, name: &Obj) -> PyResult {
    let g = this(o)?;
    match crate::types::str::as_str(name) {
        Some("__origin__") => return get_origin(o),
        Some("__args__") => return get_args(o),
        Some("__parameters__") => return get_parameters(o),
        Some("__typing_unpacked_tuple_args__") => return get_unpacked_tuple_args(o),
        Some("__unpacked__") => return get_unpacked(o),
        Some("__class__") => return Ok(GENERIC_ALIAS_TYPE.as_obj()),
        // The alias's own; every other name is the origin's (CPython's rule).
        Some("__bases__" | "__mro_entries__" | "__reduce_ex__" | "__reduce__" | "__copy__" | "__deepcopy__") => {
            if let Some(v) = crate::abstract_::generic_type_attr(o, name)? {
                return Ok(v);
            }
            return Err(crate::abstract_::no_attribute(o, name));
        }
        _ => {}
    }
    crate::abstract_::getattr(&g.origin, name)
}

/// Pickling: `GenericAlias(origin, args)`, or for `*tuple[int]` the next
/// item of the plain alias's iterator.
fn m_reduce(s: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let g = this(s)?;
    if g.unpacked {
        let plain = alloc(GenericAlias { header: crate::object::new_header_tracked(&GENERIC_ALIAS_TYPE), origin: g.origin.clone(), args: g.args.clone(), unpacked: false });
        let next = crate::abstract_::getattr_str(&crate::interp::builtins_module(), "next")?;
        return Ok(new_tuple(vec![next, new_tuple(vec![crate::abstract_::iter(&plain)?])]));
    }
    Ok(new_tuple(vec![s.type_obj().as_obj(), new_tuple(vec![g.origin.clone(), g.args.clone()])]))
}

fn alias_richcompare(a: &Obj, b: &Obj, op: CompareOp) -> PyResult {
    let (Ok(x), Ok(y)) = (this(a), this(b)) else { return Ok(crate::types::not_implemented()) };
    if !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(crate::types::not_implemented());
    }
    let eq = x.origin.is(&y.origin) && x.unpacked == y.unpacked && crate::abstract_::eq(&x.args, &y.args)?;
    Ok(crate::types::bool_obj(eq == (op == CompareOp::Eq)))
}

fn alias_hash(o: &Obj) -> PyResult<i64> {
    let g = this(o)?;
    Ok(crate::abstract_::hash(&g.origin)? ^ crate::abstract_::hash(&g.args)?)
}

fn alias_new(_t: &'static TypeObject, a: &[Obj], k: Option<&Obj>) -> PyResult {
    crate::builtins::no_kwargs("GenericAlias", k)?;
    match a {
        [origin, args] => Ok(new_alias(origin, args)),
        _ => Err(type_error(format!("GenericAlias expected 2 arguments, got {}", a.len()))),
    }
}

fn m_mro_entries(s: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    Ok(new_tuple(vec![this(s)?.origin.clone()]))
}

fn alias_traverse(o: &Obj, visit: &mut dyn FnMut(&Obj)) {
    if let Ok(g) = this(o) {
        visit(&g.origin);
        visit(&g.args);
    }
}

fn get_origin(o: &Obj) -> PyResult {
    Ok(this(o)?.origin.clone())
}
fn get_args(o: &Obj) -> PyResult {
    Ok(this(o)?.args.clone())
}
fn get_parameters(o: &Obj) -> PyResult {
    Ok(new_tuple(parameters(&this(o)?.args)?))
}
fn get_unpacked(o: &Obj) -> PyResult {
    Ok(crate::types::bool_obj(this(o)?.unpacked))
}
fn get_unpacked_tuple_args(o: &Obj) -> PyResult {
    let g = this(o)?;
    let is_tuple = g.origin.is(&crate::types::tuple::TUPLE_TYPE.as_obj());
    Ok(if g.unpacked && is_tuple { g.args.clone() } else { crate::types::none() })
}

/// The attributes, also as descriptors so that subclasses
/// (`collections.abc`'s `_CallableGenericAlias`) find them.
static ALIAS_GETSETS: [crate::types::typeobj::GetSetDef; 5] = [
    crate::types::typeobj::GetSetDef { name: "__origin__", get: get_origin },
    crate::types::typeobj::GetSetDef { name: "__args__", get: get_args },
    crate::types::typeobj::GetSetDef { name: "__parameters__", get: get_parameters },
    crate::types::typeobj::GetSetDef { name: "__unpacked__", get: get_unpacked },
    crate::types::typeobj::GetSetDef { name: "__typing_unpacked_tuple_args__", get: get_unpacked_tuple_args },
];

static ALIAS_METHODS: [crate::types::typeobj::MethodDef; 2] = [
    crate::types::typeobj::MethodDef { name: "__mro_entries__", func: m_mro_entries, doc: "" },
    crate::types::typeobj::MethodDef { name: "__reduce__", func: m_reduce, doc: "" },
];

pub static GENERIC_ALIAS_TYPE: TypeObject = TypeObject {
    module: "types",
    subclass: Some(crate::object::subclass_info::<GenericAlias>(true)),
    number: crate::types::typeobj::NumberSlots { or: Some(union_or), ..crate::types::typeobj::NumberSlots::EMPTY },
    new: Some(alias_new),
    repr: Some(alias_repr),
    call: Some(alias_call),
    getitem: Some(alias_getitem),
    iter: Some(alias_iter),
    getattr: Some(alias_getattr),
    richcompare: Some(alias_richcompare),
    hash: Some(alias_hash),
    traverse: Some(alias_traverse),
    methods: &ALIAS_METHODS,
    getsets: &ALIAS_GETSETS,
    flags: tpflags::BASETYPE,
    ..TypeObject::builtin("GenericAlias", &crate::types::object::OBJECT_TYPE, dealloc_box::<GenericAlias>)
};

/// `__class_getitem__` of builtin generic types (bound to the type as `slf`).
pub fn class_getitem(slf: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let [item] = a else { return Err(type_error("__class_getitem__ takes exactly one argument")) };
    Ok(new_alias(slf, item))
}

/// `types.UnionType`: `int | str` (PEP 604).
#[repr(C)]
pub struct UnionObject {
    pub header: ObjHeader,
    pub args: Obj,
}

fn is_unionable(o: &Obj) -> bool {
    crate::types::typeobj::is_type(&o)
        || crate::types::is_none(o)
        || o.downcast::<GenericAlias>(&GENERIC_ALIAS_TYPE).is_some()
        || o.downcast::<UnionObject>(&UNION_TYPE).is_some()
        || is_type_alias(o)
}

/// An instance of `typing.TypeAliasType` (defined by `_typing`), which CPython
/// also lets into `X | Y`.
fn is_type_alias(o: &Obj) -> bool {
    let t = o.type_obj();
    t.name() == "TypeAliasType"
        && crate::types::dict::get_str(t.dict(), &crate::types::str::istr("__module__"))
            .is_some_and(|m| crate::types::str::as_str(&m) == Some("typing"))
}

fn flatten(o: &Obj, out: &mut Vec<Obj>) -> PyResult<()> {
    if let Some(u) = o.downcast::<UnionObject>(&UNION_TYPE) {
        for a in as_tuple(&u.args).unwrap_or(&[]) {
            flatten(a, out)?;
        }
        return Ok(());
    }
    let item = if crate::types::is_none(o) { crate::types::singletons::NONE_TYPE.as_obj() } else { o.clone() };
    for x in out.iter() {
        if x.is(&item) || crate::abstract_::eq(x, &item)? {
            return Ok(());
        }
    }
    out.push(item);
    Ok(())
}

/// The `|` slot of `type`, `NoneType`, aliases and unions.
pub fn union_or(a: &Obj, b: &Obj) -> PyResult {
    if !is_unionable(a) || !is_unionable(b) {
        return Ok(crate::types::not_implemented());
    }
    let mut items = vec![];
    flatten(a, &mut items)?;
    flatten(b, &mut items)?;
    if items.len() == 1 {
        return Ok(items.pop().expect("one"));
    }
    Ok(alloc(UnionObject { header: crate::object::new_header_tracked(&UNION_TYPE), args: new_tuple(items) }))
}

/// The members of a union, for isinstance/issubclass.
pub fn union_args(o: &Obj) -> Option<Vec<Obj>> {
    o.downcast::<UnionObject>(&UNION_TYPE).map(|u| as_tuple(&u.args).unwrap_or(&[]).to_vec())
}

fn union_repr(o: &Obj) -> PyResult {
    let args = union_args(o).unwrap_or_default();
    let parts = args
        .iter()
        .map(|a| if a.is(&crate::types::singletons::NONE_TYPE.as_obj()) { Ok("None".to_string()) } else { arg_repr(a) })
        .collect::<PyResult<Vec<_>>>()?;
    Ok(new_string(parts.join(" | ")))
}

fn union_getattr(o: &Obj, name: &Obj) -> PyResult {
    let u = o.downcast::<UnionObject>(&UNION_TYPE).ok_or_else(|| type_error("union expected"))?;
    match crate::types::str::as_str(name) {
        Some("__args__") => return Ok(u.args.clone()),
        Some("__parameters__") => return Ok(new_tuple(parameters(&u.args)?)),
        Some("__class__") => return Ok(UNION_TYPE.as_obj()),
        _ => {}
    }
    crate::abstract_::generic_type_attr(o, name)?.ok_or_else(|| crate::abstract_::no_attribute(o, name))
}

/// `(int | list[T])[str]`: the arguments substituted, then joined with `|`
/// again (so repeats collapse: `(list[T] | list[S])[int, int]` is `list[int]`).
fn union_getitem(o: &Obj, item: &Obj) -> PyResult {
    let u = o.downcast::<UnionObject>(&UNION_TYPE).ok_or_else(|| type_error("union expected"))?;
    let newargs = substitute_parameters(o, &u.args, item)?;
    let mut it = newargs.into_iter();
    let Some(mut res) = it.next() else { return Ok(o.clone()) };
    for a in it {
        res = crate::abstract_::binary_op(&res, &a, pyk_abi::opcode::BinaryOp::Or)?;
    }
    Ok(res)
}

/// The members as a frozenset: unions compare and hash as the set of
/// their members (so an unhashable member makes the union unhashable).
fn member_set(o: &Obj) -> PyResult {
    let u = o.downcast::<UnionObject>(&UNION_TYPE).ok_or_else(|| type_error("union expected"))?;
    crate::abstract_::call(&crate::types::set::FROZENSET_TYPE.as_obj(), std::slice::from_ref(&u.args), None)
}

fn union_richcompare(a: &Obj, b: &Obj, op: CompareOp) -> PyResult {
    if union_args(a).is_none() || union_args(b).is_none() || !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(crate::types::not_implemented());
    }
    crate::abstract_::richcompare(&member_set(a)?, &member_set(b)?, op)
}

fn union_hash(o: &Obj) -> PyResult<i64> {
    crate::abstract_::hash(&member_set(o)?)
}

fn union_traverse(o: &Obj, visit: &mut dyn FnMut(&Obj)) {
    if let Some(u) = o.downcast::<UnionObject>(&UNION_TYPE) {
        visit(&u.args);
    }
}

pub static UNION_TYPE: TypeObject = TypeObject {
    module: "types",
    repr: Some(union_repr),
    getattr: Some(union_getattr),
    richcompare: Some(union_richcompare),
    hash: Some(union_hash),
    getitem: Some(union_getitem),
    traverse: Some(union_traverse),
    number: crate::types::typeobj::NumberSlots { or: Some(union_or), ..crate::types::typeobj::NumberSlots::EMPTY },
    ..TypeObject::builtin("UnionType", &crate::types::object::OBJECT_TYPE, dealloc_box::<UnionObject>)
};
