//! `_tokenize`: `TokenizerIter`, the tokenizer under `Lib/tokenize.py`
//! (CPython's is C; `tokenize` cannot import without it). Written in
//! Python (tokenizemod.py) like `_io`, and compiled on first import.

use crate::error::PyResult;

const TOKENIZE_SOURCE: &str = include_str!("tokenizemod.py");

pub fn make_module() -> PyResult {
    crate::collectionsmod::module_from_source_with("_tokenize", "", TOKENIZE_SOURCE, &[])
}
