//! Module objects: a namespace dict with a name.

use pyk_abi::value::ObjHeader;

use crate::error::{attribute_error, type_error, PyResult};
use crate::object::{alloc, dealloc_box, Obj};
use crate::types::dict::{as_dict, get_str, new_dict, set_item_str};
use crate::types::str::{as_str, new_str, new_string};
use crate::types::typeobj::TypeObject;

#[repr(C)]
pub struct ModuleObject {
    pub header: ObjHeader,
    pub dict: Obj,
    /// Whether this allocation is a bare `ModuleObject` (made by the module
    /// type itself) rather than the `WithDict<ModuleObject>` of a subclass
    /// instance: `__class__` assignment moves modules between ModuleType
    /// and its subclasses, so the type alone does not tell the layout.
    pub bare: bool,
}

/// Moves a new module into a subclass instance (`WithDict<ModuleObject>`).
fn module_rewrap(o: Obj, t: &'static TypeObject) -> crate::error::PyResult {
    let w = crate::object::rewrap::<ModuleObject>(o, t)?;
    // SAFETY: `w` is the new WithDict<ModuleObject> nobody else holds yet;
    // its first field is the ModuleObject.
    unsafe { (*(w.value().as_ptr() as *mut ModuleObject)).bare = false };
    Ok(w)
}

/// Frees a module of ModuleType or of any subclass by the layout it was
/// allocated with (its `bare` flag), whatever its type is now.
///
/// # Safety
/// `p` is a module object with no references left.
unsafe fn module_dealloc(p: *mut ObjHeader) {
    // SAFETY: every module allocation starts with a ModuleObject.
    if unsafe { (*(p as *const ModuleObject)).bare } {
        // SAFETY: a bare module is a Box<ModuleObject>.
        unsafe { dealloc_box::<ModuleObject>(p) }
    } else {
        // SAFETY: otherwise it was made by module_rewrap.
        unsafe { dealloc_box::<crate::object::WithDict<ModuleObject>>(p) }
    }
}

pub fn new_module(name: &str, doc: Option<&str>) -> Obj {
    let d = new_dict();
    set_item_str(&d, "__name__", new_str(name));
    set_item_str(&d, "__doc__", doc.map(new_str).unwrap_or_else(crate::types::none));
    set_item_str(&d, "__package__", crate::types::none());
    set_item_str(&d, "__loader__", crate::types::none());
    set_item_str(&d, "__spec__", crate::types::none());
    alloc(ModuleObject { header: crate::object::new_header_tracked(&MODULE_TYPE), dict: d, bare: true })
}

pub fn as_module(o: &Obj) -> Option<&ModuleObject> {
    o.downcast::<ModuleObject>(&MODULE_TYPE)
}

pub fn module_name(o: &Obj) -> String {
    as_module(o)
        .and_then(|m| get_str(&m.dict, &crate::types::str::intern("__name__")))
        .and_then(|n| as_str(&n).map(str::to_owned))
        .unwrap_or_else(|| "?".into())
}

fn module_getattr(o: &Obj, name: &Obj) -> PyResult {
    let m = as_module(o).ok_or_else(|| type_error("module expected"))?;
    if let Some(v) = as_dict(&m.dict).map(|d| d.get(name)).transpose()?.flatten() {
        return Ok(v);
    }
    let n = as_str(name).unwrap_or("?");
    if n == "__dict__" {
        return Ok(m.dict.clone());
    }
    if n == "__annotations__" {
        // As CPython's module type: created empty on first access and kept.
        let d = crate::types::dict::new_dict();
        if let Some(md) = as_dict(&m.dict) {
            md.set(name.clone(), d.clone())?;
        }
        return Ok(d);
    }
    if let Some(v) = crate::abstract_::generic_type_attr(o, name)? {
        return Ok(v);
    }
    // PEP 562: a module-level __getattr__ answers for missing names.
    if let Some(ga) = as_dict(&m.dict).map(|d| d.get(&crate::types::str::istr("__getattr__"))).transpose()?.flatten() {
        return crate::abstract_::call(&ga, std::slice::from_ref(name), None);
    }
    let e = attribute_error(missing_attribute_message(m, n)?);
    crate::abstract_::set_attribute_error_info(&e, o, name);
    Err(e)
}

