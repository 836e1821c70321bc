//! The evaluation loop.
//!
//! Python-to-Python calls do not recurse on the Rust stack: CALL pushes a
//! new frame onto this invocation's frame list and the loop continues;
//! RETURN pops it. Frames keep their locals and value stack in the thread's
//! data stack (no heap allocation per call). Errors unwind through the
//! exception table of each frame.

use pyk_abi::code::{co, fast};
use pyk_abi::opcode::{intrinsic1, split, CompareOp, Op};
use pyk_abi::Value;

use crate::abstract_ as ab;
use crate::error::{name_error, system_error, type_error, unbound_local_error, PyErr, PyResult};
use crate::object::{decref, incref, Obj};
use crate::types::code::{as_code, CodeObject};
use crate::types::dict::{as_dict, get_str};
use crate::types::function::{as_cell, as_function, as_method_descr, new_cell, FunctionObject, FUNCTION_TYPE};
use crate::types::int;
use crate::types::singletons::{bool_obj, false_value, none, none_value, true_value};
use crate::types::str::as_str;
use crate::types::tuple::{as_tuple, new_tuple};

pub struct Frame {
    pub code: Obj,
    pub func: Option<Obj>,
    pub globals: Obj,
    pub builtins: Obj,
    /// Mapping for LOAD_NAME/STORE_NAME (module and class bodies).
    pub locals: Option<Obj>,
    /// localsplus slots followed by the value stack, in the thread's data stack.
    pub base: *mut Value,
    /// Stack depth (number of values above the localsplus slots).
    pub depth: usize,
    pub ip: usize,
    pub lasti: usize,
    /// Generator frames own their slots on the heap (`base` points into it);
    /// other frames live in the thread's data stack.
    /// (A boxed Vec: one word, where a boxed slice would take two.)
    pub heap: Option<Box<Vec<Value>>>,
    /// The calling frame (null for the outermost), valid while this frame runs.
    pub back: *const Frame,
    /// Unique per activation, to tell a live frame from a reused address.
    pub serial: u64,
    /// A frame running `__init__` for a class call made by CALL (see
    /// `class::simple_init`): the new instance, which the call returns
    /// in place of `__init__`'s None.
    pub init_self: Option<Obj>,
}

thread_local! {
    /// Per-thread activation counter (frames are only compared within their thread).
    static FRAME_SERIAL: std::cell::Cell<u64> = const { std::cell::Cell::new(1) };
}

/// Frames of one `run`: chunks of fixed capacity, so a frame never moves
/// while it is on the stack (back pointers and the current-frame pointer
/// stay valid).
pub struct FrameStack {
    chunks: Vec<Vec<Frame>>,
}

impl FrameStack {
    pub fn new() -> Self {
        FrameStack { chunks: vec![Vec::with_capacity(4)] }
    }

    // Invariant: only the first chunk may be empty (pop drops an emptied
    // later chunk, push adds a chunk only to put a frame in it), so the
    // top frame is always the last frame of the last chunk.

    pub fn push(&mut self, mut f: Frame) {
        f.back = match self.last_mut() {
            Some(top) => top as *const Frame,
            None => CURRENT.with(|c| c.get()),
        };
        f.serial = FRAME_SERIAL.with(|c| {
            let n = c.get();
            c.set(n + 1);
            n
        });
        match self.chunks.last_mut() {
            Some(c) if c.len() < c.capacity() => c.push(f),
            _ => self.push_chunk(f),
        }
    }

    #[cold]
    fn push_chunk(&mut self, f: Frame) {
        let mut c = Vec::with_capacity(64);
        c.push(f);
        self.chunks.push(c);
    }

    pub fn pop(&mut self) -> Option<Frame> {
        let f = self.chunks.last_mut()?.pop();
        if self.chunks.len() > 1 && self.chunks.last().is_some_and(|c| c.is_empty()) {
            self.chunks.pop();
        }
        f
    }

    #[inline]
    pub fn last_mut(&mut self) -> Option<&mut Frame> {
        self.chunks.last_mut()?.last_mut()
    }

    pub fn len(&self) -> usize {
        self.chunks.iter().map(|c| c.len()).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.chunks.iter().all(|c| c.is_empty())
    }
}

impl Default for FrameStack {
    fn default() -> Self {
        Self::new()
    }
}

// SAFETY: a frame is owned by one thread at a time (a generator's frame is
// taken out of the generator while it runs); its raw pointers point into
// its own heap buffer or the running thread's data stack.
unsafe impl Send for Frame {}

// Frames are moved on every call and return: past 128 bytes the moves
// become memcpy calls (7% of calls.py's instructions when `init_self` made
// it 144; the slot count is now computed and `heap` is one word).
const _: () = assert!(std::mem::size_of::<Frame>() <= 128);

impl Frame {
    fn code(&self) -> &CodeObject {
        // SAFETY: `code` is always a code object.
        unsafe { self.code.cast() }
    }

    /// The frame's slot count: localsplus, the value stack and one spare
    /// (what alloc_frame took from the data stack).
    fn nslots(&self) -> usize {
        let c = self.code();
        c.nlocalsplus() + c.stacksize + 1
    }
}


fn alloc_frame(code: Obj, func: Option<Obj>, globals: Obj, builtins: Obj, locals: Option<Obj>) -> PyResult<Frame> {
    let c = as_code(&code).ok_or_else(|| system_error("frame needs a code object"))?;
    let nslots = c.nlocalsplus() + c.stacksize + 1;
    let base = crate::thread::DATASTACK
        .with(|d| d.borrow_mut().push(nslots))
        .ok_or_else(|| crate::error::recursion_error("maximum recursion depth exceeded (frame stack exhausted)"))?;
    Ok(Frame {
        code,
        func,
        globals,
        builtins,
        locals,
        base,
        depth: 0,
        ip: 0,
        lasti: 0,
        heap: None,
        back: std::ptr::null(),
        serial: 0,
        init_self: None,
    })
}

/// Counts one more Python frame on this thread for a frame pushed by the
/// loop itself; false (and the count restored) past the recursion limit.
#[inline]
fn enter_py_depth(code: &Obj) -> bool {
    let depth = crate::thread::PY_DEPTH.with(|d| {
        let n = d.get() + 1;
        d.set(n);
        n
    });
    if depth > crate::thread::RECURSION_LIMIT.load(std::sync::atomic::Ordering::Relaxed) && !is_builtin_code(code) {
        crate::thread::PY_DEPTH.with(|d| d.set(d.get() - 1));
        return false;
    }
    true
}

/// Code of a builtin module written in Python (`_io`, `_codecs`, ...): it
/// stands for CPython's C code, whose calls the recursion limit does not
/// stop, so its frames may go past the limit (a `print()` at the limit
/// still writes). They still count: what they call is held to the limit.
fn is_builtin_code(code: &Obj) -> bool {
    as_code(code).is_some_and(|c| crate::collectionsmod::is_builtin_source(c.filename_str()))
}

fn release_frame(f: &mut Frame) {
    let n = f.code().nlocalsplus() + f.depth;
    for i in 0..n {
        // SAFETY: slots below nlocalsplus+depth hold owned values or NULL.
        unsafe {
            let v = *f.base.add(i);
            *f.base.add(i) = Value::NULL;
            decref(v);
        }
    }
    f.depth = 0;
    if f.heap.take().is_none() {
        crate::thread::DATASTACK.with(|d| d.borrow_mut().pop(f.nslots()));
    }
}

/// Releases a frame that is not running (a dropped generator's).
pub fn discard_frame(mut f: Frame) {
    release_frame(&mut f);
}

/// Moves the top data-stack frame's slots to the heap (for a generator).
fn move_to_heap(f: &mut Frame) {
    let n = f.nslots();
    let mut buf = vec![Value::NULL; n];
    for (i, slot) in buf.iter_mut().enumerate() {
        // SAFETY: the frame's n slots are in the data stack; ownership of
        // each value moves to the heap buffer and the old slot is emptied.
        unsafe {
            *slot = *f.base.add(i);
            *f.base.add(i) = Value::NULL;
        }
    }
    crate::thread::DATASTACK.with(|d| d.borrow_mut().pop(n));
    // Boxing the Vec moves its header only: `base` stays valid.
    f.base = buf.as_mut_ptr();
    f.heap = Some(Box::new(buf));
}

/// How a generator's frame stopped.
pub enum GenExit {
    Yield(Obj, Frame),
    Return(Obj),
}

/// The iterator a suspended generator frame is delegating to (`yield from`
/// or `await`): the frame stopped at the YIELD_VALUE of a SEND loop, so the
/// next instruction is a RESUME marking "after yield from/await" and the
/// delegate is on top of the stack.
pub fn yielding_from(frame: &Frame) -> Option<Obj> {
    let code = frame.code();
    let (op, arg) = pyk_abi::opcode::split(*code.code.get(frame.ip)?);
    if op != Op::RESUME as u8 || arg & 3 < 2 || frame.depth == 0 {
        return None;
    }
    // SAFETY: depth > 0, so the top stack slot holds an owned value.
    let top = unsafe { *frame.base.add(code.nlocalsplus() + frame.depth - 1) };
    Some(Obj::from_borrowed(top))
}

/// Resumes a suspended generator frame: pushes `sent` (the value of the
/// YIELD_VALUE it stopped at; none on the first resumption), then raises
/// `throw` at the suspension point if given.
pub fn resume(mut frame: Frame, sent: Option<Obj>, throw: Option<PyErr>) -> PyResult<GenExit> {
    if let Some(v) = sent {
        let nlp = frame.code().nlocalsplus();
        // SAFETY: a suspended frame has room for the value YIELD_VALUE returns.
        unsafe { *frame.base.add(nlp + frame.depth) = v.into_raw() };
        frame.depth += 1;
    }
    let _guard = CurrentGuard(CURRENT.with(|c| c.get()));
    let mut frames = FrameStack::new();
    frames.push(frame);
    crate::thread::PY_DEPTH.with(|d| d.set(d.get() + 1));
    crate::thread::check_recursion()?;
    let r = run_frames(&mut frames, throw);
    crate::thread::PY_DEPTH.with(|d| d.set(d.get() - 1));
    r
}

/// Runs a module-level (or class-body) code object with a locals mapping.
pub fn run_code(code: &Obj, globals: &Obj, locals: Option<&Obj>) -> PyResult {
    let f = alloc_frame(code.clone(), None, globals.clone(), builtins_of(globals), Some(locals.unwrap_or(globals).clone()))?;
    run(f)
}

/// The globals' `__builtins__` (a module stands for its dict; any other
/// object is used as the mapping it should be), else the interpreter's, as
/// CPython's `_PyEval_BuiltinsFromGlobals`.
pub fn builtins_of(globals: &Obj) -> Obj {
    match get_str(globals, &crate::types::str::istr("__builtins__")) {
        Some(b) => match crate::types::module::as_module(&b) {
            Some(m) => m.dict.clone(),
            None => b,
        },
        None => crate::interp::builtins_dict(),
    }
}

/// The builtins of the running frame (the interpreter's outside Python
/// code), as CPython's `PyEval_GetBuiltins`.
pub fn current_builtins() -> Obj {
    with_current_frame(|f| f.map(|f| f.builtins.clone())).unwrap_or_else(crate::interp::builtins_dict)
}

/// `builtins[name]` of the running frame, AttributeError(name) when it is
/// missing (CPython's `_PyEval_GetBuiltin`, used by iterators'
/// `__reduce__`).
pub fn get_builtin(name: &'static str) -> PyResult {
    let key = crate::types::str::istr(name);
    match mapping_get(&current_builtins(), &key)? {
        Some(v) => Ok(v),
        None => Err(PyErr::new(&crate::types::exceptions::ATTRIBUTE_ERROR, name)),
    }
}

/// `exec(code, globals, locals, closure=cells)`: runs a code object with
/// free variables, its cells taken from `closure` (checked by the caller).
pub fn run_code_closure(code: &Obj, globals: &Obj, locals: &Obj, closure: Obj) -> PyResult {
    let builtins = builtins_of(globals);
    let func = crate::types::function::new_function(code.clone(), globals.clone(), builtins.clone());
    if let Some(fo) = as_function(&func) {
        // SAFETY: the function was just created here and is not shared yet
        // (as after MAKE_FUNCTION; see FunctionObject).
        unsafe { *fo.closure.get() = Some(closure) };
    }
    let f = alloc_frame(code.clone(), Some(func), globals.clone(), builtins, Some(locals.clone()))?;
    run(f)
}

