//! Generator and coroutine objects: a suspended frame with `send`, `throw`
//! and `close`. A coroutine (`async def`) is the same object under another
//! type: it is not iterable, and `__await__` hands out an iterator over it.
//!
//! The frame is taken out of the generator while it runs (so a generator
//! cannot be re-entered: "generator already executing") and put back when it
//! yields. A finished generator has no frame.

use std::sync::Mutex;

use pyk_abi::value::ObjHeader;

use crate::abstract_ as ab;
use crate::error::{runtime_error, type_error, value_error, PyErr, PyResult};
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
    /// `__name__`/`__qualname__`: writable, as CPython's.
    name: crate::types::function::ObjLockCell,
    qualname: crate::types::function::ObjLockCell,
    code: Obj,
    /// Async generators: `sys`'s firstiter hook has been called.
    pub hooks_inited: std::sync::atomic::AtomicBool,
    /// The exception being handled inside the generator when it last
    /// yielded (its `except` block continues with it when resumed); the
    /// caller's own handled exception is saved and restored around each step.
    exc: Mutex<Option<Obj>>,
    /// Coroutines: `cr_origin`, the creating frames when origin tracking
    /// is on (`sys.set_coroutine_origin_tracking_depth`).
    origin: Option<Obj>,
}

thread_local! {
    static ORIGIN_DEPTH: std::cell::Cell<i64> = const { std::cell::Cell::new(0) };
}

/// `sys.get_coroutine_origin_tracking_depth()`.
pub fn sys_get_origin_depth(_m: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    Ok(crate::types::int::from_i64(ORIGIN_DEPTH.with(|d| d.get())))
}

/// `sys.set_coroutine_origin_tracking_depth(depth)`.
pub fn sys_set_origin_depth(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let v = crate::types::int::bind_args("set_coroutine_origin_tracking_depth", a, k, &["depth"], 1, 1)?;
    let d = crate::types::int::as_i64(&crate::abstract_::index(v[0].expect("required"))?).ok_or_else(|| crate::error::overflow_error("Python int too large to convert to C int"))?;
    if d < 0 {
        return Err(value_error("depth must be >= 0"));
    }
    ORIGIN_DEPTH.with(|c| c.set(d));
    Ok(none())
}

/// The `(filename, lineno, function)` of up to `depth` frames from `f`'s
/// caller outwards.
fn origin_of(f: &Frame) -> Option<Obj> {
    let depth = ORIGIN_DEPTH.with(|d| d.get());
    if depth <= 0 {
        return None;
    }
    let mut out = vec![];
    let mut p = f.back;
    while !p.is_null() && (out.len() as i64) < depth {
        // SAFETY: `back` links live frames while `f` is being turned into
        // a coroutine (its caller is still running).
        let fr = unsafe { &*p };
        if let Some(c) = crate::types::code::as_code(&fr.code) {
            let line = c.location(fr.lasti).lineno;
            out.push(crate::types::tuple::new_tuple(vec![c.filename().clone(), crate::types::int::from_i64(line as i64), c.name.clone()]));
        }
        p = fr.back;
    }
    Some(crate::types::tuple::new_tuple(out))
}

