//! Argument parsing with CPython's error messages.
//!
//! A native function receives [`Args`]: its positional arguments, its keyword
//! arguments and the names it reports in errors. The checks mirror the two
//! families of CPython builtins:
//!
//! - `METH_O` / `METH_NOARGS` / `METH_VARARGS` functions report with the
//!   qualified name: `math.sqrt() takes exactly one argument (2 given)`,
//!   `math.pow() takes no keyword arguments`.
//! - Argument Clinic functions report with the bare name: `pow expected 2
//!   arguments, got 1`, `isclose() missing required argument 'b' (pos 2)`.
//!
//! The binding logic ([`bind`]) is generic over the argument type, so it is
//! tested without a kernel.

use crate::error::{PyErr, PyResult};
use crate::object::PyAny;

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// The error messages, as functions of the counts (pure; unit-tested).
pub mod msg {
    use super::plural;
    use crate::error::PyErr;

    /// `math.sqrt() takes exactly one argument (2 given)`.
    pub fn exactly_one(qualname: &str, given: usize) -> PyErr {
        PyErr::type_error(format!("{qualname}() takes exactly one argument ({given} given)"))
    }
    /// `math.pi() takes no arguments (1 given)`.
    pub fn no_args(qualname: &str, given: usize) -> PyErr {
        PyErr::type_error(format!("{qualname}() takes no arguments ({given} given)"))
    }
    /// `math.sqrt() takes no keyword arguments`.
    pub fn no_kwargs(qualname: &str) -> PyErr {
        PyErr::type_error(format!("{qualname}() takes no keyword arguments"))
    }
    /// Argument Clinic's positional count check (`_PyArg_CheckPositional`):
    /// `log expected at least 1 argument, got 0`, `pow expected 2 arguments, got 3`.
    pub fn positional_count(name: &str, min: usize, max: usize, given: usize) -> PyErr {
        let m = if min == max {
            format!("{name} expected {min} argument{}, got {given}", plural(min))
        } else if given < min {
            format!("{name} expected at least {min} argument{}, got {given}", plural(min))
        } else {
            format!("{name} expected at most {max} argument{}, got {given}", plural(max))
        };
        PyErr::type_error(m)
    }
}

/// A keyword-capable signature, as Argument Clinic describes one.
///
/// `params` lists every parameter in order: the first `posonly` are
/// positional-only, those from `kwonly` on are keyword-only, and the first
/// `required` of the positional ones must be given (keyword-only parameters
/// listed in `required_kwonly` are required too).
#[derive(Copy, Clone, Debug)]
pub struct Signature {
    /// The bare function name used in messages (`isclose`).
    pub name: &'static str,
    pub params: &'static [&'static str],
    pub posonly: usize,
    /// Index of the first keyword-only parameter (`params.len()` when none).
    pub kwonly: usize,
    /// Number of required positional parameters.
    pub required: usize,
    /// Number of required keyword-only parameters (the first ones after `kwonly`).
    pub required_kwonly: usize,
}