/// Runs a class body (a function without arguments) with `ns` as its
/// locals mapping; returns what the body returns (the `__class__` cell or None).
pub fn run_class_body(func: &Obj, ns: &Obj) -> PyResult {
    let f = as_function(func).ok_or_else(|| type_error("class body must be a function"))?;
    let frame = alloc_frame(f.code_obj().clone(), Some(func.clone()), f.globals.clone(), f.builtins.clone(), Some(ns.clone()))?;
    crate::thread::check_recursion()?;
    run(frame)
}

/// Calls a Python function from Rust.
pub fn call_function(func: &Obj, args: &[Obj], kwnames: Option<&Obj>) -> PyResult {
    let f = as_function(func).ok_or_else(|| type_error("function expected"))?;
    let frame = alloc_frame(f.code_obj().clone(), Some(func.clone()), f.globals.clone(), f.builtins.clone(), None)?;
    let mut frame = frame;
    if let Err(e) = bind_args(f, frame.base, args, kwnames) {
        release_frame(&mut frame);
        return Err(e);
    }
    crate::thread::check_recursion()?;
    run(frame)
}

fn qualname(f: &FunctionObject) -> String {
    crate::types::function::qualname_string(f)
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 { format!("{n} {word}") } else { format!("{n} {word}s") }
}

fn name_list(names: &[&str]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match q.len() {
        0 => String::new(),
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        n => format!("{}, and {}", q[..n - 1].join(", "), q[n - 1]),
    }
}

/// Binds call arguments into a new frame's localsplus slots (CPython's rules
/// and messages). `args` are the positional values followed by the keyword
/// values named by `kwnames`.
/// Whether a call with `nargs` positional arguments and no keywords fills
/// exactly the code's positional parameters (the binding fast path).
#[inline(always)]
fn exact_positional(c: &CodeObject, nargs: usize) -> bool {
    c.flags & (co::VARARGS | co::VARKEYWORDS) == 0 && c.kwonlyargcount == 0 && nargs == c.argcount as usize
}

fn bind_args(f: &FunctionObject, slots: *mut Value, args: &[Obj], kwnames: Option<&Obj>) -> PyResult<()> {
    let c = f.code();
    // Fast path: exactly the positional parameters, nothing else.
    if kwnames.is_none() && exact_positional(c, args.len()) {
        for (i, v) in args.iter().enumerate() {
            incref(v.value());
            // SAFETY: i < argcount <= nlocalsplus, and the new frame's slots are empty.
            unsafe { *slots.add(i) = v.value() };
        }
        return Ok(());
    }
    let kw = kwnames.and_then(as_tuple).unwrap_or(&[]);
    let npos = args.len() - kw.len();
    let argcount = c.argcount as usize;
    let kwonly = c.kwonlyargcount as usize;
    let has_varargs = c.flags & co::VARARGS != 0;
    let has_varkw = c.flags & co::VARKEYWORDS != 0;
    let set = |i: usize, v: &Obj| {
        // SAFETY: i < nlocalsplus (checked by callers against the code's counts,
        // which CodeData::validate bounds by the number of locals).
        unsafe {
            let old = *slots.add(i);
            incref(v.value());
            *slots.add(i) = v.value();
            decref(old);
        }
    };
    let is_set = |i: usize| {
        // SAFETY: as above.
        unsafe { !(*slots.add(i)).is_null() }
    };
    for (i, v) in args[..npos.min(argcount)].iter().enumerate() {
        set(i, v);
    }
    let mut extra_pos = 0;
    if npos > argcount {
        if has_varargs {
            set(argcount + kwonly, &new_tuple(args[argcount..npos].to_vec()));
        } else {
            extra_pos = npos - argcount;
        }
    } else if has_varargs {
        set(argcount + kwonly, &new_tuple(vec![]));
    }
    let kwdict = if has_varkw {
        let d = crate::types::dict::new_dict();
        let idx = argcount + kwonly + usize::from(has_varargs);
        set(idx, &d);
        Some(d)
    } else {
        None
    };
    let posonly = c.posonlyargcount as usize;
    let mut posonly_as_kw: Vec<&str> = vec![];
    for (name, v) in kw.iter().zip(&args[npos..]) {
        let key = as_str(name).unwrap_or("");
        let mut found = None;
        for i in posonly..argcount + kwonly {
            if c.local_name(i) == key {
                found = Some(i);
                break;
            }
        }
        match found {
            Some(i) => {
                if is_set(i) {
                    return Err(type_error(format!("{}() got multiple values for argument '{}'", qualname(f), key)));
                }
                set(i, v);
            }
            None => {
                if let Some(d) = &kwdict {
                    as_dict(d).expect("dict").set(name.clone(), v.clone())?;
                } else if (0..posonly).any(|i| c.local_name(i) == key) {
                    posonly_as_kw.push(key);
                } else {
                    // 3.13: suggest the closest keyword-capable parameter name.
                    let names: Vec<String> = (posonly..argcount + kwonly).map(|i| c.local_name(i).to_string()).collect();
                    let hint = crate::suggest::closest_c(&names, key).map(|n| format!(". Did you mean '{n}'?")).unwrap_or_default();
                    return Err(type_error(format!(
                        "{}() got an unexpected keyword argument '{}'{hint}",
                        qualname(f),
                        key
                    )));
                }
            }
        }
    }
    if !posonly_as_kw.is_empty() {
        return Err(type_error(format!(
            "{}() got some positional-only arguments passed as keyword arguments: '{}'",
            qualname(f),
            posonly_as_kw.join(", ")
        )));
    }
    if extra_pos > 0 {
        let defaults = f.defaults().and_then(as_tuple).map(|t| t.len()).unwrap_or(0);
        let kwgiven = kw.len();
        let takes = if defaults > 0 {
            format!("from {} to {} positional arguments", argcount - defaults, argcount)
        } else {
            plural(argcount, "positional argument")
        };
        let given = if kwgiven > 0 {
            format!(
                "{} positional argument{} (and {} keyword-only argument{}) were given",
                npos,
                if npos == 1 { "" } else { "s" },
                kwgiven,
                if kwgiven == 1 { "" } else { "s" }
            )
        } else if npos == 1 {
            "1 was given".to_string()
        } else {
            format!("{npos} were given")
        };
        return Err(type_error(format!("{}() takes {} but {}", qualname(f), takes, given)));
    }
    // Defaults for missing positional arguments.
    let defaults = f.defaults().and_then(as_tuple).unwrap_or(&[]);
    let first_default = argcount - defaults.len().min(argcount);
    let mut missing = vec![];
    for i in 0..argcount {
        if !is_set(i) {
            if i >= first_default {
                set(i, &defaults[i - first_default]);
            } else {
                missing.push(c.local_name(i));
            }
        }
    }
    if !missing.is_empty() {
        return Err(type_error(format!(
            "{}() missing {} required positional argument{}: {}",
            qualname(f),
            missing.len(),
            if missing.len() == 1 { "" } else { "s" },
            name_list(&missing)
        )));
    }
    let mut missing_kw = vec![];
    for i in argcount..argcount + kwonly {
        if !is_set(i) {
            let name = c.local_name(i);
            let dflt = f.kwdefaults().and_then(|d| get_str(d, &c.localsplusnames[i]));
            match dflt {
                Some(v) => set(i, &v),
                None => missing_kw.push(name),
            }
        }
    }
    if !missing_kw.is_empty() {
        return Err(type_error(format!(
            "{}() missing {} required keyword-only argument{}: {}",
            qualname(f),
            missing_kw.len(),
            if missing_kw.len() == 1 { "" } else { "s" },
            name_list(&missing_kw)
        )));
    }
    Ok(())
}

/// Compare-op number to enum.
fn cmp_op(arg: u32) -> CompareOp {
    match arg {
        0 => CompareOp::Lt,
        1 => CompareOp::Le,
        2 => CompareOp::Eq,
        3 => CompareOp::Ne,
        4 => CompareOp::Gt,
        _ => CompareOp::Ge,
    }
}

enum Unwind {
    /// A new error: add a traceback entry and chain the handled exception.
    Raise(PyErr),
    /// A re-raise: keep the traceback as it is.
    Reraise(PyErr),
}

fn load_global(f: &Frame, name: &Obj) -> PyResult {
    if exact_dict(&f.globals).is_some() && exact_dict(&f.builtins).is_some() {
        if let Some(v) = get_str(&f.globals, name) {
            return Ok(v);
        }
        if let Some(v) = get_str(&f.builtins, name) {
            return Ok(v);
        }
        return Err(name_not_defined(name));
    }
    // A dict subclass or another mapping as globals or builtins: its
    // `__getitem__` is asked (KeyError meaning absent), as CPython's slow path.
    if let Some(v) = mapping_get(&f.globals, name)? {
        return Ok(v);
    }
    match mapping_get(&f.builtins, name)? {
        Some(v) => Ok(v),
        None => Err(name_not_defined(name)),
    }
}

/// IMPORT_NAME: the frame's builtins' `__import__`; the interpreter's own
/// takes the direct way, another one (a replaced `builtins.__import__`) is
/// called with `(name, globals, locals or None, fromlist, level)`.
fn import_name(f: &Frame, name: &Obj, fromlist: &Obj, level: &Obj) -> PyResult {
    let import = match mapping_get(&f.builtins, &crate::types::str::istr("__import__"))? {
        Some(i) => i,
        None => return Err(PyErr::new(&crate::types::exceptions::IMPORT_ERROR, "__import__ not found")),
    };
    if crate::builtins::is_default_import(&import) {
        return crate::import::import_name(name, &f.globals, fromlist, int::as_i64(level).unwrap_or(0));
    }
    let locals = f.locals.clone().unwrap_or_else(none);
    ab::call(&import, &[name.clone(), f.globals.clone(), locals, fromlist.clone(), level.clone()], None)
}

/// An unbound free variable: a NameError whose `name` is the variable's.
fn free_var_error(n: &str) -> PyErr {
    let e = name_error(format!("cannot access free variable '{n}' where it is not associated with a value in enclosing scope"));
    if let Some(x) = crate::types::exceptions::as_exc(&e.0) {
        x.with(|s| s.name = Some(crate::types::str::new_str(n)));
    }
    e
}

fn name_not_defined(name: &Obj) -> PyErr {
    let n = as_str(name).unwrap_or("?");
    let e = name_error(format!("name '{n}' is not defined"));
    let suggestion = with_current_frame(|f| {
        let f = f?;
        // In a method, an attribute of self with that name wins.
        if let Some(slf) = f.locals.is_none().then(|| frame_locals(f)).and_then(|l| get_str(&l, &crate::types::str::istr("self"))) {
            if ab::getattr(&slf, name).is_ok() {
                return Some(format!("self.{n}"));
            }
        }
        let names = frame_names(f);
        crate::suggest::closest(&names, n).map(str::to_owned)
    });
    if let Some(x) = crate::types::exceptions::as_exc(&e.0) {
        x.with(|s| {
            s.name = Some(name.clone());
            s.suggestion = suggestion;
        });
    }
    e
}

/// The dict when `m` is exactly a dict (a subclass may override item access,
/// as enum's class namespace does).
#[inline(always)]
fn exact_dict(m: &Obj) -> Option<&crate::types::dict::DictObject> {
    if m.type_ptr() == &crate::types::dict::DICT_TYPE as *const _ { as_dict(m) } else { None }
}

fn mapping_get(m: &Obj, k: &Obj) -> PyResult<Option<Obj>> {
    if let Some(d) = exact_dict(m) {
        if crate::types::str::as_str_obj(k).is_some() {
            return Ok(get_str(m, k));
        }
        return d.get(k);
    }
    match ab::getitem(m, k) {
        Ok(v) => Ok(Some(v)),
        Err(e) if e.is_instance(&crate::types::exceptions::KEY_ERROR) => Ok(None),
        Err(e) => Err(e),
    }
}

thread_local! {
    /// The innermost frame executing on this thread (for globals(),
    /// locals(), eval/exec defaults and suggestions); null outside Python code.
    static CURRENT: std::cell::Cell<*const Frame> = const { std::cell::Cell::new(std::ptr::null()) };
}

/// Restores the previous current frame when a nested run ends.
struct CurrentGuard(*const Frame);
impl Drop for CurrentGuard {
    fn drop(&mut self) {
        CURRENT.with(|c| c.set(self.0));
    }
}

