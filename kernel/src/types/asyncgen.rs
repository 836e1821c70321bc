//! Async generators (`async def` with `yield`): the generator object of
//! generator.rs under the `async_generator` type, driven through the
//! awaitables that `__anext__`/`asend` (`async_generator_asend`) and
//! `athrow`/`aclose` (`async_generator_athrow`) return.
//!
//! A `yield` in an async generator wraps its value (the ASYNC_GEN_WRAP
//! intrinsic), which is how the awaitables tell the generator's own values
//! (they finish the await with StopIteration(value)) from values that an
//! `await` inside the generator passes through to the event loop (they are
//! yielded on). A generator that returns makes the awaitable raise
//! StopAsyncIteration.

use std::sync::Mutex;

use pyk_abi::value::ObjHeader;

use crate::error::{runtime_error, type_error, PyErr, PyResult};
use crate::object::{alloc, dealloc_box, Obj};
use crate::types::exceptions::{self as exc, new_exception};
use crate::types::generator::{step, GenObject, ASYNC_GENERATOR_TYPE};
use crate::types::singletons::none;
use crate::types::typeobj::{GetSetDef, MethodDef, TypeObject};

/// The value of a `yield` inside an async generator, on its way out.
#[repr(C)]
pub struct Wrapped {
    pub header: ObjHeader,
    value: Obj,
}

pub static WRAPPED_TYPE: TypeObject = TypeObject {
    ..TypeObject::builtin("async_generator_wrapped_value", &crate::types::object::OBJECT_TYPE, dealloc_box::<Wrapped>)
};

/// ASYNC_GEN_WRAP.
pub fn wrap(v: Obj) -> Obj {
    alloc(Wrapped { header: crate::object::new_header_tracked(&WRAPPED_TYPE), value: v })
}

fn unwrap(v: &Obj) -> Option<Obj> {
    v.downcast::<Wrapped>(&WRAPPED_TYPE).map(|w| w.value.clone())
}

fn agen(o: &Obj) -> PyResult<&GenObject> {
    o.downcast::<GenObject>(&ASYNC_GENERATOR_TYPE).ok_or_else(|| type_error("async_generator expected"))
}

fn stop_iteration(v: Obj) -> PyErr {
    if crate::types::is_none(&v) {
        PyErr::empty(&exc::STOP_ITERATION)
    } else {
        PyErr(new_exception(&exc::STOP_ITERATION, vec![v]))
    }
}

/// What an error escaping the generator becomes for the awaiting code.
fn escaped(e: PyErr) -> PyErr {
    if e.is_instance(&exc::STOP_ASYNC_ITERATION) {
        let re = runtime_error("async generator raised StopAsyncIteration");
        chain(&re, &e);
        return re;
    }
    e
}

fn chain(outer: &PyErr, cause: &PyErr) {
    if let Some(x) = exc::as_exc(&outer.0) {
        x.with(|st| {
            st.cause = Some(cause.0.clone());
            st.context = Some(cause.0.clone());
            st.suppress_context = true;
        });
    }
}

/// Calls `sys`'s firstiter hook the first time the generator is iterated.
fn first_iteration(o: &Obj) -> PyResult<()> {
    let g = agen(o)?;
    if g.hooks_inited.swap(true, std::sync::atomic::Ordering::Relaxed) {
        return Ok(());
    }
    let (first, _) = crate::thread::asyncgen_hooks();
    if let Some(f) = first {
        crate::abstract_::call(&f, &[o.clone()], None)?;
    }
    Ok(())
}

// ---------------------------------------------------------------- asend

#[derive(Clone, Copy, PartialEq, Eq)]
enum AwState {
    Init,
    Iter,
    Closed,
}

#[repr(C)]
pub struct ASend {
    pub header: ObjHeader,
    gen: Obj,
    value: Obj,
    state: Mutex<AwState>,
}