/// CPython 3.13's message for a missing module attribute: a hint when the
/// module's file may shadow a standard-library module (or, while it runs,
/// a third-party one), "partially initialized" while it runs, "cannot
/// access submodule" while that submodule is being imported.
fn missing_attribute_message(m: &ModuleObject, n: &str) -> PyResult<String> {
    use crate::abstract_::{is_true, lookup_attr};
    let istr = crate::types::str::istr;
    let Some(mod_name) = get_str(&m.dict, &istr("__name__")).filter(|v| as_str(v).is_some()) else {
        return Ok(format!("module has no attribute '{n}'"));
    };
    let mname = as_str(&mod_name).unwrap_or("?").to_string();
    let spec = get_str(&m.dict, &istr("__spec__")).unwrap_or_else(crate::types::none);
    // The file the spec locates, when it has a str origin.
    let origin = match lookup_attr(&spec, &istr("has_location"))? {
        Some(h) if is_true(&h)? => lookup_attr(&spec, &istr("origin"))?.and_then(|o| as_str(&o).map(str::to_owned)),
        _ => None,
    };
    let shadowing = origin.as_deref().is_some_and(is_possibly_shadowing);
    let mut shadowing_stdlib = false;
    if shadowing {
        let sys = crate::interp::sys_module();
        let names = as_module(&sys).and_then(|s| get_str(&s.dict, &istr("stdlib_module_names")));
        if let Some(names) = names.filter(|v| v.type_obj().is_subtype(&crate::types::set::SET_TYPE) || v.type_obj().is_subtype(&crate::types::set::FROZENSET_TYPE)) {
            shadowing_stdlib = crate::abstract_::contains(&names, &mod_name)?;
        }
    }
    let origin_s = origin.clone().unwrap_or_default();
    if shadowing_stdlib {
        return Ok(format!(
            "module '{mname}' has no attribute '{n}' (consider renaming '{origin_s}' since it has the same name as the standard library module named '{mname}' and the import system gives it precedence)"
        ));
    }
    let initializing = matches!(lookup_attr(&spec, &istr("_initializing")), Ok(Some(v)) if is_true(&v).unwrap_or(false));
    if initializing {
        return Ok(if shadowing {
            format!("module '{mname}' has no attribute '{n}' (consider renaming '{origin_s}' if it has the same name as a third-party module you intended to import)")
        } else if origin.is_some() {
            format!("partially initialized module '{mname}' from '{origin_s}' has no attribute '{n}' (most likely due to a circular import)")
        } else {
            format!("partially initialized module '{mname}' has no attribute '{n}' (most likely due to a circular import)")
        });
    }
    let pending = match lookup_attr(&spec, &istr("_uninitialized_submodules")) {
        Ok(Some(subs)) => crate::abstract_::contains(&subs, &new_str(n)).unwrap_or(false),
        _ => false,
    };
    Ok(if pending {
        format!("cannot access submodule '{n}' of module '{mname}' (most likely due to a circular import)")
    } else {
        format!("module '{mname}' has no attribute '{n}'")
    })
}

/// Whether a module file at `origin` may shadow another module: its
/// directory (a package's parent directory) is the first entry start-up
/// put on `sys.path` (the current directory for an empty one). Never under
/// `-P`.
fn is_possibly_shadowing(origin: &str) -> bool {
    let config = crate::interp::config();
    if config.flags.safe_path {
        return false;
    }
    let Some((mut root, file)) = origin.rsplit_once('/') else { return false };
    if file == "__init__.py" {
        let Some((up, _)) = root.rsplit_once('/') else { return false };
        root = up;
    }
    let Some(path0) = &config.path0 else { return false };
    if path0.is_empty() {
        return std::env::current_dir().is_ok_and(|d| d.to_string_lossy() == root);
    }
    path0 == root
}

fn module_setattr(o: &Obj, name: &Obj, v: Option<&Obj>) -> PyResult<()> {
    if as_str(name) == Some("__class__") {
        return crate::types::class::set_class(o, v);
    }
    let m = as_module(o).ok_or_else(|| type_error("module expected"))?;
    let d = as_dict(&m.dict).ok_or_else(|| type_error("module dict"))?;
    match v {
        Some(v) => d.set(name.clone(), v.clone()),
        None => match d.del(name)? {
            Some(_) => Ok(()),
            None => Err(attribute_error(format!(
                "module '{}' has no attribute '{}'",
                module_name(o),
                as_str(name).unwrap_or("?")
            ))),
        },
    }
}