/// Runs `f` with the suspended generator frame `frame` shown as the
/// innermost executing one, as CPython links a generator's frame while its
/// `throw()` goes to the `yield from`/`await` delegate: the delegate's
/// frames have it as `f_back`, and it has the thread's current frame.
pub fn with_suspended_current<R>(frame: &mut Frame, f: impl FnOnce(&Frame) -> R) -> R {
    let _guard = CurrentGuard(CURRENT.with(|c| c.get()));
    frame.back = CURRENT.with(|c| c.get());
    frame.serial = FRAME_SERIAL.with(|c| {
        let n = c.get();
        c.set(n + 1);
        n
    });
    CURRENT.with(|c| c.set(frame as *const Frame));
    f(frame)
}

/// Runs `f` with the innermost executing frame, if any.
pub fn with_current_frame<R>(f: impl FnOnce(Option<&Frame>) -> R) -> R {
    let p = CURRENT.with(|c| c.get());
    // SAFETY: CURRENT points to a frame in an active `frames` vector of this
    // thread's eval loop (refreshed on every frame switch, restored when a
    // nested run returns); the frame outlives this synchronous call.
    f(if p.is_null() { None } else { Some(unsafe { &*p }) })
}

/// CPython's Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING bits, as
/// `collections.abc`'s `__abc_tpflags__` spells them.
const COLLECTION_SEQUENCE: i64 = 1 << 5;
const COLLECTION_MAPPING: i64 = 1 << 6;

/// Whether instances of `t` match sequence or mapping patterns: CPython's
/// collection flags of the builtin types (list, tuple, range, memoryview,
/// array, deque; dict, mappingproxy), inherited by subclasses, and the
/// `__abc_tpflags__` of `collections.abc.Sequence`/`Mapping` subclasses.
pub(crate) fn collection_kind(t: &'static crate::types::typeobj::TypeObject) -> Option<i64> {
    use crate::types::typeobj::tpflags;
    for &p in t.mro() {
        // SAFETY: MRO entries are live (immortal) type objects.
        let c: &'static crate::types::typeobj::TypeObject = unsafe { &*p };
        if c.flags & tpflags::HEAPTYPE != 0 {
            if let Some(v) = crate::types::dict::get_str(c.dict(), &crate::types::str::istr("__abc_tpflags__")) {
                let bits = int::as_i64(&v).unwrap_or(0) & (COLLECTION_SEQUENCE | COLLECTION_MAPPING);
                if bits != 0 {
                    return Some(bits);
                }
            }
            continue;
        }
        let seq = [&crate::types::list::LIST_TYPE, &crate::types::tuple::TUPLE_TYPE, &crate::types::range::RANGE_TYPE, &crate::types::bytearray::MEMORYVIEW_TYPE, &crate::types::deque::DEQUE_TYPE];
        if seq.iter().any(|s| std::ptr::eq(c, *s)) || (c.name() == "array" && c.module == "array") {
            return Some(COLLECTION_SEQUENCE);
        }
        if std::ptr::eq(c, &crate::types::dict::DICT_TYPE) || std::ptr::eq(c, &crate::types::mappingproxy::MAPPINGPROXY_TYPE) {
            return Some(COLLECTION_MAPPING);
        }
    }
    None
}

/// The names visible from a frame (locals, globals, builtins), for
/// "Did you mean" suggestions.
pub fn frame_names(f: &Frame) -> Vec<String> {
    fn add_dict(v: &mut Vec<String>, d: &Obj) {
        if let Some(dd) = as_dict(d) {
            for k in dd.keys() {
                if let Some(s) = as_str(&k) {
                    v.push(s.to_string());
                }
            }
        }
    }
    let mut v = vec![];
    match &f.locals {
        Some(l) if !l.is(&f.globals) => add_dict(&mut v, l),
        Some(_) => {}
        None => {
            let c = f.code();
            for i in 0..c.nlocalsplus() {
                v.push(c.local_name(i).to_string());
            }
        }
    }
    add_dict(&mut v, &f.globals);
    add_dict(&mut v, &f.builtins);
    v
}

/// locals() of a frame: the mapping, or a snapshot of the fast locals (PEP 667).
pub fn frame_locals(f: &Frame) -> Obj {
    if let Some(l) = &f.locals {
        return l.clone();
    }
    locals_dict(f.code(), &fast_slots(f))
}

/// The frame's fast-locals slots (variables, cells, free variables), each
/// a new reference; what a traceback keeps of a function frame.
pub fn fast_slots(f: &Frame) -> Vec<Option<Obj>> {
    (0..f.code().nlocalsplus())
        .map(|i| {
            // SAFETY: the frame's localsplus slots are valid while it exists.
            let v = unsafe { *f.base.add(i) };
            (!v.is_null()).then(|| Obj::from_borrowed(v))
        })
        .collect()
}

/// The PEP 667 snapshot dict of a function frame's fast-locals slots:
/// bound variables by name, cells and free variables by their contents.
pub fn locals_dict(c: &CodeObject, slots: &[Option<Obj>]) -> Obj {
    let d = crate::types::dict::new_dict();
    for (i, o) in slots.iter().enumerate().take(c.nlocalsplus()) {
        let Some(o) = o.clone() else { continue };
        let kind = c.localspluskinds[i];
        let val = if kind & (fast::CELL | fast::FREE) != 0 {
            match as_cell(&o).and_then(|cell| cell.contents.get()) {
                Some(x) => x,
                None => continue,
            }
        } else {
            o
        };
        let _ = as_dict(&d).expect("dict").set(c.localsplusnames[i].clone(), val);
    }
    d
}

/// The arguments of a zero-argument `super()` called from the current
/// frame: its `__class__` cell and its first argument, with CPython's errors.
/// (`super().attr` is compiled to LOAD_SUPER_ATTR and never comes here; a
/// bare `super()` call does.)
pub fn zero_arg_super() -> PyResult<(Obj, Obj)> {
    with_current_frame(|cur| {
        let rt = crate::error::runtime_error;
        let Some(f) = cur else { return Err(rt("super(): no current frame")) };
        let c = f.code();
        if c.argcount == 0 || f.locals.is_some() {
            return Err(rt("super(): no arguments"));
        }
        let locals = frame_locals(f);
        let d = as_dict(&locals).expect("dict");
        let first = d.get(&c.localsplusnames[0])?.ok_or_else(|| rt("super(): arg[0] deleted"))?;
        let cls = d.get(&crate::types::str::istr("__class__"))?.ok_or_else(|| rt("super(): __class__ cell not found"))?;
        Ok((cls, first))
    })
}

/// Runs `entry` (and every Python frame it calls) to completion.
pub fn run(entry: Frame) -> PyResult {
    let _guard = CurrentGuard(CURRENT.with(|c| c.get()));
    let mut frames = FrameStack::new();
    let depth0 = crate::thread::PY_DEPTH.with(|d| {
        let n = d.get() + 1;
        d.set(n);
        n
    });
    if depth0 > crate::thread::RECURSION_LIMIT.load(std::sync::atomic::Ordering::Relaxed) && !is_builtin_code(&entry.code) {
        crate::thread::PY_DEPTH.with(|d| d.set(d.get() - 1));
        let mut f = entry;
        release_frame(&mut f);
        return Err(crate::error::recursion_error("maximum recursion depth exceeded"));
    }
    frames.push(entry);
    let r = run_frames(&mut frames, None);
    crate::thread::PY_DEPTH.with(|d| d.set(d.get() - 1));
    match r? {
        GenExit::Return(v) => Ok(v),
        GenExit::Yield(_, f) => {
            discard_frame(f);
            Err(system_error("yield outside a generator frame"))
        }
    }
}

fn run_frames(frames: &mut FrameStack, mut throw: Option<PyErr>) -> PyResult<GenExit> {
    loop {
        let thrown = throw.is_some();
        let outcome = match throw.take() {
            Some(e) => Err(Unwind::Raise(e)),
            None => execute(frames),
        };
        match outcome {
            Ok(v) => return Ok(v),
            Err(unwind) => {
                // Find a handler in the innermost frame, else pop it and retry in its caller.
                let (err, is_new) = match unwind {
                    Unwind::Raise(e) => (e, true),
                    Unwind::Reraise(e) => (e, false),
                };
                if is_new {
                    // A thrown exception chains only to what the generator
                    // itself handles (CPython's _PyErr_ChainStackItem).
                    chain_context(&err, if thrown { crate::thread::handled_own() } else { crate::thread::handled() });
                }
                let mut add_tb = is_new;
                let mut err = err;
                loop {
                    let f = frames.last_mut().expect("frame");
                    if add_tb {
                        crate::traceback::add_entry(&err, f);
                        if crate::trace::active() {
                            // A failing hook replaces the exception.
                            if let Err(e) = crate::trace::on_exception(f, &err.0) {
                                err = e;
                            }
                        }
                    }
                    add_tb = true;
                    if let Some(h) = find_handler(f) {
                        // Pop the value stack to the handler's depth.
                        let nlp = f.code().nlocalsplus();
                        while f.depth > h.depth as usize {
                            f.depth -= 1;
                            // SAFETY: stack slots below depth hold owned values.
                            unsafe {
                                let p = f.base.add(nlp + f.depth);
                                decref(*p);
                                *p = Value::NULL;
                            }
                        }
                        // SAFETY: depth + 2 <= stacksize by construction of the handler.
                        unsafe {
                            if h.lasti {
                                *f.base.add(nlp + f.depth) = int::from_i64(f.lasti as i64).into_raw();
                                f.depth += 1;
                            }
                            *f.base.add(nlp + f.depth) = err.0.clone().into_raw();
                            f.depth += 1;
                        }
                        f.ip = h.target as usize;
                        break;
                    }
                    if crate::trace::active() {
                        // The frame ends by the exception: `return` with None.
                        if let Err(e) = crate::trace::on_return(f, &crate::types::none()) {
                            err = e;
                        }
                    }
                    let mut done = frames.pop().expect("frame");
                    // Finalizers that releasing the frame runs see its
                    // caller as the current frame, not the popped one.
                    CURRENT.with(|c| c.set(done.back));
                    release_frame(&mut done);
                    crate::thread::PY_DEPTH.with(|d| d.set(d.get().saturating_sub(1)));
                    if frames.is_empty() {
                        crate::thread::PY_DEPTH.with(|d| d.set(d.get() + 1));
                        return Err(err);
                    }
                }
            }
        }
    }
}

fn chain_context(err: &PyErr, handled: Option<Obj>) {
    if let Some(h) = handled {
        if !h.is(&err.0) {
            if let Some(e) = crate::types::exceptions::as_exc(&err.0) {
                // Avoid creating a cycle: cut the chain where it reaches err.
                let mut cur = Some(h.clone());
                let mut steps = 0;
                while let Some(c) = cur {
                    steps += 1;
                    if steps > 1000 {
                        break;
                    }
                    let ce = crate::types::exceptions::as_exc(&c);
                    let next = ce.and_then(|ce| ce.with(|s| s.context.clone()));
                    if let Some(n) = &next {
                        if n.is(&err.0) {
                            if let Some(ce) = ce {
                                let old = ce.with(|s| s.context.take());
                                drop(old);
                            }
                            break;
                        }
                    }
                    cur = next;
                }
                let old = e.with(|s| if s.context.is_none() { s.context.replace(h) } else { None });
                drop(old);
            }
        }
    }
}

fn find_handler(f: &Frame) -> Option<pyk_abi::code::ExceptEntry> {
    let i = f.lasti as u32;
    f.code().exceptiontable.iter().find(|e| e.start <= i && i < e.end).copied()
}

/// The `line` event check of a traced frame, before instruction `cur`: at
/// the first instruction of a new line, or of a line jumped back to. A
/// loop's closing jump carries the loop header's line; its target reports
/// that line. Out of line so that untraced frames pay one branch.
#[cold]
#[inline(never)]
fn trace_line_step(f: &Frame, code: &CodeObject, op: Op, arg: u32, cur: usize, prev: &mut usize, body_start: usize) -> PyResult<()> {
    if cur <= body_start || op == Op::CACHE || op == Op::EXTENDED_ARG {
        return Ok(());
    }
    let line = code.location(cur).lineno;
    let loop_end = matches!(op, Op::JUMP | Op::JUMP_NO_INTERRUPT) && (arg as usize) <= cur && code.location(arg as usize).lineno == line;
    let back = cur < *prev;
    *prev = cur;
    if line != 0 && !loop_end {
        crate::trace::on_line(f, line, back)?;
    }
    Ok(())
}

