//! Frame objects: what Python code sees of a frame (`sys._getframe()`,
//! `traceback.tb_frame`). A frame object is a snapshot taken when it is
//! asked for (code, globals, line); `f_back` finds the caller again while it
//! is still running, and `f_locals` reads a running frame's locals
//! (PEP 667 snapshot), the mapping of a module or class frame, or — for a
//! finished function frame reached through a traceback — the locals it had
//! when the exception left it.

use pyk_abi::value::ObjHeader;

use crate::error::{attribute_error, type_error, PyResult};
use crate::eval::Frame;
use crate::object::{alloc, dealloc_box, Obj};
use crate::types::typeobj::{GetSetDef, TypeObject};

#[repr(C)]
pub struct FrameObject {
    pub header: ObjHeader,
    pub code: Obj,
    pub globals: Obj,
    pub builtins: Obj,
    /// Module/class frames: their locals mapping.
    pub locals: Option<Obj>,
    /// A finished function frame's fast locals, kept by its traceback.
    pub fast: Option<crate::traceback::FastSlots>,
    pub lasti: usize,
    /// The frame this snapshot was taken from, and the caller.
    pub this: (usize, u64),
    pub back: (usize, u64),
    /// The caller's frame object, made with this one when the snapshot was
    /// taken for another thread (`sys._current_frames()`), whose frames
    /// `find_live` cannot reach.
    pub back_obj: Option<Obj>,
}

/// The live frame `(ptr, serial)`, if it is still on this thread's stack.
pub fn find_live<R>(key: (usize, u64), f: impl FnOnce(&Frame) -> R) -> Option<R> {
    crate::eval::with_current_frame(|cur| {
        let mut p: *const Frame = cur.map(|c| c as *const Frame).unwrap_or(std::ptr::null());
        while !p.is_null() {
            // SAFETY: the chain from the current frame through `back` links
            // only live frames (each outlives the frames it called).
            let fr = unsafe { &*p };
            if p as usize == key.0 && fr.serial == key.1 {
                return Some(f(fr));
            }
            p = fr.back;
        }
        None
    })
}

pub fn snapshot(f: &Frame) -> Obj {
    snapshot_with_back(f, None)
}

/// A snapshot whose `f_back` is `back_obj` when given.
pub fn snapshot_with_back(f: &Frame, back_obj: Option<Obj>) -> Obj {
    // SAFETY: `back`, when set, points to a live frame (see find_live).
    let back = if f.back.is_null() { (0, 0) } else { (f.back as usize, unsafe { (*f.back).serial }) };
    alloc(FrameObject {
        header: crate::object::new_header_tracked(&FRAME_TYPE),
        code: f.code.clone(),
        globals: f.globals.clone(),
        builtins: f.builtins.clone(),
        locals: f.locals.clone(),
        fast: None,
        lasti: f.lasti,
        this: (f as *const Frame as usize, f.serial),
        back,
        back_obj,
    })
}

/// A frame object for a traceback entry.
pub fn from_parts(code: Obj, globals: Obj, locals: Option<Obj>, fast: Option<crate::traceback::FastSlots>, lasti: usize, this: (usize, u64), back: (usize, u64)) -> Obj {
    let builtins = crate::interp::builtins_dict();
    alloc(FrameObject { header: crate::object::new_header_tracked(&FRAME_TYPE), code, globals, builtins, locals, fast, lasti, this, back, back_obj: None })
}

fn this(o: &Obj) -> PyResult<&FrameObject> {
    o.downcast::<FrameObject>(&FRAME_TYPE).ok_or_else(|| type_error("frame expected"))
}

fn f_code(o: &Obj) -> PyResult {
    Ok(this(o)?.code.clone())
}
fn f_globals(o: &Obj) -> PyResult {
    Ok(this(o)?.globals.clone())
}
fn f_builtins(o: &Obj) -> PyResult {
    Ok(this(o)?.builtins.clone())
}
fn f_lineno(o: &Obj) -> PyResult {
    let f = this(o)?;
    let live = find_live(f.this, |fr| fr.lasti);
    let lasti = live.unwrap_or(f.lasti);
    let line = crate::types::code::as_code(&f.code).map(|c| c.location(lasti).lineno).unwrap_or(0);
    Ok(crate::types::int::from_i64(line as i64))
}
fn f_lasti(o: &Obj) -> PyResult {
    Ok(crate::types::int::from_i64(this(o)?.lasti as i64 * 2))
}
/// `f_locals`: a module or class frame's mapping; for a function frame the
/// PEP 667 write-through proxy (framelocals.rs), live or — reached through
/// a traceback — over the variables it had when the exception left it.
fn f_locals(o: &Obj) -> PyResult {
    let f = this(o)?;
    if let Some(l) = &f.locals {
        return Ok(l.clone());
    }
    if find_live(f.this, |_| ()).is_some() || f.fast.is_some() {
        return Ok(crate::types::framelocals::new_proxy(o.clone()));
    }
    Err(attribute_error("f_locals of a finished function frame is not kept by pyk"))
}
fn f_back(o: &Obj) -> PyResult {
    let f = this(o)?;
    if let Some(b) = &f.back_obj {
        return Ok(b.clone());
    }
    if f.back.0 == 0 {
        return Ok(crate::types::none());
    }
    Ok(find_live(f.back, snapshot).unwrap_or_else(crate::types::none))
}
fn f_trace(o: &Obj) -> PyResult {
    let f = this(o)?;
    Ok(find_live(f.this, crate::trace::frame_trace).flatten().unwrap_or_else(crate::types::none))
}
fn f_trace_lines(o: &Obj) -> PyResult {
    let f = this(o)?;
    Ok(crate::types::bool_obj(find_live(f.this, crate::trace::frame_trace_lines).unwrap_or(true)))
}

