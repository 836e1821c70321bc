//! `FrameLocalsProxy` (PEP 667): `frame.f_locals` of a function frame, a
//! mapping that reads and writes the frame's variables. Names that are not
//! variables of the frame ("extra" locals, as a debugger adds them) live
//! in a per-thread table keyed by the frame's activation, shared by every
//! proxy of that frame and dropped once the frame is gone. A finished frame
//! (reached through a traceback) shows the variables it had when the
//! exception left it; writes to it keep to the extras.

use std::cell::RefCell;
use std::collections::HashMap;

use pyk_abi::code::fast;
use pyk_abi::opcode::CompareOp;
use pyk_abi::value::ObjHeader;

use crate::error::{type_error, PyErr, PyResult};
use crate::object::{alloc, dealloc_box, new_header, Obj};
use crate::types::code::{as_code, CodeObject};
use crate::types::frame::{find_live, FrameObject, FRAME_TYPE};
use crate::types::typeobj::{MethodDef, TypeObject};

#[repr(C)]
pub struct FrameLocalsProxy {
    pub header: ObjHeader,
    frame: Obj,
}

thread_local! {
    static EXTRAS: RefCell<HashMap<u64, Obj>> = RefCell::new(HashMap::new());
}

pub fn new_proxy(frame: Obj) -> Obj {
    alloc(FrameLocalsProxy { header: new_header(&FRAME_LOCALS_PROXY_TYPE), frame })
}

fn this(o: &Obj) -> PyResult<&FrameObject> {
    let p = o.downcast::<FrameLocalsProxy>(&FRAME_LOCALS_PROXY_TYPE).ok_or_else(|| type_error("FrameLocalsProxy expected"))?;
    p.frame.downcast::<FrameObject>(&FRAME_TYPE).ok_or_else(|| type_error("frame expected"))
}

fn code(f: &FrameObject) -> PyResult<&CodeObject> {
    as_code(&f.code).ok_or_else(|| type_error("frame without code"))
}

/// The frame's variable slots now (live frame) or as kept (finished frame).
fn slots(f: &FrameObject) -> Vec<Option<Obj>> {
    if let Some(s) = find_live(f.this, crate::eval::fast_slots) {
        return s;
    }
    f.fast.as_ref().map(|s| s.to_vec()).unwrap_or_default()
}

/// The extra-locals dict of a frame activation, if any.
fn extras(f: &FrameObject) -> Option<Obj> {
    EXTRAS.with(|m| m.borrow().get(&f.this.1).cloned())
}

fn extras_or_new(f: &FrameObject) -> Obj {
    if let Some(d) = extras(f) {
        return d;
    }
    let d = crate::types::dict::new_dict();
    // Entries of frames that have finished are dropped here, so the table
    // stays as small as the live frames that have extras.
    let stale: Vec<(u64, Obj)> = EXTRAS.with(|m| {
        let mut m = m.borrow_mut();
        let dead: Vec<u64> = m.keys().copied().filter(|s| !is_live_serial(*s)).collect();
        dead.into_iter().filter_map(|s| m.remove(&s).map(|d| (s, d))).collect()
    });
    drop(stale);
    EXTRAS.with(|m| m.borrow_mut().insert(f.this.1, d.clone()));
    d
}

fn is_live_serial(serial: u64) -> bool {
    crate::eval::with_current_frame(|cur| {
        let mut p = cur.map(|c| c as *const crate::eval::Frame).unwrap_or(std::ptr::null());
        while !p.is_null() {
            // SAFETY: the chain from the current frame links live frames.
            let fr = unsafe { &*p };
            if fr.serial == serial {
                return true;
            }
            p = fr.back;
        }
        false
    })
}

/// The slot index of variable `name`, if the frame has one.
fn slot_of(c: &CodeObject, name: &Obj) -> Option<usize> {
    let n = crate::types::str::as_str(name)?;
    c.localsplusnames.iter().position(|x| crate::types::str::as_str(x) == Some(n))
}

/// A slot's value as a variable: a cell's contents for cell and free slots.
fn slot_value(c: &CodeObject, i: usize, v: &Obj) -> Option<Obj> {
    if c.localspluskinds[i] & (fast::CELL | fast::FREE) != 0 {
        crate::types::function::as_cell(v).and_then(|cell| cell.contents.get())
    } else {
        Some(v.clone())
    }
}

fn lookup(f: &FrameObject, key: &Obj) -> PyResult<Option<Obj>> {
    let c = code(f)?;
    if let Some(i) = slot_of(c, key) {
        let s = slots(f);
        if let Some(v) = s.get(i).cloned().flatten().and_then(|v| slot_value(c, i, &v)) {
            return Ok(Some(v));
        }
    }
    match extras(f) {
        Some(d) => crate::types::dict::as_dict(&d).map_or(Ok(None), |d| d.get(key)),
        None => Ok(None),
    }
}

