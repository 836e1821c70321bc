//! `BaseExceptionGroup` / `ExceptionGroup` (PEP 654): construction rules,
//! `split`, `subgroup`, `derive`, and the helpers `except*` needs.

use crate::abstract_ as ab;
use crate::error::{type_error, value_error, PyResult};
use crate::object::Obj;
use crate::types::exceptions::{self as exc, as_exc};
use crate::types::str::as_str;
use crate::types::tuple::{as_tuple, new_tuple};
use crate::types::typeobj::{MethodDef, TypeObject};

pub fn is_group(o: &Obj) -> bool {
    o.value().is_ptr() && o.type_obj().is_subtype(&exc::BASE_EXCEPTION_GROUP)
}

/// Validates `(message, exceptions)` and picks the class: BaseExceptionGroup
/// becomes ExceptionGroup when every member is an Exception.
pub fn check_new(t: &'static TypeObject, args: &[Obj]) -> PyResult<&'static TypeObject> {
    let [msg, excs] = args else {
        return Err(type_error(format!("BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)", args.len())));
    };
    if as_str(msg).is_none() {
        return Err(type_error(format!("BaseExceptionGroup.__new__() argument 1 must be str, not {}", msg.type_obj().name())));
    }
    // a sequence (PySequence_Check): indexable, and not a mapping
    let is_sequence = excs.type_obj().getitem.is_some() && crate::types::dict::as_dict(excs).is_none();
    if !is_sequence {
        return Err(type_error("second argument (exceptions) must be a sequence"));
    }
    let items = ab::collect(excs).map_err(|_| type_error("second argument (exceptions) must be a sequence"))?;
    if items.is_empty() {
        return Err(value_error("second argument (exceptions) must be a non-empty sequence"));
    }
    let mut all_exception = true;
    for (i, e) in items.iter().enumerate() {
        if as_exc(e).is_none() {
            return Err(value_error(format!("Item {i} of second argument (exceptions) is not an exception")));
        }
        all_exception &= e.type_obj().is_subtype(&exc::EXCEPTION);
    }
    if std::ptr::eq(t, &exc::BASE_EXCEPTION_GROUP) {
        return Ok(if all_exception { &exc::EXCEPTION_GROUP } else { t });
    }
    if t.is_subtype(&exc::EXCEPTION) && !all_exception {
        return Err(type_error(if std::ptr::eq(t, &exc::EXCEPTION_GROUP) {
            "Cannot nest BaseExceptions in an ExceptionGroup".to_string()
        } else {
            format!("Cannot nest BaseExceptions in '{}'", t.name())
        }));
    }
    Ok(t)
}

pub fn message(g: &Obj) -> Obj {
    as_exc(g).and_then(|e| as_tuple(&e.args()).and_then(|a| a.first().cloned())).unwrap_or_else(|| crate::types::str::new_str(""))
}

pub fn exceptions(g: &Obj) -> Vec<Obj> {
    as_exc(g)
        .and_then(|e| as_tuple(&e.args()).and_then(|a| a.get(1).cloned()))
        .and_then(|x| ab::collect(&x).ok())
        .unwrap_or_default()
}

/// A new group like `g` (its message, same class rules) holding `excs`,
/// with `g`'s traceback, cause, context and notes.
fn derive_keep(g: &Obj, excs: Vec<Obj>) -> PyResult {
    let derive = ab::getattr_str(g, "derive")?;
    let n = ab::call(&derive, &[crate::types::list::new_list(excs)], None)?;
    if !n.type_obj().is_subtype(&exc::BASE_EXCEPTION_GROUP) {
        return Err(type_error("derive must return an instance of BaseExceptionGroup"));
    }
    if let (Some(src), Some(dst)) = (as_exc(g), as_exc(&n)) {
        let (tb, cause, ctx, notes, sup) = src.with(|s| (s.traceback.clone(), s.cause.clone(), s.context.clone(), s.notes.clone(), s.suppress_context));
        // Each part gets its own copy of a sequence of notes; other notes are not copied.
        let notes = match notes {
            Some(x) if x.type_obj().getitem.is_some() && crate::types::dict::as_dict(&x).is_none() => Some(crate::types::list::new_list(ab::collect(&x)?)),
            _ => None,
        };
        dst.with(|s| {
            s.traceback = tb;
            s.cause = cause;
            s.context = ctx;
            s.notes = notes;
            s.suppress_context = sup;
        });
    }
    Ok(n)
}

/// A matcher for split/subgroup: a type, a tuple of types, or a predicate.
pub enum Cond<'a> {
    Types(Vec<&'static TypeObject>),
    Predicate(Obj),
    Leaves(&'a dyn Fn(&Obj) -> bool),
}

impl Cond<'_> {
    pub fn from_obj(c: &Obj) -> PyResult<Cond<'static>> {
        let types = |o: &Obj| -> Option<Vec<&'static TypeObject>> {
            if let Some(t) = crate::types::typeobj::as_type(o) {
                return exc::is_exception_type(t).then(|| vec![t]);
            }
            let items = as_tuple(o)?;
            items.iter().map(|x| crate::types::typeobj::as_type(x).filter(|t| exc::is_exception_type(t))).collect()
        };
        if let Some(ts) = types(c) {
            return Ok(Cond::Types(ts));
        }
        if c.type_obj().call.is_some() && crate::types::typeobj::as_type(c).is_none() {
            return Ok(Cond::Predicate(c.clone()));
        }
        Err(type_error("expected an exception type, a tuple of exception types, or a callable (other than a class)"))
    }

    fn matches(&self, e: &Obj, leaf: bool) -> PyResult<bool> {
        match self {
            Cond::Types(ts) => Ok(ts.iter().any(|t| e.type_obj().is_subtype(t))),
            Cond::Predicate(f) => ab::is_true(&ab::call(f, std::slice::from_ref(e), None)?),
            Cond::Leaves(f) => Ok(leaf && f(e)),
        }
    }
}