/// An awaitable dropped before it was awaited: CPython's RuntimeWarning.
fn never_awaited(state: &Mutex<AwState>, method: &str, gen: &Obj) {
    if *state.lock().unwrap_or_else(|e| e.into_inner()) == AwState::Init && crate::thread::PY_DEPTH.try_with(|_| ()).is_ok() {
        let q = agen(gen).map(|g| g.qualname()).ok();
        let msg = format!("coroutine method '{method}' of '{}' was never awaited", q.as_ref().and_then(crate::types::str::as_str).unwrap_or("?"));
        crate::warningsmod::warn_unawaited(&msg, None, &|| format!("<async_generator_{} object at {:#x}>", if method == "asend" { "asend" } else { "athrow" }, state as *const Mutex<AwState> as usize));
    }
}

impl Drop for ASend {
    fn drop(&mut self) {
        never_awaited(&self.state, "asend", &self.gen);
    }
}

impl Drop for AThrow {
    fn drop(&mut self) {
        never_awaited(&self.state, if self.exc.is_some() { "athrow" } else { "aclose" }, &self.gen);
    }
}

fn asend_of(o: &Obj) -> PyResult<&ASend> {
    o.downcast::<ASend>(&ASEND_TYPE).ok_or_else(|| type_error("async_generator_asend expected"))
}

fn new_asend(gen: &Obj, value: Obj) -> PyResult {
    first_iteration(gen)?;
    Ok(alloc(ASend { header: crate::object::new_header_tracked(&ASEND_TYPE), gen: gen.clone(), value, state: Mutex::new(AwState::Init) }))
}

/// One step of the generator on behalf of an asend awaitable.
fn asend_step(a: &ASend, sent: Obj, throw: Option<PyErr>) -> PyResult {
    let mut st = a.state.lock().unwrap_or_else(|e| e.into_inner());
    if *st == AwState::Closed {
        return Err(runtime_error("cannot reuse already awaited __anext__()/asend()"));
    }
    let sent = if *st == AwState::Init && crate::types::is_none(&sent) { a.value.clone() } else { sent };
    *st = AwState::Iter;
    drop(st);
    let g = agen(&a.gen)?;
    let r = step(g, sent, throw);
    let close = || *a.state.lock().unwrap_or_else(|e| e.into_inner()) = AwState::Closed;
    match r {
        Ok(Ok(y)) => match unwrap(&y) {
            Some(v) => {
                close();
                Err(stop_iteration(v))
            }
            None => Ok(y),
        },
        Ok(Err(_)) => {
            close();
            Err(PyErr::empty(&exc::STOP_ASYNC_ITERATION))
        }
        Err(e) => {
            close();
            Err(escaped(e))
        }
    }
}

fn asend_send(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let [v] = a else { return Err(type_error(format!("send() takes exactly one argument ({} given)", a.len()))) };
    asend_step(asend_of(s)?, v.clone(), None)
}

fn asend_next(o: &Obj) -> PyResult<Option<Obj>> {
    match asend_step(asend_of(o)?, none(), None) {
        Ok(v) => Ok(Some(v)),
        Err(e) => Err(e),
    }
}

fn asend_throw(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let e = crate::types::generator::make_throw_error(a)?;
    asend_step(asend_of(s)?, none(), Some(e))
}

fn asend_close(s: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    *asend_of(s)?.state.lock().unwrap_or_else(|e| e.into_inner()) = AwState::Closed;
    Ok(none())
}

fn self_await(s: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    Ok(s.clone())
}

static ASEND_METHODS: [MethodDef; 4] = [
    MethodDef { name: "send", func: asend_send, doc: "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration." },
    MethodDef { name: "throw", func: asend_throw, doc: "" },
    MethodDef { name: "close", func: asend_close, doc: "close() -> raise GeneratorExit inside generator." },
    MethodDef { name: "__await__", func: self_await, doc: "Return an iterator to be used in await expression." },
];

fn asend_traverse(o: &Obj, visit: &mut dyn FnMut(&Obj)) {
    if let Ok(a) = asend_of(o) {
        visit(&a.gen);
        visit(&a.value);
    }
}