/// CPython's module repr: from `__spec__` when there is one, else from
/// `__file__`/`__loader__`.
fn module_repr(o: &Obj) -> PyResult {
    let m = as_module(o).ok_or_else(|| type_error("module expected"))?;
    let get = |n: &'static str| get_str(&m.dict, &crate::types::str::istr(n)).filter(|v| !crate::types::is_none(v));
    let qname = |v: Option<Obj>| -> PyResult<String> {
        match v {
            Some(n) => crate::abstract_::repr_string(&n),
            None => Ok("'?'".to_string()),
        }
    };
    if let Some(spec) = get("__spec__") {
        let attr = |n: &str| crate::abstract_::getattr_str(&spec, n).ok().filter(|v| !crate::types::is_none(v));
        let name = qname(attr("name"))?;
        return Ok(new_string(match attr("origin") {
            None => match attr("loader") {
                None => format!("<module {name}>"),
                Some(l) => match attr("submodule_search_locations").filter(|_| l.type_obj().name() == "NamespaceLoader") {
                    Some(locs) => format!("<module {name} (namespace) from {}>", crate::abstract_::repr_string(&crate::types::list::new_list(crate::abstract_::collect(&locs)?))?),
                    None => format!("<module {name} ({})>", crate::abstract_::repr_string(&l)?),
                },
            },
            Some(origin) => {
                let located = attr("has_location").map(|h| crate::abstract_::is_true(&h)).transpose()?.unwrap_or(false);
                if located {
                    format!("<module {name} from {}>", crate::abstract_::repr_string(&origin)?)
                } else {
                    format!("<module {name} ({})>", crate::abstract_::str_string(&origin)?)
                }
            }
        }));
    }
    let name = qname(get("__name__"))?;
    if let Some(f) = get("__file__") {
        return Ok(new_string(format!("<module {name} from {}>", crate::abstract_::repr_string(&f)?)));
    }
    if let Some(l) = get("__loader__") {
        return Ok(new_string(format!("<module {name} ({})>", crate::abstract_::repr_string(&l)?)));
    }
    let builtin = get("__name__").and_then(|n| as_str(&n).map(crate::interp::is_builtin_module_name)).unwrap_or(false);
    Ok(new_string(if builtin { format!("<module {name} (built-in)>") } else { format!("<module {name}>") }))
}

fn module_traverse(o: &Obj, visit: &mut dyn FnMut(&Obj)) {
    if let Some(m) = as_module(o) {
        visit(&m.dict);
    }
}

/// `types.ModuleType(name, doc=None)`.
fn module_new(_t: &'static TypeObject, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let d = new_dict();
    init_dict(&d, a, k)?;
    Ok(crate::object::alloc(ModuleObject { header: crate::object::new_header_tracked(&MODULE_TYPE), dict: d, bare: true }))
}

/// `ModuleType.__new__(ModuleType)`: a module with an empty dict, as
/// CPython's before `__init__` runs (its repr names it '?').
pub fn new_uninitialized() -> Obj {
    crate::object::alloc(ModuleObject { header: crate::object::new_header_tracked(&MODULE_TYPE), dict: new_dict(), bare: true })
}

/// `module.__init__(self, name, doc=None)`: (re)sets the name, the doc and
/// the import attributes.
fn m_module_init(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let m = as_module(s).ok_or_else(|| type_error("descriptor '__init__' requires a 'module' object"))?;
    init_dict(&m.dict, a, k)?;
    Ok(crate::types::none())
}

static MODULE_METHODS: [crate::types::typeobj::MethodDef; 1] = [crate::types::typeobj::MethodDef { name: "__init__", func: m_module_init, doc: "" }];

fn init_dict(d: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult<()> {
    let (pos, kws) = crate::builtins::split_kwargs(a, k);
    let mut name = pos.first().cloned();
    let mut doc = pos.get(1).cloned();
    if pos.len() > 2 {
        return Err(type_error(format!("module() takes at most 2 arguments ({} given)", pos.len())));
    }
    for (n, v) in kws {
        match n {
            "name" => name = Some(v.clone()),
            "doc" => doc = Some(v.clone()),
            other => return Err(type_error(format!("module() got an unexpected keyword argument '{other}'"))),
        }
    }
    let Some(name) = name else { return Err(type_error("module() missing required argument 'name' (pos 1)")) };
    if as_str(&name).is_none() {
        return Err(type_error(format!("module() argument 'name' must be str, not {}", name.type_obj().name())));
    }
    let dd = as_dict(d).ok_or_else(|| type_error("module dict is not a dict"))?;
    dd.set(crate::types::str::intern("__name__"), name)?;
    dd.set(crate::types::str::intern("__doc__"), doc.unwrap_or_else(crate::types::none))?;
    for n in ["__package__", "__loader__", "__spec__"] {
        set_item_str(d, n, crate::types::none());
    }
    Ok(())
}

pub static MODULE_TYPE: TypeObject = TypeObject {
    new: Some(module_new),
    methods: &MODULE_METHODS,
    flags: crate::types::typeobj::tpflags::BASETYPE,
    subclass: Some(crate::types::typeobj::SubclassInfo {
        rewrap: module_rewrap,
        dealloc: module_dealloc,
        ..crate::object::subclass_info::<ModuleObject>(true)
    }),
    traverse: Some(module_traverse),
    repr: Some(module_repr),
    getattr: Some(module_getattr),
    setattr: Some(module_setattr),
    ..TypeObject::builtin("module", &crate::types::object::OBJECT_TYPE, module_dealloc)
};