/// `frame.f_trace = fn` and `frame.f_trace_lines = bool` reach the live
/// frame (a finished frame has nothing left to trace).
fn frame_setattr(o: &Obj, name: &Obj, v: Option<&Obj>) -> PyResult<()> {
    let f = this(o)?;
    match crate::types::str::as_str(name).unwrap_or("") {
        "f_trace" => {
            let new = v.filter(|v| !crate::types::is_none(v)).cloned();
            let _ = find_live(f.this, |fr| crate::trace::set_frame_trace(fr, new));
            Ok(())
        }
        "f_trace_lines" => {
            let Some(v) = v else { return Err(attribute_error("cannot delete f_trace_lines")) };
            if !std::ptr::eq(v.type_obj(), &crate::types::singletons::BOOL_TYPE) {
                return Err(type_error("attribute value type must be bool"));
            }
            let on = crate::abstract_::is_true(v)?;
            let _ = find_live(f.this, |fr| crate::trace::set_frame_trace_lines(fr, on));
            Ok(())
        }
        n => Err(attribute_error(format!("'frame' object attribute '{n}' is read-only"))),
    }
}

fn frame_repr(o: &Obj) -> PyResult {
    let f = this(o)?;
    let c = crate::types::code::as_code(&f.code).ok_or_else(|| type_error("frame without code"))?;
    let line = c.location(f.lasti).lineno;
    Ok(crate::types::str::new_string(format!(
        "<frame at {:#x}, file '{}', line {}, code {}>",
        o.value().0,
        c.filename_str(),
        line,
        c.name_str()
    )))
}

fn frame_traverse(o: &Obj, visit: &mut dyn FnMut(&Obj)) {
    if let Ok(f) = this(o) {
        visit(&f.code);
        visit(&f.globals);
        visit(&f.builtins);
        if let Some(l) = &f.locals {
            visit(l);
        }
        if let Some(b) = &f.back_obj {
            visit(b);
        }
    }
}

static FRAME_GETSETS: [GetSetDef; 9] = [
    GetSetDef { name: "f_code", get: f_code },
    GetSetDef { name: "f_globals", get: f_globals },
    GetSetDef { name: "f_builtins", get: f_builtins },
    GetSetDef { name: "f_lineno", get: f_lineno },
    GetSetDef { name: "f_lasti", get: f_lasti },
    GetSetDef { name: "f_locals", get: f_locals },
    GetSetDef { name: "f_back", get: f_back },
    GetSetDef { name: "f_trace", get: f_trace },
    GetSetDef { name: "f_trace_lines", get: f_trace_lines },
];

/// `frame.clear()`: an executing frame cannot be cleared; a finished one's
/// locals were released when it returned, so nothing remains to drop.
fn m_clear(s: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let f = s.downcast::<FrameObject>(&FRAME_TYPE).ok_or_else(|| crate::error::type_error("frame expected"))?;
    if find_live(f.this, |_| ()).is_some() {
        return Err(crate::error::runtime_error("cannot clear an executing frame"));
    }
    Ok(crate::types::none())
}

static FRAME_METHODS: [crate::types::typeobj::MethodDef; 1] = [crate::types::typeobj::MethodDef { name: "clear", func: m_clear, doc: "Clear all references held by the frame." }];

pub static FRAME_TYPE: TypeObject = TypeObject {
    methods: &FRAME_METHODS,
    setattr: Some(frame_setattr),
    repr: Some(frame_repr),
    getsets: &FRAME_GETSETS,
    traverse: Some(frame_traverse),
    ..TypeObject::builtin("frame", &crate::types::object::OBJECT_TYPE, dealloc_box::<FrameObject>)
};

/// `sys._getframe(depth)`.
pub fn getframe(depth: usize) -> PyResult {
    let r = crate::eval::with_current_frame(|cur| {
        let mut p: *const Frame = cur.map(|c| c as *const Frame).unwrap_or(std::ptr::null());
        for _ in 0..depth {
            if p.is_null() {
                break;
            }
            // SAFETY: live frame chain (see find_live).
            p = unsafe { (*p).back };
        }
        // SAFETY: as above.
        (!p.is_null()).then(|| snapshot(unsafe { &*p }))
    });
    r.ok_or_else(|| crate::error::value_error("call stack is not deep enough"))
}