/// A dict of everything the proxy shows (variables, then extras).
pub fn snapshot(f: &FrameObject) -> PyResult<Obj> {
    let d = crate::eval::locals_dict(code(f)?, &slots(f));
    add_extras(f.this.1, &d)?;
    Ok(d)
}

/// `locals()` of a running function frame: the snapshot with its extras.
pub fn add_extras(serial: u64, d: &Obj) -> PyResult<()> {
    let Some(e) = EXTRAS.with(|m| m.borrow().get(&serial).cloned()) else { return Ok(()) };
    if let Some(dd) = crate::types::dict::as_dict(d) {
        for (k, v) in crate::types::dict::as_dict(&e).map(|e| e.items()).unwrap_or_default() {
            dd.set(k, v)?;
        }
    }
    Ok(())
}

fn key_error(key: &Obj) -> PyErr {
    let r = crate::abstract_::repr_string(key).unwrap_or_default();
    PyErr(crate::types::exceptions::new_exception(&crate::types::exceptions::KEY_ERROR, vec![crate::types::str::new_string(format!("local variable '{r}' is not defined"))]))
}

fn p_getitem(o: &Obj, key: &Obj) -> PyResult {
    lookup(this(o)?, key)?.ok_or_else(|| key_error(key))
}

fn p_setitem(o: &Obj, key: &Obj, v: Option<&Obj>) -> PyResult<()> {
    let f = this(o)?;
    let Some(v) = v else { return Err(type_error("cannot remove variables from FrameLocalsProxy")) };
    let c = code(f)?;
    if let Some(i) = slot_of(c, key) {
        let kind = c.localspluskinds[i];
        let done = find_live(f.this, |fr| {
            // SAFETY: `i` < nlocalsplus and the frame is live: its slot
            // holds an owned value or NULL, which we replace.
            unsafe {
                let p = fr.base.add(i);
                if kind & (fast::CELL | fast::FREE) != 0 {
                    let cur = Obj::from_borrowed(*p);
                    if let Some(cell) = crate::types::function::as_cell(&cur) {
                        drop(cell.contents.set(Some(v.clone())));
                        return true;
                    }
                }
                let old = std::mem::replace(&mut *p, v.clone().into_raw());
                crate::object::decref(old);
                true
            }
        });
        if done == Some(true) {
            return Ok(());
        }
    }
    let d = extras_or_new(f);
    crate::types::dict::as_dict(&d).map_or(Ok(()), |d| d.set(key.clone(), v.clone()))
}

fn p_contains(o: &Obj, key: &Obj) -> PyResult<bool> {
    Ok(lookup(this(o)?, key)?.is_some())
}

fn p_len(o: &Obj) -> PyResult<usize> {
    Ok(crate::types::dict::as_dict(&snapshot(this(o)?)?).map_or(0, |d| d.len()))
}

fn p_iter(o: &Obj) -> PyResult {
    let keys = crate::types::list::new_list(crate::types::dict::as_dict(&snapshot(this(o)?)?).map(|d| d.keys()).unwrap_or_default());
    crate::abstract_::iter(&keys)
}

fn p_repr(o: &Obj) -> PyResult {
    crate::abstract_::repr(&snapshot(this(o)?)?)
}

fn p_richcompare(a: &Obj, b: &Obj, op: CompareOp) -> PyResult {
    if !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(crate::types::not_implemented());
    }
    let mine = snapshot(this(a)?)?;
    let other = match b.downcast::<FrameLocalsProxy>(&FRAME_LOCALS_PROXY_TYPE) {
        Some(_) => snapshot(this(b)?)?,
        None if crate::types::dict::as_dict(b).is_some() => b.clone(),
        None => return Ok(crate::types::not_implemented()),
    };
    crate::abstract_::richcompare(&mine, &other, op)
}