pub static ASEND_TYPE: TypeObject = TypeObject {
    iter: Some(crate::types::list::self_iter),
    next: Some(asend_next),
    methods: &ASEND_METHODS,
    traverse: Some(asend_traverse),
    ..TypeObject::builtin("async_generator_asend", &crate::types::object::OBJECT_TYPE, dealloc_box::<ASend>)
};

// ---------------------------------------------------------------- athrow

#[repr(C)]
pub struct AThrow {
    pub header: ObjHeader,
    gen: Obj,
    /// The exception to throw; `None` for `aclose()` (GeneratorExit).
    exc: Option<Obj>,
    state: Mutex<AwState>,
}

fn athrow_of(o: &Obj) -> PyResult<&AThrow> {
    o.downcast::<AThrow>(&ATHROW_TYPE).ok_or_else(|| type_error("async_generator_athrow expected"))
}

fn athrow_step(t: &AThrow, sent: Obj, extra: Option<PyErr>) -> PyResult {
    let mut st = t.state.lock().unwrap_or_else(|e| e.into_inner());
    if *st == AwState::Closed {
        return Err(runtime_error("cannot reuse already awaited aclose()/athrow()"));
    }
    let first = *st == AwState::Init;
    *st = AwState::Iter;
    drop(st);
    let g = agen(&t.gen)?;
    let close = || *t.state.lock().unwrap_or_else(|e| e.into_inner()) = AwState::Closed;
    if first && g.is_done() {
        // A finished generator: closing it again, or throwing into it, is a no-op.
        close();
        return Err(PyErr::empty(&exc::STOP_ITERATION));
    }
    let throw = match (first, extra) {
        (_, Some(e)) => Some(e),
        (true, None) => Some(match &t.exc {
            Some(e) => PyErr(e.clone()),
            None => PyErr::empty(&exc::GENERATOR_EXIT),
        }),
        (false, None) => None,
    };
    let sent = if first { none() } else { sent };
    let r = if first && t.exc.is_none() { g.close_step() } else { step(g, sent, throw) };
    match r {
        Ok(Ok(y)) => match unwrap(&y) {
            Some(v) => {
                close();
                if t.exc.is_none() {
                    Err(runtime_error("async generator ignored GeneratorExit"))
                } else {
                    Err(stop_iteration(v))
                }
            }
            None => Ok(y),
        },
        Ok(Err(_)) => {
            close();
            if t.exc.is_none() {
                Err(PyErr::empty(&exc::STOP_ITERATION))
            } else {
                Err(PyErr::empty(&exc::STOP_ASYNC_ITERATION))
            }
        }
        Err(e) => {
            close();
            if t.exc.is_none() && (e.is_instance(&exc::STOP_ASYNC_ITERATION) || e.is_instance(&exc::GENERATOR_EXIT)) {
                return Err(PyErr::empty(&exc::STOP_ITERATION));
            }
            Err(escaped(e))
        }
    }
}

fn athrow_send(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let [v] = a else { return Err(type_error(format!("send() takes exactly one argument ({} given)", a.len()))) };
    athrow_step(athrow_of(s)?, v.clone(), None)
}

fn athrow_next(o: &Obj) -> PyResult<Option<Obj>> {
    athrow_step(athrow_of(o)?, none(), None).map(Some)
}

fn athrow_throw(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let e = crate::types::generator::make_throw_error(a)?;
    athrow_step(athrow_of(s)?, none(), Some(e))
}

fn athrow_close(s: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    *athrow_of(s)?.state.lock().unwrap_or_else(|e| e.into_inner()) = AwState::Closed;
    Ok(none())
}

static ATHROW_METHODS: [MethodDef; 4] = [
    MethodDef { name: "send", func: athrow_send, doc: "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration." },
    MethodDef { name: "throw", func: athrow_throw, doc: "" },
    MethodDef { name: "close", func: athrow_close, doc: "close() -> raise GeneratorExit inside generator." },
    MethodDef { name: "__await__", func: self_await, doc: "Return an iterator to be used in await expression." },
];

