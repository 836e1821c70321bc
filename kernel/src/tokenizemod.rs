//! `_tokenize`: `TokenizerIter`, the tokenizer under `Lib/tokenize.py`
//! (CPython's is C; `tokenize` cannot import without it). The tokens come
//! from the parser component (`ParserMod::tokenize`); the iterator around
//! them is Python (tokenizemod.py), compiled on first import.

use crate::error::{type_error, PyResult};
use crate::object::Obj;
use crate::types::int::from_i64;
use crate::types::str::{as_str, new_str};
use crate::types::tuple::new_tuple;

const TOKENIZE_SOURCE: &str = include_str!("tokenizemod.py");

pub fn make_module() -> PyResult {
    let tokens = crate::types::function::new_builtin("_tokens", m_tokens, crate::types::none(), Some("_tokenize"));
    crate::collectionsmod::module_from_source_with("_tokenize", "", TOKENIZE_SOURCE, &[("_tokens", tokens)])
}

/// `_tokens(source, extra_tokens=True)`: `(tokens, error)`, each token
/// `(type, exact_type, string, (row, col), (row, col), line)`, `error` the
/// SyntaxError that stopped the tokenizer (or None).
fn m_tokens(_m: &Obj, a: &[Obj], _k: Option<&Obj>) -> PyResult {
    let src = a.first().and_then(as_str).ok_or_else(|| type_error("_tokens() argument must be str"))?;
    let extra = match a.get(1) {
        Some(flag) => crate::abstract_::is_true(flag)?,
        None => true,
    };
    let (toks, err) = crate::interp::parser_tokenize(src, extra)?;
    let err = match err {
        Some(e) => crate::interp::syntax_error(&e, "<string>").0,
        None => crate::types::none(),
    };
    let pos = |l: u32, c: u32| new_tuple(vec![from_i64(l as i64), from_i64(c as i64)]);
    let list: Vec<Obj> = toks
        .iter()
        .map(|t| {
            new_tuple(vec![
                from_i64(t.type_ as i64),
                from_i64(t.exact_type as i64),
                new_str(t.string.as_str()),
                pos(t.start_line, t.start_col),
                pos(t.end_line, t.end_col),
                new_str(t.line.as_str()),
            ])
        })
        .collect();
    Ok(new_tuple(vec![crate::types::list::new_list(list), err]))
}