impl Signature {
    /// Only positional-or-keyword parameters, the first `required` of them required.
    pub const fn simple(name: &'static str, params: &'static [&'static str], required: usize) -> Self {
        Signature { name, params, posonly: 0, kwonly: params.len(), required, required_kwonly: 0 }
    }
}

/// Binds positional and keyword arguments to `sig`'s parameters, with
/// CPython's `_PyArg_UnpackKeywords` messages. Returns one slot per parameter.
pub fn bind<'v, T, K: AsRef<str>>(sig: &Signature, pos: &'v [T], kw: &[(K, &'v T)]) -> Result<Vec<Option<&'v T>>, PyErr> {
    let name = sig.name;
    let nargs = pos.len();
    let nkw = kw.len();
    let maxargs = sig.params.len();
    let maxpos = sig.kwonly;
    let minpos = sig.required.min(maxpos);
    let minposonly = sig.posonly.min(minpos);
    if nargs + nkw > maxargs {
        return Err(PyErr::type_error(format!(
            "{name}() takes at most {maxargs} {}argument{} ({} given)",
            if nargs == 0 { "keyword " } else { "" },
            plural(maxargs),
            nargs + nkw
        )));
    }
    if nargs > maxpos {
        if maxpos == 0 {
            return Err(PyErr::type_error(format!("{name}() takes no positional arguments")));
        }
        return Err(PyErr::type_error(format!(
            "{name}() takes {} {maxpos} positional argument{} ({nargs} given)",
            if minpos < maxpos { "at most" } else { "exactly" },
            plural(maxpos)
        )));
    }
    if nargs < minposonly {
        return Err(PyErr::type_error(format!(
            "{name}() takes {} {minposonly} positional argument{} ({nargs} given)",
            if minposonly < maxpos { "at least" } else { "exactly" },
            plural(minposonly)
        )));
    }
    let mut out: Vec<Option<&'v T>> = pos.iter().map(Some).collect();
    out.resize(maxargs, None);
    let find = |p: &str| kw.iter().find(|(k, _)| k.as_ref() == p).map(|(_, v)| *v);
    let mut used = 0;
    let reqlimit = sig.kwonly + sig.required_kwonly;
    for (i, slot) in out.iter_mut().enumerate().skip(nargs.max(sig.posonly)) {
        let p = sig.params[i];
        let found = if used < nkw { find(p) } else { None };
        if let Some(v) = found {
            *slot = Some(v);
            used += 1;
        } else if i < minpos {
            return Err(PyErr::type_error(format!("{name}() missing required argument '{p}' (pos {})", i + 1)));
        } else if maxpos <= i && i < reqlimit {
            return Err(PyErr::type_error(format!("{name}() missing required keyword-only argument '{p}'")));
        }
    }
    if used < nkw {
        for i in sig.posonly..nargs {
            let p = sig.params[i];
            if find(p).is_some() {
                return Err(PyErr::type_error(format!(
                    "argument for {name}() given by name ('{p}') and position ({})",
                    i + 1
                )));
            }
        }
        for (k, _) in kw {
            let k = k.as_ref();
            let known = sig.params[sig.posonly..].contains(&k);
            if !known {
                return Err(PyErr::type_error(format!("{name}() got an unexpected keyword argument '{k}'")));
            }
        }
    }
    Ok(out)
}

/// The arguments of one call of a native function.
pub struct Args<'a> {
    module: &'static str,
    name: &'static str,
    slf: &'a PyAny,
    pos: &'a [PyAny],
    kw: Vec<(String, &'a PyAny)>,
}

impl<'a> Args<'a> {
    /// Built by the generated extern functions.
    pub fn new(module: &'static str, name: &'static str, slf: &'a PyAny, pos: &'a [PyAny], kw: Vec<(String, &'a PyAny)>) -> Self {
        Args { module, name, slf, pos, kw }
    }

    /// The function's bare name (`sqrt`).
    pub fn name(&self) -> &'static str {
        self.name
    }

    /// `module.name`, as METH_O-style messages print it.
    pub fn qualname(&self) -> String {
        if self.module.is_empty() {
            self.name.to_owned()
        } else {
            format!("{}.{}", self.module, self.name)
        }
    }

    /// The object the function is bound to (its module for module functions).
    pub fn slf(&self) -> &'a PyAny {
        self.slf
    }

    /// The positional arguments, with no keyword-argument check.
    pub fn positional(&self) -> &'a [PyAny] {
        self.pos
    }

    /// The keyword arguments, in call order.
    pub fn keywords(&self) -> &[(String, &'a PyAny)] {
        &self.kw
    }

    /// Fails with `f() takes no keyword arguments` when any were given.
    pub fn no_kwargs(&self) -> PyResult<()> {
        if self.kw.is_empty() {
            Ok(())
        } else {
            Err(msg::no_kwargs(&self.qualname()))
        }
    }

    /// `METH_NOARGS`.
    pub fn none(&self) -> PyResult<()> {
        self.no_kwargs()?;
        if self.pos.is_empty() {
            Ok(())
        } else {
            Err(msg::no_args(&self.qualname(), self.pos.len()))
        }
    }

    /// `METH_O`: exactly one positional argument.
    pub fn one(&self) -> PyResult<&'a PyAny> {
        self.no_kwargs()?;
        match self.pos {
            [x] => Ok(x),
            _ => Err(msg::exactly_one(&self.qualname(), self.pos.len())),
        }
    }

    /// `METH_VARARGS` without keywords: any number of positional arguments.
    pub fn varargs(&self) -> PyResult<&'a [PyAny]> {
        self.no_kwargs()?;
        Ok(self.pos)
    }