impl Drop for GenObject {
    /// A suspended generator that goes away is closed first (GeneratorExit
    /// at its yield), so its `finally` blocks and `with` exits run, as in
    /// CPython; what that raises is reported as unraisable.
    fn drop(&mut self) {
        let st = std::mem::replace(self.state.get_mut().unwrap_or_else(|e| e.into_inner()), State::Done);
        match st {
            State::Ready { frame, started: true } if crate::thread::PY_DEPTH.try_with(|_| ()).is_ok() => {
                *self.state.get_mut().unwrap_or_else(|e| e.into_inner()) = State::Ready { frame, started: true };
                let what = || {
                    format!(
                        "<{} object {} at {:#x}>",
                        self.kind_name().replace(' ', "_"),
                        crate::types::str::as_str(&self.qualname()).unwrap_or("?").to_string(),
                        self as *const GenObject as usize
                    )
                };
                match step(self, none(), Some(PyErr::empty(&exc::GENERATOR_EXIT))) {
                    Ok(Ok(_)) => {
                        let e = runtime_error(format!("{} ignored GeneratorExit", self.kind_name()));
                        crate::traceback::print_unraisable(&format!("Exception ignored in: {}", what()), &e);
                    }
                    Err(e) if !e.is_instance(&exc::GENERATOR_EXIT) && !e.is_instance(&exc::STOP_ITERATION) => {
                        crate::traceback::print_unraisable(&format!("Exception ignored in: {}", what()), &e);
                    }
                    _ => {}
                }
                let rest = std::mem::replace(self.state.get_mut().unwrap_or_else(|e| e.into_inner()), State::Done);
                if let State::Ready { frame, .. } = rest {
                    discard_frame(frame);
                }
            }
            State::Ready { frame, started: false } => {
                if self.is_coroutine() && crate::thread::PY_DEPTH.try_with(|_| ()).is_ok()
                {
                    let q = crate::types::str::as_str(&self.qualname()).unwrap_or("?").to_string();
                    let msg = format!("coroutine '{q}' was never awaited");
                    let addr = self as *const GenObject as usize;
                    crate::warningsmod::warn_unawaited(&msg, self.origin.as_ref(), &|| format!("<coroutine object {q} at {addr:#x}>"));
                }
                discard_frame(frame)
            }
            State::Ready { frame, .. } => discard_frame(frame),
            _ => {}
        }
    }
}

pub fn new_generator(frame: Frame) -> Obj {
    let (name, qualname, code, ty) = {
        let c = frame.code.clone();
        // SAFETY: a frame's code is always a code object.
        let co = unsafe { c.cast::<crate::types::code::CodeObject>() };
        let ty: &'static TypeObject = if co.flags & pyk_abi::code::co::COROUTINE != 0 {
            &COROUTINE_TYPE
        } else if co.flags & pyk_abi::code::co::ASYNC_GENERATOR != 0 {
            &ASYNC_GENERATOR_TYPE
        } else {
            &GENERATOR_TYPE
        };
        let (name, qualname) = frame
            .func
            .as_ref()
            .and_then(crate::types::function::as_function)
            .map(crate::types::function::current_names)
            .unwrap_or_else(|| (co.name.clone(), co.qualname.clone()));
        (name, qualname, c, ty)
    };
    let origin = if std::ptr::eq(ty, &COROUTINE_TYPE) { origin_of(&frame) } else { None };
    alloc(GenObject {
        header: crate::object::new_header_tracked(ty),
        state: Mutex::new(State::Ready { frame, started: false }),
        name: crate::types::function::ObjLockCell::new(Some(name)),
        qualname: crate::types::function::ObjLockCell::new(Some(qualname)),
        code,
        hooks_inited: std::sync::atomic::AtomicBool::new(false),
        exc: Mutex::new(None),
        origin,
    })
}

impl GenObject {
    /// The CO_* flags of the generator's code.
    fn code_flags(&self) -> u32 {
        // SAFETY: a generator's code is always a code object.
        unsafe { self.code.cast::<crate::types::code::CodeObject>() }.flags
    }

    fn is_coroutine(&self) -> bool {
        self.code_flags() & pyk_abi::code::co::COROUTINE != 0
    }