fn m_keys(s: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    Ok(crate::types::list::new_list(crate::types::dict::as_dict(&snapshot(this(s)?)?).map(|d| d.keys()).unwrap_or_default()))
}
fn m_values(s: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    Ok(crate::types::list::new_list(crate::types::dict::as_dict(&snapshot(this(s)?)?).map(|d| d.items().into_iter().map(|(_, v)| v).collect()).unwrap_or_default()))
}
fn m_items(s: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let items = crate::types::dict::as_dict(&snapshot(this(s)?)?).map(|d| d.items()).unwrap_or_default();
    Ok(crate::types::list::new_list(items.into_iter().map(|(k, v)| crate::types::tuple::new_tuple(vec![k, v])).collect()))
}
fn m_get(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let (key, dflt) = match a {
        [k] => (k, crate::types::none()),
        [k, d] => (k, d.clone()),
        _ => return Err(type_error(format!("get expected 1 or 2 arguments, got {}", a.len()))),
    };
    Ok(lookup(this(s)?, key)?.unwrap_or(dflt))
}
fn m_setdefault(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let (key, dflt) = match a {
        [k] => (k, crate::types::none()),
        [k, d] => (k, d.clone()),
        _ => return Err(type_error(format!("setdefault expected 1 or 2 arguments, got {}", a.len()))),
    };
    if let Some(v) = lookup(this(s)?, key)? {
        return Ok(v);
    }
    p_setitem(s, key, Some(&dflt))?;
    Ok(dflt)
}
fn m_copy(s: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    snapshot(this(s)?)
}
fn m_update(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let tmp = crate::types::dict::new_dict();
    let update = crate::abstract_::getattr_str(&tmp, "update")?;
    crate::abstract_::call(&update, a, k)?;
    for (key, v) in crate::types::dict::as_dict(&tmp).map(|d| d.items()).unwrap_or_default() {
        p_setitem(s, &key, Some(&v))?;
    }
    Ok(crate::types::none())
}
fn m_or(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let [other] = a else { return Err(type_error("expected 1 argument")) };
    if crate::types::dict::as_dict(other).is_none() && other.downcast::<FrameLocalsProxy>(&FRAME_LOCALS_PROXY_TYPE).is_none() {
        return Ok(crate::types::not_implemented());
    }
    let d = snapshot(this(s)?)?;
    let update = crate::abstract_::getattr_str(&d, "update")?;
    crate::abstract_::call(&update, &[other.clone()], None)?;
    Ok(d)
}
fn m_ror(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let [other] = a else { return Err(type_error("expected 1 argument")) };
    if crate::types::dict::as_dict(other).is_none() {
        return Ok(crate::types::not_implemented());
    }
    let d = crate::abstract_::call(&crate::types::dict::DICT_TYPE.as_obj(), &[other.clone()], None)?;
    let update = crate::abstract_::getattr_str(&d, "update")?;
    crate::abstract_::call(&update, &[snapshot(this(s)?)?], None)?;
    Ok(d)
}
fn m_ior(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    m_update(s, a, k)?;
    Ok(s.clone())
}
fn m_reversed(s: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let mut keys = crate::types::dict::as_dict(&snapshot(this(s)?)?).map(|d| d.keys()).unwrap_or_default();
    keys.reverse();
    crate::abstract_::iter(&crate::types::list::new_list(keys))
}

static METHODS: [MethodDef; 12] = [
    MethodDef { name: "keys", func: m_keys, doc: "" },
    MethodDef { name: "values", func: m_values, doc: "" },
    MethodDef { name: "items", func: m_items, doc: "" },
    MethodDef { name: "get", func: m_get, doc: "" },
    MethodDef { name: "setdefault", func: m_setdefault, doc: "" },
    MethodDef { name: "copy", func: m_copy, doc: "" },
    MethodDef { name: "update", func: m_update, doc: "" },
    MethodDef { name: "__or__", func: m_or, doc: "" },
    MethodDef { name: "__ror__", func: m_ror, doc: "" },
    MethodDef { name: "__ior__", func: m_ior, doc: "" },
    MethodDef { name: "__reversed__", func: m_reversed, doc: "" },
    MethodDef { name: "__class_getitem__", func: m_class_getitem, doc: "" },
];

fn m_class_getitem(_s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let [item] = a else { return Err(type_error("expected 1 argument")) };
    Ok(crate::types::genericalias::new_alias(&FRAME_LOCALS_PROXY_TYPE.as_obj(), item))
}

/// The `|` slot: `proxy | mapping` or `dict | proxy`, as dicts.
fn or_slot(a: &Obj, b: &Obj) -> PyResult {
    if a.downcast::<FrameLocalsProxy>(&FRAME_LOCALS_PROXY_TYPE).is_some() {
        return m_or(a, std::slice::from_ref(b), None);
    }
    m_ror(b, std::slice::from_ref(a), None)
}

fn proxy_traverse(o: &Obj, visit: &mut dyn FnMut(&Obj)) {
    if let Some(p) = o.downcast::<FrameLocalsProxy>(&FRAME_LOCALS_PROXY_TYPE) {
        visit(&p.frame);
    }
}

pub static FRAME_LOCALS_PROXY_TYPE: TypeObject = TypeObject {
    repr: Some(p_repr),
    getitem: Some(p_getitem),
    setitem: Some(p_setitem),
    contains: Some(p_contains),
    len: Some(p_len),
    iter: Some(p_iter),
    richcompare: Some(p_richcompare),
    methods: &METHODS,
    number: crate::types::typeobj::NumberSlots { or: Some(or_slot), ..crate::types::typeobj::NumberSlots::EMPTY },
    traverse: Some(proxy_traverse),
    hash: None,
    ..TypeObject::builtin("FrameLocalsProxy", &crate::types::object::OBJECT_TYPE, dealloc_box::<FrameLocalsProxy>)
};
