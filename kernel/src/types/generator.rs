//! Generator objects: a suspended frame with `send`, `throw` and `close`.
//!
//! The frame is taken out of the generator while it runs (so a generator
//! cannot be re-entered: "generator already executing") and put back when it
//! yields. A finished generator has no frame.

use std::sync::Mutex;

use pyk_abi::value::ObjHeader;

use crate::abstract_ as ab;
use crate::error::{type_error, value_error, PyErr, PyResult};
use crate::eval::{discard_frame, resume, Frame, GenExit};
use crate::object::{alloc, dealloc_box, Obj};
use crate::types::exceptions::{self as exc, new_exception};
use crate::types::singletons::none;
use crate::types::str::new_string;
use crate::types::typeobj::{GetSetDef, MethodDef, TypeObject};

enum State {
    /// Created or suspended at a yield; `started` tells whether it ran.
    Ready { frame: Frame, started: bool },
    Running,
    Done,
}

#[repr(C)]
pub struct GenObject {
    pub header: ObjHeader,
    state: Mutex<State>,
    name: Obj,
    qualname: Obj,
    code: Obj,
}

impl Drop for GenObject {
    fn drop(&mut self) {
        let st = std::mem::replace(self.state.get_mut().unwrap_or_else(|e| e.into_inner()), State::Done);
        if let State::Ready { frame, .. } = st {
            discard_frame(frame);
        }
    }
}

pub fn new_generator(frame: Frame) -> Obj {
    let (name, qualname, code) = {
        let c = frame.code.clone();
        // SAFETY: a frame's code is always a code object.
        let co = unsafe { c.cast::<crate::types::code::CodeObject>() };
        let name = frame.func.as_ref().and_then(crate::types::function::as_function).map(|f| f.name.clone()).unwrap_or_else(|| co.name.clone());
        let qualname = frame.func.as_ref().and_then(crate::types::function::as_function).map(|f| f.qualname.clone()).unwrap_or_else(|| co.qualname.clone());
        (name, qualname, c)
    };
    alloc(GenObject {
        header: crate::object::new_header_tracked(&GENERATOR_TYPE),
        state: Mutex::new(State::Ready { frame, started: false }),
        name,
        qualname,
        code,
    })
}

pub fn as_generator(o: &Obj) -> Option<&GenObject> {
    o.downcast::<GenObject>(&GENERATOR_TYPE)
}

/// One step: `Ok(Ok(yielded))`, `Ok(Err(returned))` when it finished, or the error it raised.
fn step(g: &GenObject, sent: Obj, throw: Option<PyErr>) -> PyResult<Result<Obj, Obj>> {
    let st = {
        let mut s = g.state.lock().unwrap_or_else(|e| e.into_inner());
        std::mem::replace(&mut *s, State::Running)
    };
    let (frame, started) = match st {
        State::Ready { frame, started } => (frame, started),
        State::Running => {
            *g.state.lock().unwrap_or_else(|e| e.into_inner()) = State::Running;
            return Err(value_error("generator already executing"));
        }
        State::Done => {
            *g.state.lock().unwrap_or_else(|e| e.into_inner()) = State::Done;
            return match throw {
                Some(e) => Err(e),
                None => Ok(Err(none())),
            };
        }
    };
    if !started && throw.is_none() && !crate::types::is_none(&sent) {
        *g.state.lock().unwrap_or_else(|e| e.into_inner()) = State::Ready { frame, started };
        return Err(type_error("can't send non-None value to a just-started generator"));
    }
    let r = resume(frame, if started && throw.is_none() { Some(sent) } else { None }, throw);
    let mut s = g.state.lock().unwrap_or_else(|e| e.into_inner());
    match r {
        Ok(GenExit::Yield(v, frame)) => {
            *s = State::Ready { frame, started: true };
            Ok(Ok(v))
        }
        Ok(GenExit::Return(v)) => {
            *s = State::Done;
            Ok(Err(v))
        }
        Err(e) => {
            *s = State::Done;
            drop(s);
            if e.is_instance(&exc::STOP_ITERATION) {
                let re = PyErr::new(&exc::RUNTIME_ERROR, "generator raised StopIteration");
                if let Some(x) = exc::as_exc(&re.0) {
                    x.with(|st| {
                        st.cause = Some(e.0.clone());
                        st.context = Some(e.0.clone());
                        st.suppress_context = true;
                    });
                }
                return Err(re);
            }
            Err(e)
        }
    }
}

fn stop_iteration(value: Obj) -> PyErr {
    if crate::types::is_none(&value) {
        return PyErr::empty(&exc::STOP_ITERATION);
    }
    PyErr(new_exception(&exc::STOP_ITERATION, vec![value]))
}

