//! `_string`: the parsing helpers behind `string.Formatter`, with CPython
//! 3.13's results and error messages. Both return iterators over results
//! computed eagerly (errors are raised at the call, not at the first `next`).

use pyk_sdk::prelude::*;

/// One parsed chunk: literal text, then an optional field (name, spec, conversion).
type Chunk = (String, Option<(String, String, Option<char>)>);

fn parse_format(s: &str) -> Result<Vec<Chunk>, &'static str> {
    let c: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    let mut lit = String::new();
    let mut i = 0;
    while i < c.len() {
        match c[i] {
            '{' | '}' if c.get(i + 1) == Some(&c[i]) => {
                lit.push(c[i]);
                out.push((std::mem::take(&mut lit), None));
                i += 2;
            }
            '}' => return Err("Single '}' encountered in format string"),
            '{' => {
                if i + 1 == c.len() {
                    return Err("Single '{' encountered in format string");
                }
                let mut j = i + 1;
                let mut name = String::new();
                while j < c.len() && !matches!(c[j], '!' | ':' | '}') {
                    if c[j] == '[' {
                        while j < c.len() && c[j] != ']' {
                            name.push(c[j]);
                            j += 1;
                        }
                        if j == c.len() {
                            break;
                        }
                    }
                    name.push(c[j]);
                    j += 1;
                }
                let mut conv = None;
                if j < c.len() && c[j] == '!' {
                    let Some(&cc) = c.get(j + 1) else { return Err("end of string while looking for conversion specifier") };
                    if cc == '}' {
                        return Err("unmatched '{' in format spec");
                    }
                    conv = Some(cc);
                    j += 2;
                    if j < c.len() && !matches!(c[j], ':' | '}') {
                        return Err("expected ':' after conversion specifier");
                    }
                }
                let mut spec = String::new();
                if j < c.len() && c[j] == ':' {
                    j += 1;
                    let mut depth = 1;
                    while j < c.len() {
                        match c[j] {
                            '{' => depth += 1,
                            '}' => {
                                depth -= 1;
                                if depth == 0 {
                                    break;
                                }
                            }
                            _ => {}
                        }
                        spec.push(c[j]);
                        j += 1;
                    }
                }
                if j >= c.len() {
                    return Err("expected '}' before end of string");
                }
                out.push((std::mem::take(&mut lit), Some((name, spec, conv))));
                i = j + 1;
            }
            ch => {
                lit.push(ch);
                i += 1;
            }
        }
    }
    if !lit.is_empty() {
        out.push((lit, None));
    }
    Ok(out)
}

fn formatter_parser(args: Args) -> PyResult<PyObj> {
    let s = args.one()?;
    if !s.is_str() {
        return Err(PyErr::type_error(format!("expected str, got {}", s.type_name()?)));
    }
    let chunks = parse_format(s.as_str()?).map_err(PyErr::value_error)?;
    let mut items = Vec::with_capacity(chunks.len());
    for (lit, field) in chunks {
        let t = match field {
            None => (lit, None::<String>, None::<String>, None::<String>).into_py()?,
            Some((name, spec, conv)) => (lit, Some(name), Some(spec), conv.map(String::from)).into_py()?,
        };
        items.push(t);
    }
    list_of(&items.iter().map(|o| &**o).collect::<Vec<_>>())?.iter()
}

/// An int for a string of decimal digits, else the str.
fn key_of(k: &str) -> PyResult<PyObj> {
    if !k.is_empty() && k.bytes().all(|b| b.is_ascii_digit()) {
        int_from_decimal(k)
    } else {
        Ok(PyObj::from(k))
    }
}

fn formatter_field_name_split(args: Args) -> PyResult<PyObj> {
    let s = args.one()?;
    if !s.is_str() {
        return Err(PyErr::type_error(format!("expected str, got {}", s.type_name()?)));
    }
    let c: Vec<char> = s.as_str()?.chars().collect();
    let mut i = 0;
    while i < c.len() && c[i] != '.' && c[i] != '[' {
        i += 1;
    }
    let first: String = c[..i].iter().collect();
    let first = key_of(&first)?;
    let mut rest = Vec::new();
    while i < c.len() {
        let is_attr = c[i] == '.';
        i += 1;
        let start = i;
        if is_attr {
            while i < c.len() && c[i] != '.' && c[i] != '[' {
                i += 1;
            }
        } else {
            while i < c.len() && c[i] != ']' {
                i += 1;
            }
            if i == c.len() {
                return Err(PyErr::value_error("Missing ']' in format string"));
            }
        }
        let name: String = c[start..i].iter().collect();
        if name.is_empty() {
            return Err(PyErr::value_error("Empty attribute in format string"));
        }
        if !is_attr {
            i += 1;
            if i < c.len() && c[i] != '.' && c[i] != '[' {
                return Err(PyErr::value_error("Only '.' or '[' may follow ']' in format field specifier"));
            }
        }
        let key = if is_attr { PyObj::from(name.as_str()) } else { key_of(&name)? };
        rest.push((is_attr, key).into_py()?);
    }
    let it = list_of(&rest.iter().map(|o| &**o).collect::<Vec<_>>())?.iter()?;
    (first, it).into_py()
}

static FUNCTIONS: &[NativeFnDef] = &[
    native_fn!("_string", "formatter_parser", formatter_parser, "split a format string into its literal and field parts"),
    native_fn!("_string", "formatter_field_name_split", formatter_field_name_split, "split a field name into its first part and the rest"),
];

/// Creates the `_string` module.
pub fn create() -> PyResult<PyObj> {
    ModuleBuilder::new("_string", "string helper module")?.functions(FUNCTIONS)?.finish()
}