fn athrow_traverse(o: &Obj, visit: &mut dyn FnMut(&Obj)) {
    if let Ok(t) = athrow_of(o) {
        visit(&t.gen);
        if let Some(e) = &t.exc {
            visit(e);
        }
    }
}

pub static ATHROW_TYPE: TypeObject = TypeObject {
    iter: Some(crate::types::list::self_iter),
    next: Some(athrow_next),
    methods: &ATHROW_METHODS,
    traverse: Some(athrow_traverse),
    ..TypeObject::builtin("async_generator_athrow", &crate::types::object::OBJECT_TYPE, dealloc_box::<AThrow>)
};

// ---------------------------------------------------------------- the generator

fn m_aiter(s: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    agen(s)?;
    Ok(s.clone())
}

fn m_anext(s: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    agen(s)?;
    new_asend(s, none())
}

fn m_asend(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    agen(s)?;
    let [v] = a else { return Err(type_error(format!("async_generator.asend() takes exactly one argument ({} given)", a.len()))) };
    new_asend(s, v.clone())
}

fn m_athrow(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    agen(s)?;
    if a.is_empty() || a.len() > 3 {
        return Err(type_error(format!("athrow expected at least 1 argument, got {}", a.len())));
    }
    let e = crate::types::generator::make_throw_error(a)?;
    first_iteration(s)?;
    Ok(alloc(AThrow { header: crate::object::new_header_tracked(&ATHROW_TYPE), gen: s.clone(), exc: Some(e.0), state: Mutex::new(AwState::Init) }))
}

fn m_aclose(s: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    agen(s)?;
    first_iteration(s)?;
    Ok(alloc(AThrow { header: crate::object::new_header_tracked(&ATHROW_TYPE), gen: s.clone(), exc: None, state: Mutex::new(AwState::Init) }))
}

fn g_name(o: &Obj) -> PyResult {
    Ok(agen(o)?.name())
}
fn g_qualname(o: &Obj) -> PyResult {
    Ok(agen(o)?.qualname())
}
fn g_code(o: &Obj) -> PyResult {
    Ok(agen(o)?.code())
}
fn g_running(o: &Obj) -> PyResult {
    Ok(crate::types::bool_obj(agen(o)?.is_running()))
}
fn g_suspended(o: &Obj) -> PyResult {
    Ok(crate::types::bool_obj(agen(o)?.is_suspended()))
}
fn g_frame(o: &Obj) -> PyResult {
    Ok(agen(o)?.frame_object())
}
fn g_await(o: &Obj) -> PyResult {
    Ok(agen(o)?.awaiting().unwrap_or_else(none))
}

pub static AGEN_METHODS: [MethodDef; 5] = [
    MethodDef { name: "__aiter__", func: m_aiter, doc: "Return an awaitable, that resolves in asynchronous iterator." },
    MethodDef { name: "__anext__", func: m_anext, doc: "Return a value or raise StopAsyncIteration." },
    MethodDef { name: "asend", func: m_asend, doc: "asend(v) -> send 'v' in generator." },
    MethodDef { name: "athrow", func: m_athrow, doc: "athrow(value)\nathrow(type[,value[,tb]])\n\nraise exception in generator." },
    MethodDef { name: "aclose", func: m_aclose, doc: "aclose() -> raise GeneratorExit inside generator." },
];
pub static AGEN_GETSETS: [GetSetDef; 7] = [
    GetSetDef { name: "ag_frame", get: g_frame },
    GetSetDef { name: "__name__", get: g_name },
    GetSetDef { name: "__qualname__", get: g_qualname },
    GetSetDef { name: "ag_code", get: g_code },
    GetSetDef { name: "ag_running", get: g_running },
    GetSetDef { name: "ag_suspended", get: g_suspended },
    GetSetDef { name: "ag_await", get: g_await },
];