    /// "generator", "coroutine" or "async generator", for messages.
    fn kind_name(&self) -> &'static str {
        let f = self.code_flags();
        if f & pyk_abi::code::co::COROUTINE != 0 {
            "coroutine"
        } else if f & pyk_abi::code::co::ASYNC_GENERATOR != 0 {
            "async generator"
        } else {
            "generator"
        }
    }

    pub fn name(&self) -> Obj {
        self.name.get().unwrap_or_else(none)
    }
    pub fn qualname(&self) -> Obj {
        self.qualname.get().unwrap_or_else(none)
    }
    pub fn code(&self) -> Obj {
        self.code.clone()
    }
    pub fn is_running(&self) -> bool {
        matches!(&*self.state.lock().unwrap_or_else(|e| e.into_inner()), State::Running)
    }
    pub fn is_suspended(&self) -> bool {
        matches!(&*self.state.lock().unwrap_or_else(|e| e.into_inner()), State::Ready { started: true, .. })
    }
    pub fn is_done(&self) -> bool {
        matches!(&*self.state.lock().unwrap_or_else(|e| e.into_inner()), State::Done)
    }
    /// `gi_frame`/`cr_frame`/`ag_frame`: a frame object for the suspended
    /// frame, the running frame while it runs, None once finished.
    pub fn frame_object(&self) -> Obj {
        let st = self.state.lock().unwrap_or_else(|e| e.into_inner());
        match &*st {
            State::Ready { frame, .. } => {
                // a suspended frame's variables, as a snapshot (f_locals is
                // a FrameLocalsProxy over them); a class or module body
                // keeps its mapping
                let fast = frame.locals.is_none().then(|| crate::traceback::FastSlots::from(crate::eval::fast_slots(frame)));
                crate::types::frame::from_parts(frame.code.clone(), frame.globals.clone(), frame.locals.clone(), fast, frame.lasti, (0, 0), (0, 0))
            }
            State::Done => none(),
            State::Running => {
                drop(st);
                let code = self.code.value();
                crate::eval::with_current_frame(|cur| {
                    let mut p: *const crate::eval::Frame = cur.map(|c| c as *const crate::eval::Frame).unwrap_or(std::ptr::null());
                    while !p.is_null() {
                        // SAFETY: the chain from the current frame through `back`
                        // links only live frames (see frame::find_live).
                        let fr = unsafe { &*p };
                        if fr.code.value() == code {
                            return crate::types::frame::snapshot(fr);
                        }
                        p = fr.back;
                    }
                    none()
                })
            }
        }
    }
    /// The object a suspended `await`/`yield from` is delegating to.
    pub fn awaiting(&self) -> Option<Obj> {
        match &*self.state.lock().unwrap_or_else(|e| e.into_inner()) {
            State::Ready { frame, started: true } => crate::eval::yielding_from(frame),
            _ => None,
        }
    }
    /// `close()`'s step: GeneratorExit at the current yield, or just
    /// finishing a generator that never started (`Ok(Err(None))`).
    pub fn close_step(&self) -> PyResult<Result<Obj, Obj>> {
        let unstarted = matches!(&*self.state.lock().unwrap_or_else(|e| e.into_inner()), State::Ready { started: false, .. });
        if unstarted {
            let old = std::mem::replace(&mut *self.state.lock().unwrap_or_else(|e| e.into_inner()), State::Done);
            if let State::Ready { frame, .. } = old {
                discard_frame(frame);
            }
            return Ok(Err(none()));
        }
        step(self, none(), Some(PyErr::empty(&exc::GENERATOR_EXIT)))
    }
}

/// A generator or a coroutine (both are driven by SEND).
pub fn as_generator(o: &Obj) -> Option<&GenObject> {
    o.downcast::<GenObject>(&GENERATOR_TYPE).or_else(|| o.downcast::<GenObject>(&COROUTINE_TYPE))
}

/// Iterators whose exhaustion carries a return value (`next()` puts it in
/// the StopIteration): generators and coroutine `__await__` iterators.
pub fn has_return_value(o: &Obj) -> bool {
    as_generator(o).is_some() || o.downcast::<CoroWrapper>(&CORO_WRAPPER_TYPE).is_some()
}

pub fn is_coroutine(o: &Obj) -> bool {
    o.downcast::<GenObject>(&COROUTINE_TYPE).is_some()
}

/// GET_AWAITABLE: `get_awaitable`, with CPython's messages for the result
/// of `__aenter__` (`where` 1) and `__aexit__` (2) lacking `__await__`.
pub fn get_awaitable_op(o: &Obj, r#where: u32) -> PyResult {
    let r = get_awaitable(o);
    if r.is_err() && (r#where == 1 || r#where == 2) && o.type_obj().lookup(&crate::types::str::istr("__await__")).is_none() {
        let m = if r#where == 1 { "__aenter__" } else { "__aexit__" };
        return Err(type_error(format!("'async with' received an object from {m} that does not implement __await__: {}", o.type_obj().name())));
    }
    // A coroutine suspended in an await of its own cannot be awaited again.
    if let Ok(it) = &r {
        if is_coroutine(it) && as_generator(it).and_then(|g| g.awaiting()).is_some() {
            return Err(runtime_error("coroutine is being awaited already"));
        }
    }
    r
}

