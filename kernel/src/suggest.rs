//! "Did you mean …?" suggestions for NameError and AttributeError, with
//! CPython 3.13's rules: a weighted Levenshtein distance (case changes cost
//! 1, other edits 2), a distance bound that grows with the name lengths, at
//! most 750 candidates and names of at most 40 characters.

const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;
const MAX_CANDIDATES: usize = 750;
const MAX_STRING: usize = 40;

fn substitution_cost(a: char, b: char) -> usize {
    if a == b {
        0
    } else if a.to_lowercase().eq(b.to_lowercase()) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

fn distance(a: &str, b: &str, max_cost: usize) -> usize {
    if a == b {
        return 0;
    }
    let mut a: Vec<char> = a.chars().collect();
    let mut b: Vec<char> = b.chars().collect();
    let pre = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    a.drain(..pre);
    b.drain(..pre);
    let post = a.iter().rev().zip(b.iter().rev()).take_while(|(x, y)| x == y).count();
    a.truncate(a.len() - post);
    b.truncate(b.len() - post);
    if a.is_empty() || b.is_empty() {
        return MOVE_COST * (a.len() + b.len());
    }
    if a.len() > MAX_STRING || b.len() > MAX_STRING {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut row: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (bi, &bc) in b.iter().enumerate() {
        let mut dist = bi * MOVE_COST;
        result = dist;
        let mut minimum = usize::MAX;
        for (i, &ac) in a.iter().enumerate() {
            let substitute = dist + substitution_cost(bc, ac);
            dist = row[i];
            let insert_delete = result.min(dist) + MOVE_COST;
            result = insert_delete.min(substitute);
            row[i] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// The closest candidate to `wrong`, as CPython's traceback module chooses
/// it (NameError, AttributeError).
pub fn closest<'a>(candidates: &'a [String], wrong: &str) -> Option<&'a str> {
    closest_within(candidates, wrong, wrong.chars().count())
}

/// The closest candidate as CPython's C code chooses it (an unexpected
/// keyword argument): no bound from the wrong name's length.
pub fn closest_c<'a>(candidates: &'a [String], wrong: &str) -> Option<&'a str> {
    closest_within(candidates, wrong, usize::MAX)
}

fn closest_within<'a>(candidates: &'a [String], wrong: &str, mut best: usize) -> Option<&'a str> {
    if candidates.len() > MAX_CANDIDATES {
        return None;
    }
    let wlen = wrong.chars().count();
    if wlen > MAX_STRING {
        return None;
    }
    let mut suggestion: Option<&str> = None;
    for c in candidates {
        if c == wrong {
            continue;
        }
        let max = ((c.chars().count() + wlen + 3) * MOVE_COST / 6).min(best.saturating_sub(1));
        let d = distance(wrong, c, max);
        if d > max {
            continue;
        }
        if suggestion.is_none() || d < best {
            suggestion = Some(c);
            best = d;
        }
    }
    suggestion
}

/// Standard-library module names, for "Did you forget to import 'x'?".
pub fn is_stdlib_module(name: &str) -> bool {
    const NAMES: &[&str] = &[
        "abc", "argparse", "array", "ast", "asyncio", "base64", "bisect", "builtins", "calendar", "cmath",
        "codecs", "collections", "contextlib", "copy", "csv", "ctypes", "dataclasses", "datetime", "decimal",
        "difflib", "dis", "enum", "errno", "fnmatch", "fractions", "functools", "gc", "glob", "hashlib", "heapq",
        "html", "http", "importlib", "inspect", "io", "itertools", "json", "logging", "math", "operator", "os",
        "pathlib", "pickle", "platform", "pprint", "queue", "random", "re", "secrets", "shlex", "shutil",
        "signal", "socket", "statistics", "string", "struct", "subprocess", "sys", "tempfile", "textwrap",
        "threading", "time", "timeit", "traceback", "types", "typing", "unittest", "urllib", "uuid", "warnings",
        "weakref", "zipfile", "zlib",
    ];
    NAMES.contains(&name)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn picks_cpythons_suggestions() {
        assert_eq!(closest(&c(&["print", "len", "range"]), "prnt"), Some("print"));
        assert_eq!(closest(&c(&["foo_bar", "x"]), "foobar"), Some("foo_bar"));
        assert_eq!(closest(&c(&["Counter"]), "counter"), Some("Counter"));
        assert_eq!(closest(&c(&["alpha", "beta"]), "zzzzzz"), None);
    }
}