/// The dispatch loop. Returns the entry frame's result, or an error to unwind.
/// It comes in two builds: untraced (no tracing code at all) and traced;
/// a frame entered after `sys.settrace`/`setprofile` changed switches.
fn execute(frames: &mut FrameStack) -> Result<GenExit, Unwind> {
    loop {
        let r = if crate::trace::active() { execute_mode::<true>(frames) } else { execute_mode::<false>(frames) };
        match r {
            Ok(None) => continue,
            Ok(Some(exit)) => return Ok(exit),
            Err(u) => return Err(u),
        }
    }
}

/// `execute` for one tracing mode; `Ok(None)` asks for the other mode
/// (the top frame has not started its next instruction yet).
fn execute_mode<const TRACING: bool>(frames: &mut FrameStack) -> Result<Option<GenExit>, Unwind> {
    'frame: loop {
        if crate::trace::active() != TRACING {
            return Ok(None);
        }
        let f: *mut Frame = frames.last_mut().expect("frame");
        // SAFETY: frames never move while on a FrameStack (fixed-capacity
        // chunks), and we re-derive this pointer after every push/pop.
        let f = unsafe { &mut *f };
        CURRENT.with(|c| c.set(f as *const Frame));
        let code: &CodeObject = f.code();
        // SAFETY: the code object is kept alive by f.code for the frame's life.
        let code: &CodeObject = unsafe { &*(code as *const CodeObject) };
        let words = &code.code[..];
        let nlp = code.nlocalsplus();
        let base = f.base;
        // SAFETY: the stack area starts after the localsplus slots.
        let stack = unsafe { base.add(nlp) };
        let mut sp = f.depth;
        let mut ip = f.ip;
        let mut cur: usize;
        // Tracing (trace.rs) is decided when a frame is entered.
        // A frame already running when a hook is set gets no `call` event
        // (and no local trace function) of its own, as in CPython.
        let tracing = TRACING;
        let mut trace_prev: usize = ip;
        // Line events start after the prologue (up to the first RESUME).
        let body_start = if TRACING { words.iter().position(|&w| split(w).0 == Op::RESUME as u8).unwrap_or(0) } else { 0 };
        // A generator function's first run only builds the generator
        // (RETURN_GENERATOR): its `call` comes when the generator starts.
        if TRACING && split(words[ip]).0 != Op::RETURN_GENERATOR as u8 {
            f.lasti = ip;
            if let Err(e) = crate::trace::on_enter(f, ip == 0, code.location(ip).lineno) {
                return Err(Unwind::Raise(e));
            }
        }

        macro_rules! push {
            ($v:expr) => {{
                let v: Obj = $v;
                // SAFETY: the compiler's stacksize bounds sp.
                unsafe { *stack.add(sp) = v.into_raw() };
                sp += 1;
            }};
        }
        macro_rules! pop {
            () => {{
                sp -= 1;
                // SAFETY: slot sp holds an owned value that we take.
                unsafe {
                    let v = *stack.add(sp);
                    *stack.add(sp) = Value::NULL;
                    Obj::from_raw(v)
                }
            }};
        }
        macro_rules! pop_raw {
            () => {{
                sp -= 1;
                // SAFETY: as pop!, the value may be NULL.
                unsafe {
                    let v = *stack.add(sp);
                    *stack.add(sp) = Value::NULL;
                    v
                }
            }};
        }
        macro_rules! peek {
            ($n:expr) => {{
                // SAFETY: n <= sp.
                unsafe { &*(stack.add(sp - $n) as *const Obj) }
            }};
        }
        macro_rules! sync {
            () => {
                f.depth = sp;
                f.ip = ip;
                f.lasti = cur;
            };
        }
        macro_rules! raise {
            ($e:expr) => {{
                sync!();
                return Err(Unwind::Raise($e));
            }};
        }
        macro_rules! tri {
            ($e:expr) => {
                match $e {
                    Ok(v) => v,
                    Err(e) => raise!(e),
                }
            };
        }
        macro_rules! local {
            ($i:expr) => {
                // SAFETY: validated code keeps local indexes < nlocalsplus.
                unsafe { &mut *base.add($i as usize) }
            };
        }
        macro_rules! cell {
            ($i:expr) => {
                // SAFETY: validated code keeps local indexes < nlocalsplus; the
                // slot holds a cell (or NULL) placed by MAKE_CELL/COPY_FREE_VARS.
                unsafe { &*(base.add($i as usize) as *const Obj) }
            };
        }
        macro_rules! name {
            ($i:expr) => {
                &code.names[$i as usize]
            };
        }

        let mut ext: u32 = 0;
        loop {
            let w = words[ip];
            let (opb, a) = split(w);
            let arg = a | (ext << 24);
            ext = 0;
            cur = ip;
            // SAFETY: validated code holds only known opcodes.
            let op: Op = unsafe { std::mem::transmute::<u8, Op>(opb) };
            if tracing {
                f.depth = sp;
                f.ip = ip;
                f.lasti = cur;
                if let Err(e) = trace_line_step(f, code, op, arg, cur, &mut trace_prev, body_start) {
                    return Err(Unwind::Raise(e));
                }
            }
            ip += 1 + pyk_abi::opcode::CACHE_WORDS[opb as usize] as usize;
            match op {
                Op::CACHE | Op::NOP => {}
                Op::RESUME => {
                    // Signals and GIL requests are served at function entry
                    // and after a plain yield too, as CPython's RESUME does
                    // (not inside `yield from`/`await`).
                    if arg < 2 && crate::interp::eval_breaker_set() {
                        sync!();
                        tri!(crate::interp::handle_eval_breaker());
                    }
                }
                Op::EXTENDED_ARG => {
                    ext = arg;
                }
                Op::POP_TOP => {
                    let v = pop_raw!();
                    decref(v);
                }
                Op::PUSH_NULL => {
                    // SAFETY: stack slot within stacksize.
                    unsafe { *stack.add(sp) = Value::NULL };
                    sp += 1;
                }
                Op::COPY => {
                    let v = peek!(arg as usize).clone();
                    push!(v);
                }
                Op::SWAP => {
                    // SAFETY: both slots are within the stack.
                    unsafe { std::ptr::swap(stack.add(sp - 1), stack.add(sp - arg as usize)) };
                }
                Op::LOAD_CONST => {
                    push!(code.consts[arg as usize].clone());
                }
                Op::LOAD_FAST => {
                    let v = *local!(arg);
                    if v.is_null() {
                        raise!(unbound_local_error(format!(
                            "cannot access local variable '{}' where it is not associated with a value",
                            code.local_name(arg as usize)
                        )));
                    }
                    incref(v);
                    // SAFETY: within stacksize.
                    unsafe { *stack.add(sp) = v };
                    sp += 1;
                }
                Op::LOAD_FAST_AND_CLEAR => {
                    let slot = local!(arg);
                    let v = std::mem::replace(slot, Value::NULL);
                    // SAFETY: within stacksize; v's reference moves to the stack.
                    unsafe { *stack.add(sp) = v };
                    sp += 1;
                }
                Op::STORE_FAST => {
                    let v = pop_raw!();
                    let old = std::mem::replace(local!(arg), v);
                    decref(old);
                }
                Op::DELETE_FAST => {
                    // (a finalizer run by the deletion names this line)
                    sync!();
                    let old = std::mem::replace(local!(arg), Value::NULL);
                    if old.is_null() {
                        raise!(unbound_local_error(format!(
                            "cannot access local variable '{}' where it is not associated with a value",
                            code.local_name(arg as usize)
                        )));
                    }
                    decref(old);
                }
                Op::MAKE_CELL => {
                    let slot = local!(arg);
                    let old = std::mem::replace(slot, Value::NULL);
                    let init = if old.is_null() {
                        None
                    } else {
                        // SAFETY: the slot owned this reference.
                        Some(unsafe { Obj::from_raw(old) })
                    };
                    *slot = new_cell(init).into_raw();
                }
                Op::COPY_FREE_VARS => {
                    let closure = f.func.as_ref().and_then(|fu| as_function(fu)).and_then(|fu| fu.closure().cloned());
                    let cells = closure.as_ref().and_then(as_tuple).unwrap_or(&[]);
                    let n = arg as usize;
                    if cells.len() < n {
                        raise!(system_error("closure has fewer cells than the code needs"));
                    }
                    for (k, c) in cells[..n].iter().enumerate() {
                        let old = std::mem::replace(local!(nlp - n + k), c.clone().into_raw());
                        decref(old);
                    }
                }
                Op::LOAD_DEREF => {
                    // SAFETY: slot value is a cell (or NULL) by construction.
                    let cell = cell!(arg);
                    match as_cell(cell).and_then(|c| c.contents.get()) {
                        Some(v) => push!(v),
                        None => {
                            let n = code.local_name(arg as usize);
                            if code.localspluskinds[arg as usize] & fast::FREE != 0 {
                                raise!(free_var_error(n));
                            }
                            raise!(unbound_local_error(format!(
                                "cannot access local variable '{n}' where it is not associated with a value"
                            )));
                        }
                    }
                }
                Op::STORE_DEREF => {
                    let v = pop!();
                    // SAFETY: as LOAD_DEREF.
                    let cell = cell!(arg);
                    match as_cell(cell) {
                        Some(c) => drop(c.contents.set(Some(v))),
                        None => raise!(system_error("STORE_DEREF on a non-cell")),
                    }
                }
                Op::DELETE_DEREF => {
                    // (a finalizer run by the deletion names this line)
                    sync!();
                    // SAFETY: as LOAD_DEREF.
                    let cell = cell!(arg);
                    match as_cell(cell).map(|c| c.contents.set(None)) {
                        Some(Some(old)) => drop(old),
                        _ => raise!(unbound_local_error(format!(
                            "cannot access local variable '{}' where it is not associated with a value",
                            code.local_name(arg as usize)
                        ))),
                    }
                }
                Op::LOAD_NAME => {
                    let n = name!(arg);
                    let locals = f.locals.as_ref().unwrap_or(&f.globals);
                    let v = match tri!(mapping_get(locals, n)) {
                        Some(v) => v,
                        None => tri!(load_global(f, n)),
                    };
                    push!(v);
                }
                Op::STORE_NAME => {
                    let v = pop!();
                    let n = name!(arg);
                    let locals = f.locals.as_ref().unwrap_or(&f.globals);
                    match exact_dict(locals) {
                        Some(d) => tri!(d.set(n.clone(), v)),
                        None => tri!(ab::setitem(locals, n, Some(&v))),
                    }
                }
                Op::DELETE_NAME => {
                    // (a finalizer run by the deletion names this line)
                    sync!();
                    let n = name!(arg);
                    let locals = f.locals.as_ref().unwrap_or(&f.globals);
                    let removed = match exact_dict(locals) {
                        Some(d) => tri!(d.del(n)).is_some(),
                        None => ab::setitem(locals, n, None).is_ok(),
                    };
                    if !removed {
                        raise!(name_not_defined(n));
                    }
                }
                Op::LOAD_GLOBAL => {
                    let v = tri!(load_global(f, name!(arg)));
                    push!(v);
                }
                Op::STORE_GLOBAL => {
                    let v = pop!();
                    tri!(as_dict(&f.globals).expect("globals dict").set(name!(arg).clone(), v));
                }
                Op::DELETE_GLOBAL => {
                    // (a finalizer run by the deletion names this line)
                    sync!();
                    if tri!(as_dict(&f.globals).expect("globals dict").del(name!(arg))).is_none() {
                        raise!(name_not_defined(name!(arg)));
                    }
                }
                Op::LOAD_FROM_DICT_OR_GLOBALS => {
                    let m = pop!();
                    let n = name!(arg);
                    let v = match tri!(mapping_get(&m, n)) {
                        Some(v) => v,
                        None => tri!(load_global(f, n)),
                    };
                    push!(v);
                }
                Op::LOAD_FROM_DICT_OR_DEREF => {
                    let m = pop!();
                    let n = &code.localsplusnames[arg as usize];
                    let v = match tri!(mapping_get(&m, n)) {
                        Some(v) => v,
                        None => {
                            // SAFETY: as LOAD_DEREF.
                            let cell = cell!(arg);
                            match as_cell(cell).and_then(|c| c.contents.get()) {
                                Some(v) => v,
                                None => raise!(free_var_error(as_str(n).unwrap_or("?"))),
                            }
                        }
                    };
                    push!(v);
                }
                Op::LOAD_LOCALS => {
                    match &f.locals {
                        Some(l) => push!(l.clone()),
                        None => raise!(system_error("no locals found")),
                    }
                }
                Op::LOAD_ATTR => {
                    f.lasti = cur;
                    let o = pop!();
                    let v = tri!(ab::getattr(&o, name!(arg)));
                    push!(v);
                }
                Op::LOAD_METHOD => {
                    let o = pop!();
                    let (m, unbound) = tri!(ab::get_method(&o, name!(arg)));
                    push!(m);
                    if unbound {
                        push!(o);
                    } else {
                        // SAFETY: within stacksize.
                        unsafe { *stack.add(sp) = Value::NULL };
                        sp += 1;
                    }
                }
                Op::STORE_ATTR => {
                    let o = pop!();
                    let v = pop!();
                    tri!(ab::setattr(&o, name!(arg), Some(&v)));
                }
                Op::DELETE_ATTR => {
                    let o = pop!();
                    tri!(ab::setattr(&o, name!(arg), None));
                }
                Op::BINARY_SUBSCR => {
                    let k = pop!();
                    let c = pop!();
                    let v = tri!(ab::getitem(&c, &k));
                    push!(v);
                }
                Op::STORE_SUBSCR => {
                    let k = pop!();
                    let c = pop!();
                    let v = pop!();
                    tri!(ab::setitem(&c, &k, Some(&v)));
                }
                Op::DELETE_SUBSCR => {
                    let k = pop!();
                    let c = pop!();
                    tri!(ab::setitem(&c, &k, None));
                }
                Op::BUILD_SLICE => {
                    let step = if arg == 3 { pop!() } else { none() };
                    let stop = pop!();
                    let start = pop!();
                    push!(crate::types::range::new_slice(start, stop, step));
                }
                Op::BINARY_SLICE => {
                    let stop = pop!();
                    let start = pop!();
                    let c = pop!();
                    let sl = crate::types::range::new_slice(start, stop, none());
                    let v = tri!(ab::getitem(&c, &sl));
                    push!(v);
                }
                Op::STORE_SLICE => {
                    let stop = pop!();
                    let start = pop!();
                    let c = pop!();
                    let v = pop!();
                    let sl = crate::types::range::new_slice(start, stop, none());
                    tri!(ab::setitem(&c, &sl, Some(&v)));
                }
                Op::UNARY_NEGATIVE => {
                    let o = pop!();
                    let v = tri!(ab::unary(&o, "neg"));
                    push!(v);
                }
                Op::UNARY_POSITIVE => {
                    let o = pop!();
                    let v = tri!(ab::unary(&o, "pos"));
                    push!(v);
                }
                Op::UNARY_INVERT => {
                    let o = pop!();
                    // (`~bool` warns, and a warning names the current line)
                    sync!();
                    let v = tri!(ab::unary(&o, "inv"));
                    push!(v);
                }
                Op::UNARY_NOT => {
                    let o = pop!();
                    let t = tri!(ab::is_true(&o));
                    push!(bool_obj(!t));
                }
                Op::BINARY_OP => {
                    let b = pop_raw!();
                    let a = pop_raw!();
                    // Fast path: both small ints.
                    if a.is_small_int() && b.is_small_int() {
                        let (x, y) = (a.as_small_int(), b.as_small_int());
                        let r = match arg {
                            0 | 13 => Some(x + y),
                            10 | 23 => Some(x - y),
                            5 | 18 => x.checked_mul(y),
                            _ => None,
                        };
                        if let Some(r) = r {
                            push!(int::from_i64(r));
                            continue;
                        }
                    }
                    // SAFETY: both were owned stack values.
                    let (a, b) = unsafe { (Obj::from_raw(a), Obj::from_raw(b)) };
                    let Some(bop) = ab::binary_op_from_u32(arg) else { raise!(system_error("bad BINARY_OP argument")) };
                    let v = tri!(ab::binary_op(&a, &b, bop));
                    push!(v);
                }
                Op::COMPARE_OP => {
                    let b = pop_raw!();
                    let a = pop_raw!();
                    if a.is_small_int() && b.is_small_int() {
                        let (x, y) = (a.as_small_int(), b.as_small_int());
                        let r = match arg {
                            0 => x < y,
                            1 => x <= y,
                            2 => x == y,
                            3 => x != y,
                            4 => x > y,
                            _ => x >= y,
                        };
                        push!(bool_obj(r));
                        continue;
                    }
                    // SAFETY: owned stack values.
                    let (a, b) = unsafe { (Obj::from_raw(a), Obj::from_raw(b)) };
                    let v = tri!(ab::richcompare(&a, &b, cmp_op(arg)));
                    push!(v);
                }
                Op::IS_OP => {
                    let b = pop!();
                    let a = pop!();
                    push!(bool_obj(a.is(&b) != (arg == 1)));
                }
                Op::CONTAINS_OP => {
                    let c = pop!();
                    let x = pop!();
                    let r = tri!(ab::contains(&c, &x));
                    push!(bool_obj(r != (arg == 1)));
                }
                Op::BUILD_TUPLE | Op::BUILD_LIST | Op::BUILD_SET => {
                    let n = arg as usize;
                    let mut items = Vec::with_capacity(n);
                    for k in 0..n {
                        // SAFETY: the top n stack slots hold owned values.
                        items.push(unsafe { Obj::from_raw(*stack.add(sp - n + k)) });
                        // SAFETY: as above.
                        unsafe { *stack.add(sp - n + k) = Value::NULL };
                    }
                    sp -= n;
                    match op {
                        Op::BUILD_TUPLE => push!(new_tuple(items)),
                        Op::BUILD_LIST => push!(crate::types::list::new_list(items)),
                        _ => {
                            let s = tri!(crate::types::set::set_from(&crate::types::set::SET_TYPE, &items));
                            push!(s)
                        }
                    }
                }
                Op::BUILD_MAP => {
                    let n = arg as usize;
                    let d = crate::types::dict::new_dict();
                    let mut pairs = Vec::with_capacity(n);
                    for _ in 0..n {
                        let v = pop!();
                        let k = pop!();
                        pairs.push((k, v));
                    }
                    for (k, v) in pairs.into_iter().rev() {
                        tri!(as_dict(&d).expect("dict").set(k, v));
                    }
                    push!(d);
                }
                Op::BUILD_STRING => {
                    let n = arg as usize;
                    let mut s = String::new();
                    for k in 0..n {
                        let piece = peek!(n - k);
                        s.push_str(as_str(piece).unwrap_or(""));
                    }
                    for _ in 0..n {
                        decref(pop_raw!());
                    }
                    push!(crate::types::str::new_string(s));
                }
                Op::LIST_APPEND => {
                    let v = pop!();
                    match crate::types::list::as_list(peek!(arg as usize)) {
                        Some(l) => l.push(v),
                        None => raise!(system_error("LIST_APPEND on a non-list")),
                    }
                }
                Op::LIST_EXTEND => {
                    let it = pop!();
                    let items = match ab::collect(&it) {
                        Ok(v) => v,
                        Err(e) if e.is_instance(&crate::types::exceptions::TYPE_ERROR) && it.type_obj().iter.is_none() => {
                            raise!(type_error(format!("Value after * must be an iterable, not {}", it.type_obj().name())))
                        }
                        Err(e) => raise!(e),
                    };
                    match crate::types::list::as_list(peek!(arg as usize)) {
                        Some(l) => l.with(|v| v.extend(items)),
                        None => raise!(system_error("LIST_EXTEND on a non-list")),
                    }
                }
                Op::SET_ADD => {
                    let v = pop!();
                    match crate::types::set::as_anyset(peek!(arg as usize)) {
                        Some(s) => tri!(s.add(v)),
                        None => raise!(system_error("SET_ADD on a non-set")),
                    }
                }
                Op::SET_UPDATE => {
                    let it = pop!();
                    match crate::types::set::as_anyset(peek!(arg as usize)) {
                        Some(s) => tri!(s.update(&it)),
                        None => raise!(system_error("SET_UPDATE on a non-set")),
                    }
                }
                Op::MAP_ADD => {
                    let v = pop!();
                    let k = pop!();
                    match as_dict(peek!(arg as usize)) {
                        Some(d) => tri!(d.set(k, v)),
                        None => raise!(system_error("MAP_ADD on a non-dict")),
                    }
                }
                Op::DICT_UPDATE => {
                    let src = pop!();
                    let d = peek!(arg as usize).clone();
                    // `{**src}`: a mapping (keys()), never a sequence of pairs
                    let r = if as_dict(&src).is_some() || ab::lookup_attr(&src, &crate::types::str::istr("keys")).is_ok_and(|k| k.is_some()) {
                        crate::types::dict::update_from(&d, &src)
                    } else {
                        Err(crate::error::attribute_error("keys"))
                    };
                    match r {
                        Ok(()) => {}
                        Err(e) if e.is_instance(&crate::types::exceptions::ATTRIBUTE_ERROR) => {
                            raise!(type_error(format!("'{}' object is not a mapping", src.type_obj().name())))
                        }
                        Err(e) => raise!(e),
                    }
                }
                Op::DICT_MERGE => {
                    // `f(**src)`: the stack is callable, self_or_null, args, dict,
                    // ..., so the callable is three below the dict.
                    let src = pop!();
                    let d = peek!(arg as usize).clone();
                    let callable = peek!(arg as usize + 3).clone();
                    let pairs = if let Some(sd) = as_dict(&src) {
                        sd.items()
                    } else {
                        let Ok(keys) = ab::getattr_str(&src, "keys") else {
                            raise!(type_error(format!(
                                "{} argument after ** must be a mapping, not {}",
                                crate::traceback::function_str(&callable),
                                src.type_obj().name()
                            )))
                        };
                        let collected: PyResult<Vec<(Obj, Obj)>> = (|| {
                            let mut pairs = vec![];
                            for k in ab::collect(&ab::call0(&keys)?)? {
                                let v = ab::getitem(&src, &k)?;
                                pairs.push((k, v));
                            }
                            Ok(pairs)
                        })();
                        match collected {
                            Ok(p) => p,
                            // CPython reports a KeyError of one argument raised
                            // while merging as a repeated keyword of that name
                            Err(e) if e.is_instance(&crate::types::exceptions::KEY_ERROR) && ab::getattr_str(&e.0, "args").ok().and_then(|a| as_tuple(&a).map(|t| t.len())) == Some(1) => {
                                let k = tri!(ab::getattr_str(&e.0, "args"));
                                let k = as_tuple(&k).expect("tuple")[0].clone();
                                raise!(type_error(format!(
                                    "{} got multiple values for keyword argument '{}'",
                                    crate::traceback::function_str(&callable),
                                    tri!(ab::str_string(&k))
                                )))
                            }
                            Err(e) => raise!(e),
                        }
                    };
                    for (k, v) in pairs {
                        if tri!(as_dict(&d).expect("dict").get(&k)).is_some() {
                            raise!(type_error(format!(
                                "{} got multiple values for keyword argument '{}'",
                                crate::traceback::function_str(&callable),
                                as_str(&k).unwrap_or("?")
                            )));
                        }
                        tri!(as_dict(&d).expect("dict").set(k, v));
                    }
                }
                Op::FORMAT_SIMPLE => {
                    let v = pop!();
                    let s = tri!(crate::builtins::format_value(&v, ""));
                    push!(s);
                }
                Op::FORMAT_WITH_SPEC => {
                    let spec = pop!();
                    let v = pop!();
                    let s = tri!(crate::builtins::format_value(&v, as_str(&spec).unwrap_or("")));
                    push!(s);
                }
                Op::CONVERT_VALUE => {
                    let v = pop!();
                    let r = match arg {
                        1 => tri!(ab::str(&v)),
                        2 => tri!(ab::repr(&v)),
                        _ => tri!(crate::builtins::ascii(&v)),
                    };
                    push!(r);
                }
                Op::UNPACK_SEQUENCE => {
                    let seq = pop!();
                    let n = arg as usize;
                    let exact = std::ptr::eq(seq.type_obj(), &crate::types::list::LIST_TYPE) || std::ptr::eq(seq.type_obj(), &crate::types::tuple::TUPLE_TYPE);
                    let items = if exact {
                        tri!(ab::collect(&seq))
                    } else {
                        // An iterator gives at most n + 1 items (one more
                        // shows there are too many), as CPython's.
                        let it = tri!(ab::iter(&seq).map_err(|e| {
                            if seq.type_obj().iter.is_none() {
                                type_error(format!("cannot unpack non-iterable {} object", seq.type_obj().name()))
                            } else {
                                e
                            }
                        }));
                        let mut v = Vec::with_capacity(n + 1);
                        while v.len() <= n {
                            match tri!(ab::next(&it)) {
                                Some(x) => v.push(x),
                                None => break,
                            }
                        }
                        v
                    };
                    if items.len() != n {
                        if items.len() > n {
                            raise!(crate::error::value_error(format!("too many values to unpack (expected {n})")));
                        }
                        raise!(crate::error::value_error(format!(
                            "not enough values to unpack (expected {}, got {})",
                            n,
                            items.len()
                        )));
                    }
                    for v in items.into_iter().rev() {
                        push!(v);
                    }
                }
                Op::UNPACK_EX => {
                    let seq = pop!();
                    let before = (arg & 0xff) as usize;
                    let after = (arg >> 8) as usize;
                    let items = tri!(ab::collect(&seq));
                    if items.len() < before + after {
                        raise!(crate::error::value_error(format!(
                            "not enough values to unpack (expected at least {}, got {})",
                            before + after,
                            items.len()
                        )));
                    }
                    let mut items = items;
                    let tail: Vec<Obj> = items.split_off(items.len() - after);
                    let middle: Vec<Obj> = items.split_off(before);
                    for v in tail.into_iter().rev() {
                        push!(v);
                    }
                    push!(crate::types::list::new_list(middle));
                    for v in items.into_iter().rev() {
                        push!(v);
                    }
                }
                Op::JUMP => {
                    if (arg as usize) < ip {
                        if crate::interp::eval_breaker_set() {
                            sync!();
                            tri!(crate::interp::handle_eval_breaker());
                        }
                    }
                    ip = arg as usize;
                }
                Op::JUMP_NO_INTERRUPT => {
                    ip = arg as usize;
                }
                Op::POP_JUMP_IF_FALSE | Op::POP_JUMP_IF_TRUE => {
                    let v = pop_raw!();
                    let t = if v == true_value() {
                        true
                    } else if v == false_value() || v == none_value() {
                        false
                    } else {
                        // SAFETY: owned stack value.
                        let o = unsafe { Obj::from_raw(v) };
                        tri!(ab::is_true(&o))
                    };
                    if t == (op == Op::POP_JUMP_IF_TRUE) {
                        // A `while` loop's test jumps back: the breaker is checked here too.
                        if (arg as usize) < ip && crate::interp::eval_breaker_set() {
                            sync!();
                            tri!(crate::interp::handle_eval_breaker());
                        }
                        ip = arg as usize;
                    }
                }
                Op::POP_JUMP_IF_NONE | Op::POP_JUMP_IF_NOT_NONE => {
                    let v = pop_raw!();
                    let is_none = v == none_value();
                    decref(v);
                    if is_none == (op == Op::POP_JUMP_IF_NONE) {
                        if (arg as usize) < ip && crate::interp::eval_breaker_set() {
                            sync!();
                            tri!(crate::interp::handle_eval_breaker());
                        }
                        ip = arg as usize;
                    }
                }
                Op::GET_ITER => {
                    let o = pop!();
                    let it = tri!(ab::iter(&o));
                    push!(it);
                }
                Op::FOR_ITER => {
                    let it = peek!(1);
                    if let Some(r) = it.downcast::<crate::types::range::RangeIter>(&crate::types::range::RANGE_ITER_TYPE) {
                        match r.advance() {
                            Some(i) => {
                                push!(int::from_i64(i));
                                continue;
                            }
                            None => {
                                decref(pop_raw!());
                                ip = arg as usize;
                                continue;
                            }
                        }
                    }
                    match ab::next(it) {
                        Ok(Some(v)) => push!(v),
                        Ok(None) => {
                            decref(pop_raw!());
                            ip = arg as usize;
                        }
                        Err(e) if e.is_instance(&crate::types::exceptions::STOP_ITERATION) => {
                            decref(pop_raw!());
                            ip = arg as usize;
                        }
                        Err(e) => raise!(e),
                    }
                }
                Op::CALL | Op::CALL_KW => {
                    let kwnames = if op == Op::CALL_KW { Some(pop!()) } else { None };
                    let argc = arg as usize;
                    // Layout: callable, self_or_null, args[argc].
                    let self_slot = sp - argc - 1;
                    // SAFETY: the slots are within the stack.
                    let has_self = unsafe { !(*stack.add(self_slot)).is_null() };
                    let first = if has_self { self_slot } else { self_slot + 1 };
                    let nargs = sp - first;
                    // SAFETY: callable slot below self_or_null.
                    let callable = unsafe { &*(stack.add(self_slot - 1) as *const Obj) };
                    // SAFETY: args are owned values in consecutive slots; Obj is transparent.
                    let args: &[Obj] = unsafe { std::slice::from_raw_parts(stack.add(first) as *const Obj, nargs) };
                    if callable.type_ptr() == &FUNCTION_TYPE as *const _ {
                        // Python-to-Python call: push a frame, no Rust recursion.
                        let func = as_function(callable).expect("function");
                        let newf = alloc_frame(func.code_obj().clone(), None, func.globals.clone(), func.builtins.clone(), None);
                        let mut newf = match newf {
                            Ok(nf) => nf,
                            Err(e) => raise!(e),
                        };
                        if kwnames.is_none() && exact_positional(func.code(), nargs) {
                            // The arguments' references move from the caller's
                            // stack into the new frame's parameter slots.
                            for i in 0..nargs {
                                // SAFETY: i < nargs == argcount <= nlocalsplus (the
                                // new frame's empty slots); stack slots first..sp
                                // hold the owned arguments, emptied as they move.
                                unsafe {
                                    *newf.base.add(i) = *stack.add(first + i);
                                    *stack.add(first + i) = Value::NULL;
                                }
                            }
                        } else if let Err(e) = bind_args(func, newf.base, args, kwnames.as_ref()) {
                            release_frame(&mut newf);
                            raise!(e);
                        }
                        // The callable's reference moves to the frame; the rest
                        // of the caller's call slots (NULL or not moved) are dropped.
                        // SAFETY: self_slot - 1 holds the owned callable.
                        newf.func = Some(unsafe { Obj::from_raw(std::mem::replace(&mut *stack.add(self_slot - 1), Value::NULL)) });
                        while sp > self_slot - 1 {
                            decref(pop_raw!());
                        }
                        drop(kwnames);
                        sync!();
                        if !enter_py_depth(&newf.code) {
                            release_frame(&mut newf);
                            return Err(Unwind::Raise(crate::error::recursion_error("maximum recursion depth exceeded")));
                        }
                        frames.push(newf);
                        continue 'frame;
                    }
                    if !TRACING && !has_self && callable.type_ptr() == &crate::types::typeobj::TYPE_TYPE as *const _ {
                        // SAFETY: an object whose type is exactly `type` is a TypeObject.
                        let t: &'static crate::types::typeobj::TypeObject = unsafe { &*(callable.value().as_ptr() as *const crate::types::typeobj::TypeObject) };
                        if let Some(init) = crate::types::class::simple_init(t) {
                            // `cls(args)` that only makes a plain instance and runs
                            // a Python `__init__`: the instance goes in the NULL
                            // self slot and `__init__` runs as a frame of this loop.
                            let func = as_function(&init).expect("simple_init gives a function");
                            let mut newf = match alloc_frame(func.code_obj().clone(), None, func.globals.clone(), func.builtins.clone(), None) {
                                Ok(nf) => nf,
                                Err(e) => raise!(e),
                            };
                            let inst = crate::types::class::new_plain_instance(t);
                            newf.init_self = Some(inst.clone());
                            // SAFETY: self_slot is within the stack and holds NULL (no self).
                            unsafe { *stack.add(self_slot) = inst.into_raw() };
                            let nargs = sp - self_slot;
                            if kwnames.is_none() && exact_positional(func.code(), nargs) {
                                for i in 0..nargs {
                                    // SAFETY: as the function call's move above: the
                                    // instance and arguments move into empty slots.
                                    unsafe {
                                        *newf.base.add(i) = *stack.add(self_slot + i);
                                        *stack.add(self_slot + i) = Value::NULL;
                                    }
                                }
                            } else {
                                // SAFETY: the instance and the arguments are owned values in consecutive slots.
                                let args: &[Obj] = unsafe { std::slice::from_raw_parts(stack.add(self_slot) as *const Obj, nargs) };
                                if let Err(e) = bind_args(func, newf.base, args, kwnames.as_ref()) {
                                    release_frame(&mut newf);
                                    raise!(e);
                                }
                            }
                            newf.func = Some(init);
                            while sp > self_slot - 1 {
                                decref(pop_raw!());
                            }
                            drop(kwnames);
                            sync!();
                            if !enter_py_depth(&newf.code) {
                                release_frame(&mut newf);
                                return Err(Unwind::Raise(crate::error::recursion_error("maximum recursion depth exceeded")));
                            }
                            frames.push(newf);
                            continue 'frame;
                        }
                    }
                    // The frame's line must be current for a builtin that
                    // warns or inspects its caller (warnings point at it).
                    sync!();
                    let r = if let (Some(d), true) = (as_method_descr(callable), has_self) {
                        d.call_with_self(&args[0], &args[1..], kwnames.as_ref())
                    } else {
                        ab::call(callable, args, kwnames.as_ref())
                    };
                    while sp > self_slot - 1 {
                        decref(pop_raw!());
                    }
                    drop(kwnames);
                    let v = tri!(r);
                    push!(v);
                }
                Op::CALL_FUNCTION_EX => {
                    let kwargs = if arg & 1 != 0 { Some(pop!()) } else { None };
                    let cargs = pop!();
                    let _null = pop_raw!();
                    let callable = pop!();
                    let mut args = match as_tuple(&cargs) {
                        Some(t) => t.to_vec(),
                        None => tri!(ab::collect(&cargs).map_err(|e| {
                            if cargs.type_obj().iter.is_none() && cargs.type_obj().getitem.is_none() {
                                type_error(format!(
                                    "{} argument after * must be an iterable, not {}",
                                    crate::traceback::function_str(&callable),
                                    cargs.type_obj().name()
                                ))
                            } else {
                                e
                            }
                        })),
                    };
                    let mut names = vec![];
                    if let Some(kw) = &kwargs {
                        let Some(d) = as_dict(kw) else {
                            raise!(type_error(format!(
                                "{} argument after ** must be a mapping, not {}",
                                crate::traceback::function_str(&callable),
                                kw.type_obj().name()
                            )))
                        };
                        for (k, v) in d.items() {
                            if as_str(&k).is_none() {
                                raise!(type_error("keywords must be strings"));
                            }
                            names.push(k);
                            args.push(v);
                        }
                    }
                    let kwn = if names.is_empty() { None } else { Some(new_tuple(names)) };
                    sync!();
                    let v = tri!(ab::call(&callable, &args, kwn.as_ref()));
                    push!(v);
                }
                Op::MAKE_FUNCTION => {
                    let c = pop!();
                    if as_code(&c).is_none() {
                        raise!(system_error("MAKE_FUNCTION needs a code object"));
                    }
                    push!(crate::types::function::new_function(c, f.globals.clone(), f.builtins.clone()));
                }
                Op::SET_FUNCTION_ATTRIBUTE => {
                    let func = pop!();
                    let v = pop!();
                    let Some(fo) = as_function(&func) else { raise!(system_error("SET_FUNCTION_ATTRIBUTE needs a function")) };
                    match arg {
                        1 => fo.defaults.set(Some(v)),
                        2 => fo.kwdefaults.set(Some(v)),
                        4 => fo.annotations.set(Some(v)),
                        // SAFETY: the function was just created by MAKE_FUNCTION and is
                        // reachable only from this frame's stack (see FunctionObject).
                        8 => unsafe { *fo.closure.get() = Some(v) },
                        _ => {}
                    }
                    push!(func);
                }
                Op::RETURN_VALUE | Op::RETURN_CONST => {
                    let v = if op == Op::RETURN_VALUE { pop!() } else { code.consts[arg as usize].clone() };
                    sp = sp.min(sp);
                    f.depth = sp;
                    if tracing {
                        f.lasti = cur;
                        if let Err(e) = crate::trace::on_return(f, &v) {
                            drop(v);
                            return Err(Unwind::Raise(e));
                        }
                    }
                    let mut done = frames.pop().expect("frame");
                    CURRENT.with(|c| c.set(done.back));
                    release_frame(&mut done);
                    let init_self = done.init_self.take();
                    drop(done);
                    if frames.is_empty() {
                        return Ok(Some(GenExit::Return(v)));
                    }
                    crate::thread::PY_DEPTH.with(|d| d.set(d.get() - 1));
                    let v = match init_self {
                        None => v,
                        Some(inst) if crate::types::is_none(&v) => inst,
                        Some(_) => {
                            // Raised in the caller, which stopped at its CALL
                            // (synced when the `__init__` frame was pushed).
                            return Err(Unwind::Raise(type_error(format!("__init__() should return None, not '{}'", v.type_obj().name()))));
                        }
                    };
                    let caller = frames.last_mut().expect("caller");
                    let cnlp = caller.code().nlocalsplus();
                    // SAFETY: the caller's stack has room for the call's result.
                    unsafe { *caller.base.add(cnlp + caller.depth) = v.into_raw() };
                    caller.depth += 1;
                    continue 'frame;
                }
                Op::RETURN_GENERATOR => {
                    sync!();
                    let mut fr = frames.pop().expect("frame");
                    if fr.heap.is_none() {
                        move_to_heap(&mut fr);
                    }
                    let g = crate::types::generator::new_generator(fr);
                    if frames.is_empty() {
                        return Ok(Some(GenExit::Return(g)));
                    }
                    crate::thread::PY_DEPTH.with(|d| d.set(d.get() - 1));
                    let caller = frames.last_mut().expect("caller");
                    let cnlp = caller.code().nlocalsplus();
                    // SAFETY: the caller's stack has room for the call's result.
                    unsafe { *caller.base.add(cnlp + caller.depth) = g.into_raw() };
                    caller.depth += 1;
                    continue 'frame;
                }
                Op::YIELD_VALUE => {
                    let v = pop!();
                    sync!();
                    if tracing {
                        crate::trace::on_yield(f);
                        if let Err(e) = crate::trace::on_return(f, &v) {
                            drop(v);
                            return Err(Unwind::Raise(e));
                        }
                    }
                    if frames.len() != 1 || f.heap.is_none() {
                        raise!(system_error("YIELD_VALUE outside a generator frame"));
                    }
                    let fr = frames.pop().expect("frame");
                    return Ok(Some(GenExit::Yield(v, fr)));
                }
                Op::GET_YIELD_FROM_ITER => {
                    let o = pop!();
                    if crate::types::generator::is_coroutine(&o) && code.flags & (co::COROUTINE | co::ITERABLE_COROUTINE) == 0 {
                        raise!(type_error("cannot 'yield from' a coroutine object in a non-coroutine generator"));
                    }
                    if crate::types::generator::as_generator(&o).is_some() {
                        push!(o);
                    } else {
                        let it = tri!(ab::iter(&o));
                        push!(it);
                    }
                }
                Op::SEND => {
                    let v = pop!();
                    let recv = peek!(1).clone();
                    sync!();
                    match crate::types::generator::send_to(&recv, v) {
                        Ok(Ok(y)) => push!(y),
                        Ok(Err(ret)) => {
                            push!(ret);
                            ip = arg as usize;
                        }
                        Err(e) => raise!(e),
                    }
                }
                Op::END_SEND => {
                    let v = pop!();
                    decref(pop_raw!());
                    push!(v);
                }
                Op::CLEANUP_THROW => {
                    // (sub_iter last_sent_val exc -- none value)
                    let e = pop!();
                    let _last = pop!();
                    let _sub = pop!();
                    if e.type_obj().is_subtype(&crate::types::exceptions::STOP_ITERATION) {
                        let val = tri!(ab::getattr_str(&e, "value"));
                        push!(none());
                        push!(val);
                    } else {
                        sync!();
                        return Err(Unwind::Reraise(PyErr(e)));
                    }
                }
                Op::LOAD_BUILD_CLASS => {
                    match tri!(mapping_get(&f.builtins, &crate::types::str::istr("__build_class__"))) {
                        Some(b) => push!(b),
                        None => raise!(name_error("__build_class__ not found")),
                    }
                }
                Op::LOAD_SUPER_ATTR => {
                    let slf = pop!();
                    let cls = pop!();
                    let sup = pop!();
                    let name = &code.names[(arg >> 2) as usize];
                    let method = arg & 1 != 0;
                    let is_builtin_super = sup.is(&crate::types::class::SUPER_TYPE.as_obj());
                    let bound_ok = crate::types::typeobj::as_type(&cls).is_some_and(|start| {
                        slf.type_obj().is_subtype(start) || crate::types::typeobj::as_type(&slf).is_some_and(|t| t.is_subtype(start))
                    });
                    if !is_builtin_super || !bound_ok {
                        // A shadowed `super`, or arguments the fast path does not take
                        // (errors, unbound super): call it, then get the attribute.
                        sync!();
                        let s = tri!(ab::call(&sup, &[cls, slf], None));
                        let v = tri!(ab::getattr(&s, name));
                        push!(v);
                        if method {
                            // SAFETY: within stacksize.
                            unsafe { *stack.add(sp) = Value::NULL };
                            sp += 1;
                        }
                        continue;
                    }
                    // SAFETY: checked above that cls is a type object.
                    let start: &'static crate::types::typeobj::TypeObject = unsafe { &*(cls.value().as_ptr() as *const crate::types::typeobj::TypeObject) };
                    sync!();
                    let (v, unbound) = tri!(crate::types::class::super_lookup(start, &slf, name, method));
                    push!(v);
                    if method {
                        if unbound {
                            push!(slf);
                        } else {
                            // SAFETY: within stacksize.
                            unsafe { *stack.add(sp) = Value::NULL };
                            sp += 1;
                        }
                    }
                }
                Op::SETUP_ANNOTATIONS => {
                    let locals = f.locals.as_ref().unwrap_or(&f.globals).clone();
                    let key = crate::types::str::istr("__annotations__");
                    let present = match exact_dict(&locals) {
                        Some(_) => get_str(&locals, &key).is_some(),
                        None => tri!(mapping_get(&locals, &key)).is_some(),
                    };
                    if !present {
                        tri!(ab::setitem(&locals, &key, Some(&crate::types::dict::new_dict())));
                    }
                }
                Op::LOAD_ASSERTION_ERROR => {
                    push!(crate::types::exceptions::ASSERTION_ERROR.as_obj());
                }
                Op::RAISE_VARARGS => {
                    match arg {
                        0 => {
                            let cur = crate::thread::handled();
                            match cur {
                                Some(e) => {
                                    sync!();
                                    return Err(Unwind::Reraise(PyErr(e)));
                                }
                                None => raise!(crate::error::runtime_error("No active exception to reraise")),
                            }
                        }
                        1 => {
                            let e = pop!();
                            let e = tri!(make_exception(&e));
                            raise!(PyErr(e));
                        }
                        _ => {
                            let cause = pop!();
                            let e = pop!();
                            let e = tri!(make_exception(&e));
                            let cause = if crate::types::is_none(&cause) { None } else { Some(tri!(make_cause(&cause))) };
                            if let Some(x) = crate::types::exceptions::as_exc(&e) {
                                let old = x.with(|s| {
                                    s.suppress_context = true;
                                    std::mem::replace(&mut s.cause, cause)
                                });
                                drop(old);
                            }
                            raise!(PyErr(e));
                        }
                    }
                }
                Op::PUSH_EXC_INFO => {
                    let e = pop!();
                    let prev = crate::thread::set_handled(Some(e.clone()));
                    push!(prev.unwrap_or_else(none));
                    push!(e);
                }
                Op::POP_EXCEPT => {
                    let prev = pop!();
                    let prev = if crate::types::is_none(&prev) { None } else { Some(prev) };
                    drop(crate::thread::set_handled(prev));
                }
                Op::CHECK_EXC_MATCH => {
                    let t = pop!();
                    let e = peek!(1);
                    let m = tri!(exception_matches(e, &t));
                    push!(bool_obj(m));
                }
                Op::CHECK_EG_MATCH => {
                    let t = pop!();
                    let e = pop!();
                    let (rest, m) = tri!(crate::types::excgroup::check_match(&e, &t));
                    if !crate::types::is_none(&m) {
                        // The handler runs with the matched part as the handled exception.
                        drop(crate::thread::set_handled(Some(m.clone())));
                    }
                    push!(rest);
                    push!(m);
                }
                Op::CALL_INTRINSIC_2 => {
                    let b = pop!();
                    let a = pop!();
                    let r = match arg {
                        pyk_abi::opcode::intrinsic2::PREP_RERAISE_STAR => tri!(crate::types::excgroup::prep_reraise(&a, &b)),
                        pyk_abi::opcode::intrinsic2::TYPEVAR_WITH_BOUND => {
                            sync!();
                            tri!(crate::typingmod::call("_intrinsic_typevar", &[a, b]))
                        }
                        pyk_abi::opcode::intrinsic2::TYPEVAR_WITH_CONSTRAINTS => {
                            sync!();
                            tri!(crate::typingmod::call("_intrinsic_typevar", &[a, none(), b]))
                        }
                        pyk_abi::opcode::intrinsic2::SET_TYPEPARAM_DEFAULT => {
                            sync!();
                            tri!(crate::typingmod::call("_intrinsic_set_default", &[a, b]))
                        }
                        pyk_abi::opcode::intrinsic2::SET_FUNCTION_TYPE_PARAMS => {
                            tri!(crate::types::function::set_type_params(&a, Some(&b)));
                            a
                        }
                        _ => raise!(system_error(format!("unknown intrinsic2 {arg}"))),
                    };
                    push!(r);
                }
                Op::RERAISE => {
                    // With a non-zero arg, values[0] is the original raising
                    // instruction; the traceback already points there, and the
                    // handler lookup must use this RERAISE's own index.
                    let e = pop!();
                    sync!();
                    return Err(Unwind::Reraise(PyErr(e)));
                }
                Op::BEFORE_WITH | Op::BEFORE_ASYNC_WITH => {
                    let mgr = pop!();
                    let (proto, enter_name, exit_name) = if op == Op::BEFORE_WITH {
                        ("context manager protocol", "__enter__", "__exit__")
                    } else {
                        ("asynchronous context manager protocol", "__aenter__", "__aexit__")
                    };
                    let enter = match special_method(&mgr, enter_name) {
                        Some(x) => tri!(x),
                        None => raise!(type_error(format!("'{}' object does not support the {proto}", mgr.type_obj().name()))),
                    };
                    let exit = match special_method(&mgr, exit_name) {
                        Some(x) => tri!(x),
                        None => raise!(type_error(format!(
                            "'{}' object does not support the {proto} (missed {exit_name} method)",
                            mgr.type_obj().name()
                        ))),
                    };
                    push!(exit);
                    sync!();
                    let r = tri!(ab::call0(&enter));
                    push!(r);
                }
                Op::WITH_EXCEPT_START => {
                    let val = peek!(1).clone();
                    let exit = peek!(4).clone();
                    let tb = crate::types::exceptions::as_exc(&val).and_then(|x| x.with(|s| s.traceback.clone())).unwrap_or_else(none);
                    sync!();
                    let r = tri!(ab::call(&exit, &[val.type_obj().as_obj(), val.clone(), tb], None));
                    push!(r);
                }
                Op::IMPORT_NAME => {
                    let fromlist = pop!();
                    let level = pop!();
                    sync!();
                    let m = tri!(import_name(f, name!(arg), &fromlist, &level));
                    push!(m);
                }
                Op::IMPORT_FROM => {
                    let m = peek!(1).clone();
                    let v = tri!(crate::import::import_from(&m, name!(arg)));
                    push!(v);
                }
                Op::CALL_INTRINSIC_1 => {
                    let v = pop!();
                    let r = match arg {
                        intrinsic1::PRINT => {
                            sync!();
                            tri!(crate::interp::displayhook(&v));
                            none()
                        }
                        intrinsic1::UNARY_POSITIVE => tri!(ab::unary(&v, "pos")),
                        intrinsic1::STOPITERATION_ERROR => {
                            let flags = f.code().flags;
                            let (kind, is_async) = if flags & pyk_abi::code::co::COROUTINE != 0 {
                                ("coroutine", false)
                            } else if flags & pyk_abi::code::co::ASYNC_GENERATOR != 0 {
                                ("async generator", true)
                            } else {
                                ("generator", false)
                            };
                            let stop = v.type_obj().is_subtype(&crate::types::exceptions::STOP_ITERATION);
                            if stop || (is_async && v.type_obj().is_subtype(&crate::types::exceptions::STOP_ASYNC_ITERATION)) {
                                let which = if stop { "StopIteration" } else { "StopAsyncIteration" };
                                let re = PyErr::new(&crate::types::exceptions::RUNTIME_ERROR, &format!("{kind} raised {which}"));
                                if let Some(x) = crate::types::exceptions::as_exc(&re.0) {
                                    x.with(|st| {
                                        st.cause = Some(v.clone());
                                        st.context = Some(v.clone());
                                        st.suppress_context = true;
                                    });
                                }
                                re.0
                            } else {
                                v
                            }
                        }
                        intrinsic1::ASYNC_GEN_WRAP => crate::types::asyncgen::wrap(v),
                        intrinsic1::LIST_TO_TUPLE => new_tuple(crate::types::list::as_list(&v).map(|l| l.snapshot()).unwrap_or_default()),
                        intrinsic1::IMPORT_STAR => {
                            tri!(crate::import::import_star(&v, f.locals.as_ref().unwrap_or(&f.globals)));
                            none()
                        }
                        intrinsic1::TYPEVAR | intrinsic1::PARAMSPEC | intrinsic1::TYPEVARTUPLE | intrinsic1::SUBSCRIPT_GENERIC | intrinsic1::TYPEALIAS => {
                            sync!();
                            let entry = match arg {
                                intrinsic1::TYPEVAR => "_intrinsic_typevar",
                                intrinsic1::PARAMSPEC => "_intrinsic_paramspec",
                                intrinsic1::TYPEVARTUPLE => "_intrinsic_typevartuple",
                                intrinsic1::SUBSCRIPT_GENERIC => "_intrinsic_subscript_generic",
                                _ => "_intrinsic_typealias",
                            };
                            tri!(crate::typingmod::call(entry, &[v]))
                        }
                        _ => raise!(system_error(format!("unknown intrinsic {arg}"))),
                    };
                    push!(r);
                }
                Op::MATCH_SEQUENCE => {
                    let s = peek!(1);
                    push!(bool_obj(collection_kind(s.type_obj()) == Some(COLLECTION_SEQUENCE)));
                }
                Op::MATCH_MAPPING => {
                    let s = peek!(1);
                    push!(bool_obj(collection_kind(s.type_obj()) == Some(COLLECTION_MAPPING)));
                }
                Op::MATCH_KEYS => {
                    let keys = peek!(1).clone();
                    let subject = peek!(2).clone();
                    sync!();
                    let r = tri!(match_keys(&subject, &keys));
                    push!(r);
                }
                Op::MATCH_CLASS => {
                    let names = pop!();
                    let cls = pop!();
                    let subject = pop!();
                    sync!();
                    let r = tri!(match_class(&subject, &cls, arg as usize, &names));
                    push!(r);
                }
                Op::GET_LEN => {
                    let n = tri!(ab::len(peek!(1)));
                    push!(int::from_i64(n as i64));
                }
                Op::GET_AWAITABLE => {
                    let o = pop!();
                    sync!();
                    let a = tri!(crate::types::generator::get_awaitable_op(&o, arg));
                    push!(a);
                }
                Op::GET_AITER => {
                    let o = pop!();
                    sync!();
                    let ait = match special_method(&o, "__aiter__") {
                        Some(m) => tri!(ab::call0(&tri!(m))),
                        None => raise!(type_error(format!("'async for' requires an object with __aiter__ method, got {}", o.type_obj().name()))),
                    };
                    if ait.type_obj().lookup(&crate::types::str::istr("__anext__")).is_none() {
                        raise!(type_error(format!(
                            "'async for' received an object from __aiter__ that does not implement __anext__: {}",
                            ait.type_obj().name()
                        )));
                    }
                    push!(ait);
                }
                Op::GET_ANEXT => {
                    let ait = peek!(1).clone();
                    sync!();
                    let next = match special_method(&ait, "__anext__") {
                        Some(m) => tri!(ab::call0(&tri!(m))),
                        None => raise!(type_error(format!("'async for' requires an iterator with __anext__ method, got {}", ait.type_obj().name()))),
                    };
                    let aw = match crate::types::generator::get_awaitable(&next) {
                        Ok(a) => a,
                        // Whatever went wrong becomes the cause (CPython's _PyErr_FormatFromCause).
                        Err(e) => {
                            let te = type_error(format!("'async for' received an invalid object from __anext__: {}", next.type_obj().name()));
                            if let Some(x) = crate::types::exceptions::as_exc(&te.0) {
                                x.with(|st| {
                                    st.cause = Some(e.0.clone());
                                    st.context = Some(e.0.clone());
                                    st.suppress_context = true;
                                });
                            }
                            raise!(te)
                        }
                    };
                    push!(aw);
                }
                Op::END_ASYNC_FOR => {
                    // (async iterator, exception -- ): StopAsyncIteration ends the loop.
                    let e = pop!();
                    decref(pop_raw!());
                    if !e.type_obj().is_subtype(&crate::types::exceptions::STOP_ASYNC_ITERATION) {
                        sync!();
                        return Err(Unwind::Reraise(PyErr(e)));
                    }
                }
            }
        }
    }
}