/// SEND: `Ok(Ok(yielded))`, `Ok(Err(return value))`, or an error.
pub fn send_to(recv: &Obj, v: Obj) -> PyResult<Result<Obj, Obj>> {
    if let Some(g) = as_generator(recv) {
        return step(g, v, None);
    }
    let r = if crate::types::is_none(&v) {
        ab::next(recv).map(|o| o.ok_or(()))
    } else {
        let send = ab::getattr_str(recv, "send")?;
        ab::call(&send, &[v], None).map(Ok)
    };
    match r {
        Ok(Ok(y)) => Ok(Ok(y)),
        Ok(Err(())) => Ok(Err(none())),
        Err(e) if e.is_instance(&exc::STOP_ITERATION) => {
            let val = ab::getattr_str(&e.0, "value").unwrap_or_else(|_| none());
            Ok(Err(val))
        }
        Err(e) => Err(e),
    }
}

fn this(o: &Obj) -> PyResult<&GenObject> {
    as_generator(o).ok_or_else(|| type_error("generator expected"))
}

/// The iterator slot: exhaustion is `None` whatever the return value
/// (consumers such as `for` and `list()` ignore it).
fn gen_next(o: &Obj) -> PyResult<Option<Obj>> {
    match step(this(o)?, none(), None)? {
        Ok(v) => Ok(Some(v)),
        Err(_) => Ok(None),
    }
}

/// `next(gen)`: exhaustion raises StopIteration carrying the return value.
pub fn next_or_stop(o: &Obj) -> PyResult<Option<Obj>> {
    match step(this(o)?, none(), None)? {
        Ok(v) => Ok(Some(v)),
        Err(ret) if crate::types::is_none(&ret) => Ok(None),
        Err(ret) => Err(stop_iteration(ret)),
    }
}

fn m_send(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let [v] = a else { return Err(type_error(format!("generator.send() takes exactly one argument ({} given)", a.len()))) };
    match step(this(s)?, v.clone(), None)? {
        Ok(y) => Ok(y),
        Err(ret) => Err(stop_iteration(ret)),
    }
}

fn make_throw_error(a: &[Obj]) -> PyResult<PyErr> {
    let t = a.first().ok_or_else(|| type_error("throw expected at least 1 argument, got 0"))?;
    if exc::as_exc(t).is_some() {
        return Ok(PyErr(t.clone()));
    }
    let inst = ab::call(t, &a[1..a.len().min(2)], None)?;
    if exc::as_exc(&inst).is_none() {
        return Err(type_error("exceptions must be classes or instances deriving from BaseException, not type"));
    }
    Ok(PyErr(inst))
}

fn m_throw(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let e = make_throw_error(a)?;
    match step(this(s)?, none(), Some(e))? {
        Ok(y) => Ok(y),
        Err(ret) => Err(stop_iteration(ret)),
    }
}

fn m_close(s: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let g = this(s)?;
    let started = matches!(&*g.state.lock().unwrap_or_else(|e| e.into_inner()), State::Ready { started: true, .. });
    if !started {
        let old = std::mem::replace(&mut *g.state.lock().unwrap_or_else(|e| e.into_inner()), State::Done);
        if let State::Ready { frame, .. } = old {
            discard_frame(frame);
        }
        return Ok(none());
    }
    match step(g, none(), Some(PyErr::empty(&exc::GENERATOR_EXIT))) {
        Ok(Ok(_)) => Err(crate::error::runtime_error("generator ignored GeneratorExit")),
        Ok(Err(v)) => Ok(v),
        Err(e) if e.is_instance(&exc::GENERATOR_EXIT) || e.is_instance(&exc::STOP_ITERATION) => Ok(none()),
        Err(e) => Err(e),
    }
}

fn gen_repr(o: &Obj) -> PyResult {
    let g = this(o)?;
    Ok(new_string(format!(
        "<generator object {} at {:#x}>",
        crate::types::str::as_str(&g.qualname).unwrap_or("?"),
        o.value().0
    )))
}

fn g_name(o: &Obj) -> PyResult {
    Ok(this(o)?.name.clone())
}
fn g_qualname(o: &Obj) -> PyResult {
    Ok(this(o)?.qualname.clone())
}
fn g_code(o: &Obj) -> PyResult {
    Ok(this(o)?.code.clone())
}
fn g_running(o: &Obj) -> PyResult {
    Ok(crate::types::bool_obj(matches!(&*this(o)?.state.lock().unwrap_or_else(|e| e.into_inner()), State::Running)))
}

static GEN_METHODS: [MethodDef; 3] = [
    MethodDef { name: "send", func: m_send, doc: "" },
    MethodDef { name: "throw", func: m_throw, doc: "" },
    MethodDef { name: "close", func: m_close, doc: "" },
];
static GEN_GETSETS: [GetSetDef; 4] = [
    GetSetDef { name: "__name__", get: g_name },
    GetSetDef { name: "__qualname__", get: g_qualname },
    GetSetDef { name: "gi_code", get: g_code },
    GetSetDef { name: "gi_running", get: g_running },
];

pub static GENERATOR_TYPE: TypeObject = TypeObject {
    repr: Some(gen_repr),
    iter: Some(crate::types::list::self_iter),
    next: Some(gen_next),
    methods: &GEN_METHODS,
    getsets: &GEN_GETSETS,
    ..TypeObject::builtin("generator", &crate::types::object::OBJECT_TYPE, dealloc_box::<GenObject>)
};