    /// Argument Clinic, positional-only: exactly `N` arguments.
    pub fn exact<const N: usize>(&self) -> PyResult<[&'a PyAny; N]> {
        self.no_kwargs()?;
        if self.pos.len() != N {
            return Err(msg::positional_count(self.name, N, N, self.pos.len()));
        }
        Ok(std::array::from_fn(|i| &self.pos[i]))
    }

    /// Argument Clinic, positional-only: between `min` and `max` arguments.
    pub fn range(&self, min: usize, max: usize) -> PyResult<&'a [PyAny]> {
        self.no_kwargs()?;
        let n = self.pos.len();
        if n < min || n > max {
            return Err(msg::positional_count(self.name, min, max, n));
        }
        Ok(self.pos)
    }

    /// Argument Clinic with keywords: one slot per parameter of `sig`.
    pub fn bind(&self, sig: &Signature) -> PyResult<Vec<Option<&'a PyAny>>> {
        bind(sig, self.pos, &self.kw)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use pyk_abi::api::ExcKind;

    fn text(e: PyErr) -> String {
        assert_eq!(e.kind(), Some(ExcKind::TypeError));
        e.message().unwrap().to_owned()
    }

    #[test]
    fn meth_o_and_noargs_messages() {
        assert_eq!(text(msg::exactly_one("math.sqrt", 2)), "math.sqrt() takes exactly one argument (2 given)");
        assert_eq!(text(msg::exactly_one("math.sqrt", 0)), "math.sqrt() takes exactly one argument (0 given)");
        assert_eq!(text(msg::no_kwargs("math.pow")), "math.pow() takes no keyword arguments");
        assert_eq!(text(msg::no_args("m.f", 1)), "m.f() takes no arguments (1 given)");
    }

    #[test]
    fn clinic_positional_messages() {
        let check = |min, max, n, want: &str| assert_eq!(text(msg::positional_count("f", min, max, n)), want);
        check(2, 2, 1, "f expected 2 arguments, got 1");
        check(2, 2, 3, "f expected 2 arguments, got 3");
        check(1, 1, 0, "f expected 1 argument, got 0");
        check(1, 2, 0, "f expected at least 1 argument, got 0");
        check(1, 2, 3, "f expected at most 2 arguments, got 3");
        check(0, 1, 2, "f expected at most 1 argument, got 2");
    }

    const ISCLOSE: Signature = Signature {
        name: "isclose",
        params: &["a", "b", "rel_tol", "abs_tol"],
        posonly: 0,
        kwonly: 2,
        required: 2,
        required_kwonly: 0,
    };
    const PROD: Signature =
        Signature { name: "prod", params: &["iterable", "start"], posonly: 1, kwonly: 1, required: 1, required_kwonly: 0 };

    fn err<const P: usize, const K: usize>(sig: &Signature, pos: [i32; P], kw: [(&str, i32); K]) -> String {
        let kw: Vec<(&str, &i32)> = kw.iter().map(|(k, v)| (*k, v)).collect();
        text(bind(sig, &pos, &kw).unwrap_err())
    }

    fn ok<const P: usize, const K: usize>(sig: &Signature, pos: [i32; P], kw: [(&str, i32); K]) -> Vec<Option<i32>> {
        let kw: Vec<(&str, &i32)> = kw.iter().map(|(k, v)| (*k, v)).collect();
        bind(sig, &pos, &kw).unwrap().into_iter().map(|o| o.copied()).collect()
    }

    #[test]
    fn keyword_binding_messages() {
        // Each expectation was produced by CPython 3.13's math module.
        assert_eq!(err(&ISCLOSE, [1], []), "isclose() missing required argument 'b' (pos 2)");
        assert_eq!(err(&ISCLOSE, [], []), "isclose() missing required argument 'a' (pos 1)");
        assert_eq!(err(&ISCLOSE, [], [("b", 1)]), "isclose() missing required argument 'a' (pos 1)");
        assert_eq!(err(&ISCLOSE, [1], [("c", 2)]), "isclose() missing required argument 'b' (pos 2)");
        assert_eq!(err(&ISCLOSE, [1, 2, 3], []), "isclose() takes exactly 2 positional arguments (3 given)");
        assert_eq!(err(&ISCLOSE, [1, 2, 3, 4, 5], []), "isclose() takes at most 4 arguments (5 given)");
        assert_eq!(err(&ISCLOSE, [1, 2], [("x", 3)]), "isclose() got an unexpected keyword argument 'x'");
        assert_eq!(err(&ISCLOSE, [1, 1], [("a", 2)]), "argument for isclose() given by name ('a') and position (1)");
        assert_eq!(err(&ISCLOSE, [1, 2], [("rel_tol", 1), ("b", 3)]), "argument for isclose() given by name ('b') and position (2)");
        assert_eq!(
            err(&ISCLOSE, [1, 2], [("rel_tol", 1), ("abs_tol", 2), ("x", 3)]),
            "isclose() takes at most 4 arguments (5 given)"
        );
        assert_eq!(err(&PROD, [], []), "prod() takes exactly 1 positional argument (0 given)");
        assert_eq!(err(&PROD, [1, 2], []), "prod() takes exactly 1 positional argument (2 given)");
        assert_eq!(err(&PROD, [], [("iterable", 1)]), "prod() takes exactly 1 positional argument (0 given)");
        assert_eq!(err(&PROD, [], [("x", 1)]), "prod() takes exactly 1 positional argument (0 given)");
        assert_eq!(err(&PROD, [1], [("iterable", 2)]), "prod() got an unexpected keyword argument 'iterable'");
        assert_eq!(err(&PROD, [1], [("x", 2)]), "prod() got an unexpected keyword argument 'x'");
        assert_eq!(err(&PROD, [1], [("start", 1), ("x", 2)]), "prod() takes at most 2 arguments (3 given)");
        // CPython's str.split and int.to_bytes (no keyword-only parameters).
        let split = Signature::simple("split", &["sep", "maxsplit"], 0);
        assert_eq!(err(&split, [1, 2, 3], []), "split() takes at most 2 arguments (3 given)");
        let to_bytes = Signature::simple("to_bytes", &["length", "byteorder", "signed"], 0);
        assert_eq!(
            err(&to_bytes, [], [("length", 1), ("byteorder", 2), ("signed", 3), ("x", 4)]),
            "to_bytes() takes at most 3 keyword arguments (4 given)"
        );
    }

    #[test]
    fn keyword_binding_results() {
        assert_eq!(ok(&ISCLOSE, [1, 2], []), vec![Some(1), Some(2), None, None]);
        assert_eq!(ok(&ISCLOSE, [], [("b", 2), ("a", 1)]), vec![Some(1), Some(2), None, None]);
        assert_eq!(ok(&ISCLOSE, [1], [("b", 2), ("abs_tol", 4)]), vec![Some(1), Some(2), None, Some(4)]);
        assert_eq!(ok(&PROD, [7], [("start", 3)]), vec![Some(7), Some(3)]);
    }
}