/// MATCH_KEYS: the values of `keys` in the mapping, or None when one is missing.
fn match_keys(subject: &Obj, keys: &Obj) -> PyResult {
    let keys = as_tuple(keys).ok_or_else(|| system_error("MATCH_KEYS needs a tuple"))?.to_vec();
    let mut vals = Vec::with_capacity(keys.len());
    let mut seen: Vec<Obj> = vec![];
    for k in keys {
        for s in &seen {
            if ab::eq(s, &k)? {
                return Err(crate::error::value_error(format!("mapping pattern checks duplicate key ({})", ab::repr_string(&k)?)));
            }
        }
        // CPython calls `get` on everything but an exact dict: a subclass's
        // `get` runs, and `__missing__` is never triggered.
        let exact = if subject.type_ptr() == &crate::types::dict::DICT_TYPE as *const _ { as_dict(subject) } else { None };
        let v = match exact {
            Some(d) => d.get(&k)?,
            None => {
                let get = ab::getattr_str(subject, "get")?;
                let sentinel = crate::types::object::OBJECT_TYPE.as_obj();
                let r = ab::call(&get, &[k.clone(), sentinel.clone()], None)?;
                if r.is(&sentinel) { None } else { Some(r) }
            }
        };
        match v {
            Some(v) => vals.push(v),
            None => return Ok(none()),
        }
        seen.push(k);
    }
    Ok(new_tuple(vals))
}