/// The `await` operand: a coroutine, a generator marked as an iterable
/// coroutine (`types.coroutine`), or whatever `__await__` returns, which
/// must be an iterator and not a coroutine.
pub fn get_awaitable(o: &Obj) -> PyResult {
    if is_coroutine(o) {
        return Ok(o.clone());
    }
    if let Some(g) = as_generator(o) {
        if g.code_flags() & pyk_abi::code::co::ITERABLE_COROUTINE != 0 {
            return Ok(o.clone());
        }
    }
    let ty = o.type_obj();
    let Some(aw) = ty.lookup(&crate::types::str::istr("__await__")) else {
        return Err(type_error(format!("object {} can't be used in 'await' expression", ty.name())));
    };
    let it = ab::call(&aw, &[o.clone()], None)?;
    if is_coroutine(&it) {
        return Err(type_error("__await__() returned a coroutine"));
    }
    if it.type_obj().next.is_none() && it.type_obj().lookup(&crate::types::str::istr("__next__")).is_none() {
        return Err(type_error(format!("__await__() returned non-iterator of type '{}'", it.type_obj().name())));
    }
    Ok(it)
}

/// One step: `Ok(Ok(yielded))`, `Ok(Err(returned))` when it finished, or the error it raised.
pub(crate) fn step(g: &GenObject, sent: Obj, throw: Option<PyErr>) -> PyResult<Result<Obj, Obj>> {
    let st = {
        let mut s = g.state.lock().unwrap_or_else(|e| e.into_inner());
        std::mem::replace(&mut *s, State::Running)
    };
    let (mut frame, started) = match st {
        State::Ready { frame, started } => (frame, started),
        State::Running => {
            *g.state.lock().unwrap_or_else(|e| e.into_inner()) = State::Running;
            return Err(value_error(format!("{} already executing", g.kind_name())));
        }
        State::Done => {
            *g.state.lock().unwrap_or_else(|e| e.into_inner()) = State::Done;
            // (close() of a finished coroutine stays quiet)
            let closing = throw.as_ref().is_some_and(|e| e.is_instance(&exc::GENERATOR_EXIT));
            if !closing && g.is_coroutine() {
                return Err(runtime_error("cannot reuse already awaited coroutine"));
            }
            return match throw {
                Some(e) => Err(e),
                None => Ok(Err(none())),
            };
        }
    };
    if !started && throw.is_none() && !crate::types::is_none(&sent) {
        *g.state.lock().unwrap_or_else(|e| e.into_inner()) = State::Ready { frame, started };
        return Err(type_error(format!("can't send non-None value to a just-started {}", g.kind_name())));
    }
    let mut throw = throw;
    if started {
        if let Some(e) = throw.take() {
            match crate::eval::with_suspended_current(&mut frame, |fr| throw_into_delegate(fr, e)) {
                Ok(yielded) => {
                    *g.state.lock().unwrap_or_else(|e| e.into_inner()) = State::Ready { frame, started };
                    return Ok(Ok(yielded));
                }
                Err(e) => throw = Some(e),
            }
        }
    }
    let sent = if !started {
        None
    } else if throw.is_some() {
        Some(none())
    } else {
        Some(sent)
    };
    let own = g.exc.lock().unwrap_or_else(|e| e.into_inner()).take();
    crate::thread::enter_generator_handled(own);
    let r = resume(frame, sent, throw);
    let now = crate::thread::leave_generator_handled();
    if matches!(r, Ok(GenExit::Yield(..))) {
        // Suspended inside an `except` block: keep that exception for the
        // generator.
        *g.exc.lock().unwrap_or_else(|e| e.into_inner()) = now;
    } else {
        drop(now);
    }
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
                let re = runtime_error(format!("{} raised StopIteration", g.kind_name()));
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

/// `throw()` into a frame suspended in `yield from`/`await` goes to the
/// delegate first: its next yielded value is ours (`Ok`), and what it
/// raises (StopIteration included) is raised in this frame (`Err`).
/// GeneratorExit closes the delegate instead and is then raised here.
fn throw_into_delegate(frame: &Frame, e: PyErr) -> Result<Obj, PyErr> {
    let Some(yf) = crate::eval::yielding_from(frame) else { return Err(e) };
    if e.is_instance(&exc::GENERATOR_EXIT) {
        let closed = if as_generator(&yf).is_some() {
            m_close(&yf, &[], None).map(|_| ())
        } else {
            match ab::getattr_str(&yf, "close") {
                Ok(c) => ab::call0(&c).map(|_| ()),
                Err(x) if x.is_instance(&exc::ATTRIBUTE_ERROR) => Ok(()),
                Err(x) => Err(x),
            }
        };
        return Err(closed.err().unwrap_or(e));
    }
    if let Some(sub) = as_generator(&yf) {
        return match step(sub, none(), Some(e)) {
            Ok(Ok(y)) => Ok(y),
            Ok(Err(ret)) => Err(stop_iteration_always(ret)),
            Err(x) => Err(x),
        };
    }
    match ab::getattr_str(&yf, "throw") {
        Ok(t) => ab::call(&t, &[e.0], None),
        Err(x) if x.is_instance(&exc::ATTRIBUTE_ERROR) => Err(e),
        Err(x) => Err(x),
    }
}

/// StopIteration carrying `value` (None included: CLEANUP_THROW reads `.value`).
fn stop_iteration_always(value: Obj) -> PyErr {
    PyErr(new_exception(&exc::STOP_ITERATION, vec![value]))
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
    if let Some(w) = recv.downcast::<CoroWrapper>(&CORO_WRAPPER_TYPE) {
        return step(this(&w.coro)?, v, None);
    }
    let r = if crate::types::is_none(&v) {
        match crate::types::class::call_next_dunder(recv) {
            Some(r) => r.map(Ok),
            None => ab::next(recv).map(|o| o.ok_or(())),
        }
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

fn kind(o: &Obj) -> &'static str {
    if is_coroutine(o) {
        "coroutine"
    } else if o.downcast::<GenObject>(&ASYNC_GENERATOR_TYPE).is_some() {
        "async_generator"
    } else {
        "generator"
    }
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
/// Also for a coroutine's `__await__` iterator.
pub fn next_or_stop(o: &Obj) -> PyResult<Option<Obj>> {
    let target = match o.downcast::<CoroWrapper>(&CORO_WRAPPER_TYPE) {
        Some(w) => w.coro.clone(),
        None => o.clone(),
    };
    match step(this(&target)?, none(), None)? {
        Ok(v) => Ok(Some(v)),
        Err(ret) if crate::types::is_none(&ret) => Ok(None),
        Err(ret) => Err(stop_iteration(ret)),
    }
}

fn m_send(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let [v] = a else { return Err(type_error(format!("{}.send() takes exactly one argument ({} given)", kind(s), a.len()))) };
    match step(this(s)?, v.clone(), None)? {
        Ok(y) => Ok(y),
        Err(ret) => Err(stop_iteration(ret)),
    }
}

/// The exception `throw(typ[, val[, tb]])` throws in. Bad arguments fail
/// at once (Err); an error while instantiating the class is what gets
/// thrown (as CPython, whose normalization failure is thrown in).
pub(crate) fn make_throw_error(a: &[Obj]) -> PyResult<PyErr> {
    let t = a.first().ok_or_else(|| type_error("throw expected at least 1 argument, got 0"))?;
    let tb = a.get(2).filter(|v| !crate::types::is_none(v));
    if tb.is_some_and(|v| !std::ptr::eq(v.type_obj(), &crate::traceback::TRACEBACK_TYPE)) {
        return Err(type_error("throw() third argument must be a traceback object"));
    }
    let e = make_throw_exception(t, a)?;
    if let (Some(tb), Some(x)) = (tb, exc::as_exc(&e.0)) {
        let old = x.with(|st| st.traceback.replace(tb.clone()));
        drop(old);
    }
    Ok(e)
}

fn make_throw_exception(t: &Obj, a: &[Obj]) -> PyResult<PyErr> {
    if exc::as_exc(t).is_some() {
        if a.get(1).is_some_and(|v| !crate::types::is_none(v)) {
            return Err(type_error("instance exception may not have a separate value"));
        }
        return Ok(PyErr(t.clone()));
    }
    if !crate::types::typeobj::as_type(t).is_some_and(|c| c.is_subtype(&exc::BASE_EXCEPTION)) {
        return Err(type_error(format!("exceptions must be classes or instances deriving from BaseException, not {}", t.type_obj().name())));
    }
    // The value is the argument; None means none and a tuple is the argument list.
    let call_args = match a.get(1) {
        None => vec![],
        Some(v) if crate::types::is_none(v) => vec![],
        Some(v) => match crate::types::tuple::as_tuple(v) {
            Some(items) if std::ptr::eq(v.type_obj(), &crate::types::tuple::TUPLE_TYPE) => items.to_vec(),
            _ => vec![v.clone()],
        },
    };
    let inst = match ab::call(t, &call_args, None) {
        Ok(i) => i,
        Err(e) => return Ok(e),
    };
    if exc::as_exc(&inst).is_none() {
        return Ok(type_error(format!(
            "calling {} should have returned an instance of BaseException, not {}",
            ab::repr_string(t)?,
            inst.type_obj().name()
        )));
    }
    Ok(PyErr(inst))
}

fn m_throw(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    if a.len() > 1 {
        crate::warningsmod::warn(
            &exc::DEPRECATION_WARNING,
            "the (type, exc, tb) signature of throw() is deprecated, use the single-arg signature instead.",
            1,
        )?;
    }
    let e = make_throw_error(a)?;
    let g = this(s)?;
    // Thrown into a generator that never started: the body is not entered
    // (no handler of it runs, no StopIteration conversion); it is finished.
    let fresh = matches!(&*g.state.lock().unwrap_or_else(|e| e.into_inner()), State::Ready { started: false, .. });
    if fresh {
        let old = std::mem::replace(&mut *g.state.lock().unwrap_or_else(|e| e.into_inner()), State::Done);
        if let State::Ready { mut frame, .. } = old {
            // The frame is entered just long enough to leave its traceback
            // entry (at the function's first line), as CPython's throw.
            crate::eval::with_suspended_current(&mut frame, |fr| crate::traceback::add_entry(&e, fr));
            discard_frame(frame);
        }
        return Err(e);
    }
    match step(g, none(), Some(e))? {
        Ok(y) => Ok(y),
        Err(ret) => Err(stop_iteration(ret)),
    }
}

fn m_close(s: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let g = this(s)?;
    let (started, running) = match &*g.state.lock().unwrap_or_else(|e| e.into_inner()) {
        State::Ready { started, .. } => (*started, false),
        State::Running => (true, true),
        State::Done => (false, false),
    };
    if running {
        return Err(value_error(format!("{} already executing", kind(s))));
    }
    if !started {
        let old = std::mem::replace(&mut *g.state.lock().unwrap_or_else(|e| e.into_inner()), State::Done);
        if let State::Ready { frame, .. } = old {
            discard_frame(frame);
        }
        return Ok(none());
    }
    match step(g, none(), Some(PyErr::empty(&exc::GENERATOR_EXIT))) {
        Ok(Ok(_)) => Err(runtime_error(format!("{} ignored GeneratorExit", kind(s)))),
        Ok(Err(v)) => Ok(v),
        Err(e) if e.is_instance(&exc::GENERATOR_EXIT) || e.is_instance(&exc::STOP_ITERATION) => Ok(none()),
        Err(e) => Err(e),
    }
}

fn gen_repr(o: &Obj) -> PyResult {
    let g = this(o)?;
    Ok(new_string(format!(
        "<{} object {} at {:#x}>",
        kind(o),
        crate::types::str::as_str(&g.qualname()).unwrap_or("?"),
        o.value().0
    )))
}

/// `gen.__name__ = s` / `gen.__qualname__ = s` (strings only); other
/// attributes are read-only, as for any builtin object.
fn gen_setattr(o: &Obj, name: &Obj, v: Option<&Obj>) -> PyResult<()> {
    let n = crate::types::str::as_str(name).unwrap_or("");
    if matches!(n, "__name__" | "__qualname__") {
        let g = o.downcast::<GenObject>(&ASYNC_GENERATOR_TYPE).map_or_else(|| this(o), Ok)?;
        let v = v.filter(|v| crate::types::str::as_str(v).is_some()).ok_or_else(|| type_error(format!("{n} must be set to a string object")))?;
        let cell = if n == "__name__" { &g.name } else { &g.qualname };
        drop(cell.set(Some(v.clone())));
        return Ok(());
    }
    crate::abstract_::setattr_readonly(o, name, v)
}

fn g_name(o: &Obj) -> PyResult {
    Ok(this(o)?.name())
}
fn g_qualname(o: &Obj) -> PyResult {
    Ok(this(o)?.qualname())
}
fn g_code(o: &Obj) -> PyResult {
    Ok(this(o)?.code.clone())
}
fn g_running(o: &Obj) -> PyResult {
    Ok(crate::types::bool_obj(matches!(&*this(o)?.state.lock().unwrap_or_else(|e| e.into_inner()), State::Running)))
}

fn g_frame(o: &Obj) -> PyResult {
    Ok(this(o)?.frame_object())
}
fn g_suspended(o: &Obj) -> PyResult {
    Ok(crate::types::bool_obj(this(o)?.is_suspended()))
}
fn g_yieldfrom(o: &Obj) -> PyResult {
    Ok(this(o)?.awaiting().unwrap_or_else(none))
}
fn g_origin(o: &Obj) -> PyResult {
    Ok(this(o)?.origin.clone().unwrap_or_else(none))
}

static GEN_METHODS: [MethodDef; 3] = [
    MethodDef { name: "send", func: m_send, doc: "send(arg)\n\nResume the generator, passing arg into generator code as the value of\nits paused yield; return what it yields next, or raise StopIteration\ncarrying its return value." },
    MethodDef {
        name: "throw",
        func: m_throw,
        doc: "throw(value)\nthrow(type[,value[,tb]])\n\nResume the generator by raising the exception at its paused yield; return\nthe next value it yields or raise StopIteration when it returns.\nThe three-argument form is deprecated.",
    },
    MethodDef { name: "close", func: m_close, doc: "close()\n\nFinish the generator: GeneratorExit is raised inside generator code at\nits paused yield." },
];
static GEN_GETSETS: [GetSetDef; 7] = [
    GetSetDef { name: "__name__", get: g_name },
    GetSetDef { name: "__qualname__", get: g_qualname },
    GetSetDef { name: "gi_code", get: g_code },
    GetSetDef { name: "gi_running", get: g_running },
    GetSetDef { name: "gi_frame", get: g_frame },
    GetSetDef { name: "gi_suspended", get: g_suspended },
    GetSetDef { name: "gi_yieldfrom", get: g_yieldfrom },
];

pub static GENERATOR_TYPE: TypeObject = TypeObject {
    repr: Some(gen_repr),
    iter: Some(crate::types::list::self_iter),
    next: Some(gen_next),
    methods: &GEN_METHODS,
    getsets: &GEN_GETSETS,
    setattr: Some(gen_setattr),
    ..TypeObject::builtin("generator", &crate::types::object::OBJECT_TYPE, dealloc_box::<GenObject>)
};

fn m_await(s: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    this(s)?;
    Ok(alloc(CoroWrapper {
        header: crate::object::new_header_tracked(&CORO_WRAPPER_TYPE),
        coro: s.clone(),
    }))
}

static CORO_METHODS: [MethodDef; 4] = [
    MethodDef { name: "send", func: m_send, doc: "send(arg)\n\nResume the coroutine, passing arg into coroutine code as the result of\nits pending await; return the value it passes out next, or raise\nStopIteration carrying its return value." },
    MethodDef {
        name: "throw",
        func: m_throw,
        doc: "throw(value)\nthrow(type[,value[,traceback]])\n\nResume by raising the exception in coroutine code where it is suspended;\nreturn the next value it produces or raise StopIteration when it returns.\nThe three-argument form is deprecated.",
    },
    MethodDef { name: "close", func: m_close, doc: "close()\n\nFinish the coroutine: GeneratorExit is raised inside coroutine code at\nits pending await." },
    MethodDef { name: "__await__", func: m_await, doc: "The iterator an await expression drives." },
];
static CORO_GETSETS: [GetSetDef; 8] = [
    GetSetDef { name: "__name__", get: g_name },
    GetSetDef { name: "__qualname__", get: g_qualname },
    GetSetDef { name: "cr_code", get: g_code },
    GetSetDef { name: "cr_running", get: g_running },
    GetSetDef { name: "cr_frame", get: g_frame },
    GetSetDef { name: "cr_suspended", get: g_suspended },
    GetSetDef { name: "cr_await", get: g_yieldfrom },
    GetSetDef { name: "cr_origin", get: g_origin },
];

pub static COROUTINE_TYPE: TypeObject = TypeObject {
    repr: Some(gen_repr),
    methods: &CORO_METHODS,
    getsets: &CORO_GETSETS,
    setattr: Some(gen_setattr),
    ..TypeObject::builtin("coroutine", &crate::types::object::OBJECT_TYPE, dealloc_box::<GenObject>)
};

/// What `coroutine.__await__()` returns: an iterator driving the coroutine.
#[repr(C)]
pub struct CoroWrapper {
    pub header: ObjHeader,
    coro: Obj,
}

fn wrapped(o: &Obj) -> PyResult<Obj> {
    o.downcast::<CoroWrapper>(&CORO_WRAPPER_TYPE).map(|w| w.coro.clone()).ok_or_else(|| type_error("coroutine_wrapper expected"))
}

/// The iterator slot (exhaustion is `None`; SEND reads the return value
/// through `send_to`, which drives the coroutine directly).
fn w_next(o: &Obj) -> PyResult<Option<Obj>> {
    let c = wrapped(o)?;
    match step(this(&c)?, none(), None)? {
        Ok(v) => Ok(Some(v)),
        Err(_) => Ok(None),
    }
}
fn w_send(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    m_send(&wrapped(s)?, a, k)
}
fn w_throw(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    m_throw(&wrapped(s)?, a, k)
}
fn w_close(s: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    m_close(&wrapped(s)?, a, k)
}

static WRAPPER_METHODS: [MethodDef; 3] = [
    MethodDef { name: "send", func: w_send, doc: "" },
    MethodDef { name: "throw", func: w_throw, doc: "" },
    MethodDef { name: "close", func: w_close, doc: "" },
];

pub static CORO_WRAPPER_TYPE: TypeObject = TypeObject {
    iter: Some(crate::types::list::self_iter),
    next: Some(w_next),
    methods: &WRAPPER_METHODS,
    ..TypeObject::builtin("coroutine_wrapper", &crate::types::object::OBJECT_TYPE, dealloc_box::<CoroWrapper>)
};

fn async_gen_repr(o: &Obj) -> PyResult {
    let g = o.downcast::<GenObject>(&ASYNC_GENERATOR_TYPE).ok_or_else(|| type_error("async_generator expected"))?;
    Ok(new_string(format!("<async_generator object {} at {:#x}>", crate::types::str::as_str(&g.qualname()).unwrap_or("?"), o.value().0)))
}

/// Async generators: the awaitables and the rest are in asyncgen.rs.
pub static ASYNC_GENERATOR_TYPE: TypeObject = TypeObject {
    repr: Some(async_gen_repr),
    methods: &crate::types::asyncgen::AGEN_METHODS,
    getsets: &crate::types::asyncgen::AGEN_GETSETS,
    setattr: Some(gen_setattr),
    ..TypeObject::builtin("async_generator", &crate::types::object::OBJECT_TYPE, dealloc_box::<GenObject>)
};
