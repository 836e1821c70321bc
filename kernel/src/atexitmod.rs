//! `atexit`: functions run when the interpreter exits, last registered
//! first, before `__main__` is torn down.

use std::sync::Mutex;

use crate::error::{type_error, PyResult};
use crate::object::Obj;
use crate::types::dict::set_item_str;
use crate::types::function::new_builtin;

/// A registered callback: function, positional args, keyword dict or None.
type Callback = (Obj, Vec<Obj>, Option<Obj>);

/// Registered callbacks; `unregister` leaves an empty slot, which
/// `_ncallbacks` still counts, as CPython's does.
static CALLBACKS: Mutex<Vec<Option<Callback>>> = Mutex::new(Vec::new());

pub fn make_module() -> Obj {
    let m = crate::types::module::new_module("atexit", Some("Functions registered here run, last registered first, when the interpreter\nexits normally.\n\nregister() adds a function, unregister() removes every registration of it.\n"));
    let d = crate::types::module::as_module(&m).expect("module").dict.clone();
    let funcs: &[(&'static str, crate::types::typeobj::MethodFn)] = &[
        ("register", register),
        ("unregister", unregister),
        ("_run_exitfuncs", run_exitfuncs),
        ("_clear", clear),
        ("_ncallbacks", ncallbacks),
    ];
    for (name, f) in funcs {
        set_item_str(&d, name, new_builtin(name, *f, crate::types::none(), Some("atexit")));
    }
    m
}

fn register(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    let Some(func) = a.first() else { return Err(type_error("register() takes at least 1 argument (0 given)")) };
    if func.type_obj().call.is_none() {
        return Err(type_error("the first argument must be callable"));
    }
    let (pos, kws) = crate::builtins::split_kwargs(&a[1..], k);
    let kw = if kws.is_empty() {
        None
    } else {
        let d = crate::types::dict::new_dict();
        for (n, v) in kws {
            set_item_str(&d, n, v.clone());
        }
        Some(d)
    };
    CALLBACKS.lock().unwrap_or_else(|e| e.into_inner()).push(Some((func.clone(), pos.to_vec(), kw)));
    Ok(func.clone())
}

fn unregister(_m: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    crate::builtins::no_kwargs("unregister", k)?;
    let [func] = a else { return Err(type_error(format!("atexit.unregister() takes exactly one argument ({} given)", a.len()))) };
    let entries: Vec<Option<Obj>> = CALLBACKS.lock().unwrap_or_else(|e| e.into_inner()).iter().map(|c| c.as_ref().map(|c| c.0.clone())).collect();
    // Comparisons may run Python code: decide outside the lock.
    let mut drop_idx = vec![];
    for (i, f) in entries.iter().enumerate() {
        if let Some(f) = f {
            if f.is(func) || crate::abstract_::eq(f, func)? {
                drop_idx.push(i);
            }
        }
    }
    let mut cbs = CALLBACKS.lock().unwrap_or_else(|e| e.into_inner());
    for i in drop_idx {
        if let Some(slot) = cbs.get_mut(i) {
            *slot = None;
        }
    }
    Ok(crate::types::none())
}

fn clear(_m: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let old = std::mem::take(&mut *CALLBACKS.lock().unwrap_or_else(|e| e.into_inner()));
    drop(old);
    Ok(crate::types::none())
}

fn ncallbacks(_m: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    Ok(crate::types::int::from_i64(CALLBACKS.lock().unwrap_or_else(|e| e.into_inner()).len() as i64))
}

fn run_exitfuncs(_m: &Obj, _a: &[Obj], _k: Option<&Obj>) -> PyResult {
    run_all();
    Ok(crate::types::none())
}

/// Runs and forgets every callback, newest first; a failing one is
/// reported ("Exception ignored in atexit callback") and the rest still run.
pub fn run_all() {
    loop {
        let next = CALLBACKS.lock().unwrap_or_else(|e| e.into_inner()).pop();
        let Some(slot) = next else { break };
        let Some((f, args, kw)) = slot else { continue };
        let r = match &kw {
            None => crate::abstract_::call(&f, &args, None),
            Some(d) => {
                let mut all = args.clone();
                let mut names = vec![];
                for (k, v) in crate::types::dict::as_dict(d).map(|d| d.items()).unwrap_or_default() {
                    names.push(k);
                    all.push(v);
                }
                crate::abstract_::call(&f, &all, Some(&crate::types::tuple::new_tuple(names)))
            }
        };
        if let Err(e) = r {
            if e.is_instance(&crate::types::exceptions::SYSTEM_EXIT) {
                continue;
            }
            let what = crate::abstract_::repr_string(&f).unwrap_or_else(|_| "?".into());
            crate::traceback::print_unraisable(&format!("Exception ignored in atexit callback {what}:"), &e);
        }
    }
}