/// MATCH_CLASS: the matched attributes (positional via `__match_args__`,
/// then keyword names), or None.
fn match_class(subject: &Obj, cls: &Obj, npos: usize, names: &Obj) -> PyResult {
    if !crate::types::typeobj::is_type(&cls) {
        return Err(type_error("called match pattern must be a class"));
    }
    // SAFETY: instances of `type` are TypeObjects, which are immortal.
    let t: &'static crate::types::typeobj::TypeObject = unsafe { &*(cls.value().as_ptr() as *const crate::types::typeobj::TypeObject) };
    if !crate::builtins::isinstance(subject, cls)? {
        return Ok(none());
    }
    let mut attrs = Vec::new();
    let mut used: Vec<String> = vec![];
    if npos > 0 {
        let match_args = t.lookup(&crate::types::str::istr("__match_args__"));
        match match_args {
            Some(ma) => {
                let ma = as_tuple(&ma).ok_or_else(|| type_error(format!("{}.__match_args__ must be a tuple (got {})", t.name(), ma.type_obj().name())))?.to_vec();
                if npos > ma.len() {
                    return Err(type_error(format!(
                        "{}() accepts {} positional sub-pattern{} ({} given)",
                        t.name(),
                        ma.len(),
                        if ma.len() == 1 { "" } else { "s" },
                        npos
                    )));
                }
                for name in &ma[..npos] {
                    let n = as_str(name).ok_or_else(|| type_error(format!("__match_args__ elements must be strings (got {})", name.type_obj().name())))?.to_string();
                    if used.contains(&n) {
                        return Err(type_error(format!("{}() got multiple sub-patterns for attribute '{}'", t.name(), n)));
                    }
                    match ab::getattr(subject, name) {
                        Ok(v) => attrs.push(v),
                        Err(e) if e.is_instance(&crate::types::exceptions::ATTRIBUTE_ERROR) => return Ok(none()),
                        Err(e) => return Err(e),
                    }
                    used.push(n);
                }
            }
            None => {
                let builtin_self = [
                    &crate::types::singletons::BOOL_TYPE, &crate::types::bytes::BYTES_TYPE, &crate::types::dict::DICT_TYPE,
                    &crate::types::bytearray::BYTEARRAY_TYPE, &crate::types::float::FLOAT_TYPE, &crate::types::set::FROZENSET_TYPE, &crate::types::int::INT_TYPE,
                    &crate::types::list::LIST_TYPE, &crate::types::set::SET_TYPE, &crate::types::str::STR_TYPE,
                    &crate::types::tuple::TUPLE_TYPE,
                ]
                .iter()
                .any(|b| std::ptr::eq(crate::types::class::solid_base(t), *b));
                if builtin_self && npos == 1 {
                    attrs.push(subject.clone());
                } else if builtin_self {
                    return Err(type_error(format!("{}() accepts 1 positional sub-pattern ({} given)", t.name(), npos)));
                } else {
                    return Err(type_error(format!("{}() accepts 0 positional sub-patterns ({} given)", t.name(), npos)));
                }
            }
        }
    }
    for name in as_tuple(names).unwrap_or(&[]) {
        let n = as_str(name).unwrap_or("").to_string();
        if used.contains(&n) {
            return Err(type_error(format!("{}() got multiple sub-patterns for attribute '{}'", t.name(), n)));
        }
        match ab::getattr(subject, name) {
            Ok(v) => attrs.push(v),
            Err(e) if e.is_instance(&crate::types::exceptions::ATTRIBUTE_ERROR) => return Ok(none()),
            Err(e) => return Err(e),
        }
        used.push(n);
    }
    Ok(new_tuple(attrs))
}