/// `(match, rest)` of `g` under `cond`, either possibly None.
pub fn split(g: &Obj, cond: &Cond) -> PyResult<(Option<Obj>, Option<Obj>)> {
    if cond.matches(g, false)? {
        return Ok((Some(g.clone()), None));
    }
    let mut m = vec![];
    let mut r = vec![];
    for e in exceptions(g) {
        if is_group(&e) {
            let (a, b) = split(&e, cond)?;
            m.extend(a);
            r.extend(b);
        } else if cond.matches(&e, true)? {
            m.push(e);
        } else {
            r.push(e);
        }
    }
    let m = if m.is_empty() { None } else { Some(derive_keep(g, m)?) };
    let r = if r.is_empty() { None } else { Some(derive_keep(g, r)?) };
    Ok((m, r))
}

fn m_split(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let [c] = a else { return Err(type_error(format!("split() takes exactly one argument ({} given)", a.len()))) };
    let (m, r) = split(s, &Cond::from_obj(c)?)?;
    let none = crate::types::none;
    Ok(new_tuple(vec![m.unwrap_or_else(none), r.unwrap_or_else(none)]))
}

fn m_subgroup(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let [c] = a else { return Err(type_error(format!("subgroup() takes exactly one argument ({} given)", a.len()))) };
    let (m, _) = split(s, &Cond::from_obj(c)?)?;
    Ok(m.unwrap_or_else(crate::types::none))
}

fn m_derive(s: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let [excs] = a else { return Err(type_error(format!("derive() takes exactly one argument ({} given)", a.len()))) };
    ab::call(&exc::BASE_EXCEPTION_GROUP.as_obj(), &[message(s), excs.clone()], None)
}

pub static EG_METHODS: [MethodDef; 3] = [
    MethodDef { name: "split", func: m_split, doc: "" },
    MethodDef { name: "subgroup", func: m_subgroup, doc: "" },
    MethodDef { name: "derive", func: m_derive, doc: "" },
];

/// CHECK_EG_MATCH: `(rest, match)` for an `except* T` clause.
pub fn check_match(e: &Obj, t: &Obj) -> PyResult<(Obj, Obj)> {
    let cond = Cond::from_obj(t).map_err(|_| type_error("catching classes that do not inherit from BaseException is not allowed"))?;
    if let Cond::Types(ts) = &cond {
        if ts.iter().any(|x| x.is_subtype(&exc::BASE_EXCEPTION_GROUP)) {
            return Err(type_error("catching ExceptionGroup with except* is not allowed. Use except instead."));
        }
    }
    let none = crate::types::none;
    if !is_group(e) {
        if cond.matches(e, true)? {
            // A naked exception is wrapped in a group for the handler.
            let g = ab::call(&exc::BASE_EXCEPTION_GROUP.as_obj(), &[crate::types::str::new_str(""), new_tuple(vec![e.clone()])], None)?;
            if let (Some(src), Some(dst)) = (as_exc(e), as_exc(&g)) {
                let tb = src.with(|s| s.traceback.clone());
                dst.with(|s| s.traceback = tb);
            }
            return Ok((none(), g));
        }
        return Ok((e.clone(), none()));
    }
    let (m, r) = split(e, &cond)?;
    Ok((r.unwrap_or_else(none), m.unwrap_or_else(none)))
}

fn leaves(e: &Obj, out: &mut Vec<usize>) {
    if is_group(e) {
        for x in exceptions(e) {
            leaves(&x, out);
        }
    } else {
        out.push(e.value().0);
    }
}

fn same_metadata(a: &Obj, b: &Obj) -> bool {
    let meta = |o: &Obj| {
        exc::as_exc(o).map(|x| x.with(|s| [s.traceback.as_ref().map(|t| t.value().0), s.cause.as_ref().map(|t| t.value().0), s.context.as_ref().map(|t| t.value().0)]))
    };
    meta(a).is_some() && meta(a) == meta(b)
}

/// PREP_RERAISE_STAR: the exception to re-raise after the `except*`
/// clauses, from the original and what the clauses raised (None: handled).
pub fn prep_reraise(orig: &Obj, excs: &Obj) -> PyResult {
    let items: Vec<Obj> = ab::collect(excs)?.into_iter().filter(|x| !crate::types::is_none(x)).collect();
    if items.is_empty() {
        return Ok(crate::types::none());
    }
    if !is_group(orig) {
        return Ok(items[0].clone());
    }
    let mut orig_leaves = vec![];
    leaves(orig, &mut orig_leaves);
    let mut raised = vec![];
    let mut reraised_leaves = vec![];
    for e in items {
        // CPython's test: a re-raise carries the original's traceback,
        // cause and context objects unchanged (`raise sub` inside a handler
        // grows the traceback, so it counts as a new raise).
        if same_metadata(&e, orig) {
            leaves(&e, &mut reraised_leaves);
        } else {
            raised.push(e);
        }
    }
    reraised_leaves.retain(|x| orig_leaves.contains(x));
    let keep = |e: &Obj| reraised_leaves.contains(&e.value().0);
    let reraised = if reraised_leaves.is_empty() { None } else { split(orig, &Cond::Leaves(&keep))?.0 };
    if raised.is_empty() {
        return Ok(reraised.unwrap_or_else(crate::types::none));
    }
    raised.extend(reraised);
    if raised.len() == 1 {
        return Ok(raised.pop().expect("one"));
    }
    ab::call(&exc::EXCEPTION_GROUP.as_obj(), &[crate::types::str::new_str(""), crate::types::list::new_list(raised)], None)
}