/// Turns the operand of `raise` into an exception instance.
fn make_exception(e: &Obj) -> PyResult {
    if crate::types::exceptions::as_exc(e).is_some() {
        return Ok(e.clone());
    }
    if crate::types::typeobj::is_type(&e) {
        // SAFETY: instances of `type` are TypeObjects.
        let t: &crate::types::typeobj::TypeObject = unsafe { e.cast() };
        if crate::types::exceptions::is_exception_type(t) {
            let inst = ab::call0(e)?;
            if crate::types::exceptions::as_exc(&inst).is_some() {
                return Ok(inst);
            }
            return Err(type_error(format!("calling {} should have returned an instance of BaseException, not {}", ab::repr_string(e)?, ab::repr_string(&inst.type_obj().as_obj())?)));
        }
    }
    Err(type_error("exceptions must derive from BaseException"))
}

/// Turns the operand of `raise ... from` into an exception instance; an
/// exception class is called (its errors propagate), anything else that is
/// not an exception is refused.
fn make_cause(c: &Obj) -> PyResult {
    let is_exc_type = crate::types::typeobj::is_type(c) && {
        // SAFETY: instances of `type` are TypeObjects.
        let t: &crate::types::typeobj::TypeObject = unsafe { c.cast() };
        crate::types::exceptions::is_exception_type(t)
    };
    if is_exc_type || crate::types::exceptions::as_exc(c).is_some() {
        make_exception(c)
    } else {
        Err(type_error("exception causes must derive from BaseException"))
    }
}

fn exception_matches(e: &Obj, t: &Obj) -> PyResult<bool> {
    let check = |t: &Obj| -> PyResult<bool> {
        if crate::types::typeobj::is_type(&t) {
            // SAFETY: instances of `type` are TypeObjects.
            let tt: &crate::types::typeobj::TypeObject = unsafe { t.cast() };
            if crate::types::exceptions::is_exception_type(tt) {
                return Ok(e.type_obj().is_subtype(tt));
            }
        }
        Err(type_error("catching classes that do not inherit from BaseException is not allowed"))
    };
    if let Some(items) = as_tuple(t) {
        let mut any = false;
        for x in items {
            any |= check(x)?;
        }
        return Ok(any);
    }
    check(t)
}

/// A special method looked up on the type (as the interpreter does for
/// protocols) and bound to `o`; `None` when the type lacks it.
fn special_method(o: &Obj, name: &'static str) -> Option<PyResult> {
    // looked up on the type and bound, never the instance's own attribute
    let n = crate::types::str::istr(name);
    let v = o.type_obj().lookup(&n)?;
    Some(crate::types::class::bind(&v, Some(o), o.type_obj(), &n))
}
