//! Traceback objects and CPython 3.13's traceback printing.

use std::collections::HashMap;
use std::sync::Mutex;

use pyk_abi::value::ObjHeader;

use crate::error::{PyErr, PyResult};
use crate::object::{alloc, dealloc_box, new_header, Obj};
use crate::types::code::as_code;
use crate::types::exceptions::as_exc;
use crate::types::str::{as_str, new_str};
use crate::types::typeobj::{GetSetDef, TypeObject};

#[repr(C)]
pub struct TracebackObject {
    pub header: ObjHeader,
    /// Writable (`tb.tb_next = ...`, as unittest does to hide its frames).
    pub next: crate::types::function::ObjLockCell,
    pub code: Obj,
    pub lasti: usize,
    pub lineno: u32,
    pub globals: Option<Obj>,
    pub locals: Option<Obj>,
    /// A function frame's fast locals as they were when the exception left
    /// it (for `tb_frame.f_locals` after the frame has finished).
    pub fast: Option<FastSlots>,
    pub frame: (usize, u64),
    pub back: (usize, u64),
}

/// Fast-locals slots shared between a traceback and its frame objects.
pub type FastSlots = std::sync::Arc<[Option<Obj>]>;

fn tb(o: &Obj) -> Option<&TracebackObject> {
    o.downcast::<TracebackObject>(&TRACEBACK_TYPE)
}

fn tb_next(o: &Obj) -> PyResult {
    Ok(tb(o).and_then(|t| t.next.get()).unwrap_or_else(crate::types::none))
}
fn tb_lineno(o: &Obj) -> PyResult {
    Ok(crate::types::int::from_i64(tb(o).map(|t| t.lineno as i64).unwrap_or(0)))
}
fn tb_lasti(o: &Obj) -> PyResult {
    Ok(crate::types::int::from_i64(tb(o).map(|t| t.lasti as i64 * 2).unwrap_or(0)))
}

fn tb_frame(o: &Obj) -> PyResult {
    let t = tb(o).ok_or_else(|| crate::error::type_error("traceback expected"))?;
    let globals = t.globals.clone().unwrap_or_else(crate::types::dict::new_dict);
    Ok(crate::types::frame::from_parts(t.code.clone(), globals, t.locals.clone(), t.fast.clone(), t.lasti, t.frame, t.back))
}

static TB_GETSETS: [GetSetDef; 4] = [
    GetSetDef { name: "tb_frame", get: tb_frame },
    GetSetDef { name: "tb_next", get: tb_next },
    GetSetDef { name: "tb_lineno", get: tb_lineno },
    GetSetDef { name: "tb_lasti", get: tb_lasti },
];

/// `tb.tb_next = other_tb_or_None` (the only writable attribute), with
/// CPython's checks (a traceback, no loop).
fn tb_setattr(o: &Obj, name: &Obj, v: Option<&Obj>) -> PyResult<()> {
    let t = tb(o).ok_or_else(|| crate::error::type_error("traceback expected"))?;
    match as_str(name) {
        Some("tb_next") => {
            let Some(v) = v else { return Err(crate::error::type_error("can't delete tb_next attribute")) };
            if crate::types::is_none(v) {
                drop(t.next.set(None));
                return Ok(());
            }
            if tb(v).is_none() {
                return Err(crate::error::type_error(format!("expected traceback object or None, got '{}'", v.type_obj().name())));
            }
            let mut cur = Some(v.clone());
            while let Some(c) = cur {
                if c.is(o) {
                    return Err(crate::error::value_error("traceback loop detected"));
                }
                cur = tb(&c).and_then(|x| x.next.get());
            }
            drop(t.next.set(Some(v.clone())));
            Ok(())
        }
        Some(n @ ("tb_frame" | "tb_lineno" | "tb_lasti")) => Err(crate::error::attribute_error(format!("attribute '{n}' of 'traceback' objects is not writable"))),
        _ => Err(crate::abstract_::no_attribute(o, name)),
    }
}

/// `traceback.__dir__()`: only the four `tb_` attributes, as CPython's.
fn tb_dir(_o: &Obj, a: &[Obj], k: Option<&Obj>) -> PyResult {
    crate::builtins::no_kwargs("__dir__", k)?;
    if !a.is_empty() {
        return Err(crate::error::type_error(format!("traceback.__dir__() takes no arguments ({} given)", a.len())));
    }
    let names = ["tb_frame", "tb_next", "tb_lasti", "tb_lineno"];
    Ok(crate::types::list::new_list(names.iter().map(|n| crate::types::str::new_str(n)).collect()))
}

static TB_METHODS: [crate::types::typeobj::MethodDef; 1] = [crate::types::typeobj::MethodDef { name: "__dir__", func: tb_dir, doc: "" }];

pub static TRACEBACK_TYPE: TypeObject = TypeObject {
    setattr: Some(tb_setattr),
    getsets: &TB_GETSETS,
    methods: &TB_METHODS,
    ..TypeObject::builtin("traceback", &crate::types::object::OBJECT_TYPE, dealloc_box::<TracebackObject>)
};

/// Prepends a traceback entry for frame `f` (at its last instruction).
pub fn add_entry(err: &PyErr, f: &crate::eval::Frame) {
    let Some(e) = as_exc(&err.0) else { return };
    let (code, lasti) = (&f.code, f.lasti);
    // Builtin modules written in Python stand for CPython's C modules,
    // whose functions leave no traceback entries.
    if as_code(code).is_some_and(|c| crate::collectionsmod::is_builtin_source(c.filename_str())) {
        return;
    }
    let lineno = as_code(code).map(|c| c.location(lasti).lineno).unwrap_or(0);
    let old = e.with(|s| s.traceback.take());
    // SAFETY: `back`, when set, points to a live frame (the caller).
    let back = if f.back.is_null() { (0, 0) } else { (f.back as usize, unsafe { (*f.back).serial }) };
    let entry = alloc(TracebackObject {
        header: new_header(&TRACEBACK_TYPE),
        next: crate::types::function::ObjLockCell::new(old),
        code: code.clone(),
        lasti,
        lineno,
        globals: Some(f.globals.clone()),
        locals: f.locals.clone(),
        fast: f.locals.is_none().then(|| {
            // The exception itself is left out: `e = E(); raise e` would
            // otherwise be a cycle (e -> traceback -> e) that reference
            // counting never frees.
            let mut slots = crate::eval::fast_slots(f);
            for s in slots.iter_mut() {
                if s.as_ref().is_some_and(|v| v.is(&err.0)) {
                    *s = None;
                }
            }
            FastSlots::from(slots)
        }),
        frame: (f as *const crate::eval::Frame as usize, f.serial),
        back,
    });
    let prev = e.with(|s| s.traceback.replace(entry));
    drop(prev);
}

static SOURCES: Mutex<Option<HashMap<String, String>>> = Mutex::new(None);

/// Remembers the source of a pseudo-file (`<string>`, `<python-input-N>`) for tracebacks.
pub fn register_source(filename: &str, source: &str) {
    let mut g = SOURCES.lock().unwrap_or_else(|e| e.into_inner());
    g.get_or_insert_with(HashMap::new).insert(filename.to_owned(), source.to_owned());
}

/// When `linecache` is first imported: the `-c` program's source goes into
/// its cache as `<string>`, as CPython 3.13 has it (warnings and the
/// traceback module then show `-c` lines), with no mtime so that
/// `checkcache` keeps it.
pub fn seed_linecache(linecache: &Obj) {
    let src = {
        let g = SOURCES.lock().unwrap_or_else(|e| e.into_inner());
        g.as_ref().and_then(|m| m.get("<string>").cloned())
    };
    let Some(src) = src else { return };
    let Ok(cache) = crate::abstract_::getattr_str(linecache, "cache") else { return };
    let Some(d) = crate::types::dict::as_dict(&cache) else { return };
    let mut lines: Vec<Obj> = src.split_inclusive('\n').map(|l| if l.ends_with('\n') { new_str(l) } else { new_str(&format!("{l}\n")) }).collect();
    if src.is_empty() {
        lines.clear();
    }
    let entry = crate::types::tuple::new_tuple(vec![
        // CPython runs the command with a newline added.
        crate::types::int::from_i64(src.chars().count() as i64 + 1),
        crate::types::none(),
        crate::types::list::new_list(lines),
        new_str("<string>"),
    ]);
    let _ = d.set(new_str("<string>"), entry);
}

fn source_line(filename: &str, lineno: u32) -> Option<String> {
    if lineno == 0 {
        return None;
    }
    let cached = {
        let g = SOURCES.lock().unwrap_or_else(|e| e.into_inner());
        g.as_ref().and_then(|m| m.get(filename).cloned())
    };
    let text = match cached {
        Some(t) => t,
        None if filename.starts_with('<') => return None,
        None => String::from_utf8_lossy(&std::fs::read(filename).ok()?).into_owned(),
    };
    text.split_inclusive('\n').nth(lineno as usize - 1).map(|l| l.trim_end_matches(['\n', '\r']).to_owned())
}

fn format_entry(out: &mut String, t: &TracebackObject) {
    let Some(c) = as_code(&t.code) else { return };
    let filename = c.filename_str();
    out.push_str(&format!(
        "  File {}, line {}, in {}\n",
        paint(MAGENTA, &format!("\"{filename}\"")),
        paint(MAGENTA, &t.lineno.to_string()),
        paint(MAGENTA, c.name_str())
    ));
    let Some(line) = source_line(filename, t.lineno) else { return };
    let line = line.trim_end();
    let stripped = line.trim_start();
    let indent = line.len() - stripped.len();
    let plain_line = |out: &mut String| out.push_str(&format!("    {}\n", stripped));
    if PLAIN.with(|p| p.get()) {
        return plain_line(out);
    }
    let loc = c.location(t.lasti);
    if loc.lineno != 0 && loc.lineno == t.lineno && loc.end_lineno > loc.lineno {
        if let Some(text) = multiline_entry(filename, loc.lineno, loc.end_lineno, loc.col_offset as usize, loc.end_col_offset as usize) {
            out.push_str(&text);
            return;
        }
    }
    if loc.lineno == 0 || loc.lineno != t.lineno || loc.end_lineno != loc.lineno {
        return plain_line(out);
    }
    let (start, end) = (loc.col_offset as usize, (loc.end_col_offset as usize).min(line.len()));
    if end <= start || start < indent || !line.is_char_boundary(start) || !line.is_char_boundary(end) {
        return plain_line(out);
    }
    // Offsets relative to the stripped line, as CPython's dedented view.
    let (s0, e0) = (start - indent, end - indent);
    let segment = &stripped[s0..e0];
    let anchors = caret_anchors(segment);
    if !should_show_carets(stripped, s0, e0, anchors.is_some()) {
        return plain_line(out);
    }
    // Runs of the segment marked '~' or '^'; in colour the source text of
    // each run is painted as its carets are.
    let mut runs: Vec<(char, String)> = vec![];
    for (bi, ch) in segment.char_indices() {
        let mark = match anchors {
            Some((a, b)) if bi >= a && bi < b => '^',
            Some(_) => '~',
            None => '^',
        };
        match runs.last_mut() {
            Some((m, text)) if *m == mark => text.push(ch),
            _ => runs.push((mark, ch.to_string())),
        }
    }
    let code = |m: char| if m == '^' { BOLD_RED } else { RED };
    out.push_str("    ");
    out.push_str(&stripped[..s0]);
    for (m, text) in &runs {
        out.push_str(&paint(code(*m), text));
    }
    out.push_str(&stripped[e0..]);
    out.push('\n');
    out.push_str("    ");
    out.push_str(&" ".repeat(stripped[..s0].chars().count()));
    for (m, text) in &runs {
        out.push_str(&paint(code(*m), &m.to_string().repeat(text.chars().count())));
    }
    out.push('\n');
}

/// `textwrap.dedent`: whitespace-only lines become empty; the longest
/// common leading whitespace of the others is removed.
fn dedent(lines: &[String]) -> Vec<String> {
    let mut margin: Option<String> = None;
    for l in lines {
        if l.trim_matches([' ', '\t']).is_empty() {
            continue;
        }
        let lead: String = l.chars().take_while(|c| *c == ' ' || *c == '\t').collect();
        margin = Some(match margin {
            None => lead,
            Some(m) => m.chars().zip(lead.chars()).take_while(|(a, b)| a == b).map(|(a, _)| a).collect(),
        });
    }
    let m = margin.unwrap_or_default();
    lines
        .iter()
        .map(|l| if l.trim_matches([' ', '\t']).is_empty() { String::new() } else { l[m.len()..].to_string() })
        .collect()
}

/// Char index in `line` of byte offset `off` (clamped).
fn char_index(line: &str, off: usize) -> usize {
    let mut off = off.min(line.len());
    while !line.is_char_boundary(off) {
        off -= 1;
    }
    line[..off].chars().count()
}

/// Where the `^` run of a multi-line segment lies: (line, column) of its
/// start and end, in the segment's lines (CPython's `_Anchors`).
struct Anchors {
    left: (usize, usize),
    right: (usize, usize),
}

fn multiline_anchors(segment: &str) -> Option<Anchors> {
    use pyk_abi::ast::{ExprKind, Mod, StmtKind};
    let Some(Mod::Module { body, .. }) = crate::interp::parse_for_traceback(&format!("(\n{segment}\n)"), pyk_abi::component::Mode::Exec) else {
        return None;
    };
    if body.len() != 1 {
        return None;
    }
    let StmtKind::Expr { value } = &body[0].node else { return None };
    let raw: Vec<&str> = segment.split('\n').collect();
    let lines: Vec<Vec<char>> = raw.iter().map(|l| l.chars().collect()).collect();
    let n = lines.len();
    // the parsed text has one extra line in front
    let line_of = |lineno: u32| (lineno as usize).checked_sub(2).filter(|l| *l < n);
    let valid = |mut l: usize, mut c: usize| -> Option<(usize, usize)> {
        while l < n && c >= lines[l].len() {
            c = 0;
            l += 1;
        }
        (l < n).then_some((l, c))
    };
    let until = |(mut l, mut c): (usize, usize), stop: &dyn Fn(char) -> bool| -> Option<(usize, usize)> {
        loop {
            let ch = lines[l][c];
            (l, c) = if ch == '\\' || ch == '#' {
                valid(l + 1, 0)?
            } else if !stop(ch) {
                valid(l, c + 1)?
            } else {
                return Some((l, c));
            };
        }
    };
    let end_of = |e: &pyk_abi::ast::Expr, force: bool| -> Option<(usize, usize)> {
        let l = line_of(e.loc.end_lineno)?;
        let c = char_index(raw[l], e.loc.end_col_offset as usize);
        if force {
            valid(l, c)
        } else {
            Some((l, c))
        }
    };
    match &value.node {
        ExprKind::BinOp { left, right, .. } => {
            let (l, c) = until(end_of(left, true)?, &|x| !x.is_whitespace() && x != ')')?;
            let mut rc = c + 1;
            let rl = line_of(right.loc.lineno)?;
            let before_right = rl > l || rc < char_index(raw[rl], right.loc.col_offset as usize);
            if rc < lines[l].len() && before_right && !lines[l][rc].is_whitespace() && lines[l][rc] != '\\' && lines[l][rc] != '#' {
                rc += 1;
            }
            Some(Anchors { left: (l, c), right: (l, rc) })
        }
        ExprKind::Subscript { value: v, .. } => {
            let left = until(end_of(v, true)?, &|x| x == '[')?;
            Some(Anchors { left, right: end_of(value, false)? })
        }
        ExprKind::Call { func, .. } => {
            let left = until(end_of(func, true)?, &|x| x == '(')?;
            Some(Anchors { left, right: end_of(value, false)? })
        }
        _ => None,
    }
}

/// The source lines of an instruction spanning lines `first..=last`, with
/// carets, as CPython 3.13's traceback module shows them: the first and last
/// lines and those around the anchors, `...<N lines>...` for the rest.
fn multiline_entry(filename: &str, first: u32, last: u32, col: usize, end_col: usize) -> Option<String> {
    let original: Vec<String> = (first..=last).map(|l| source_line(filename, l).map(|s| s.trim_end().to_string())).collect::<Option<_>>()?;
    let all = dedent(&original);
    let n = all.len();
    if all.iter().all(|l| l.trim().is_empty()) {
        return None;
    }
    let dedent_chars = original[0].chars().count() - all[0].chars().count();
    let start = char_index(&original[0], col).saturating_sub(dedent_chars);
    let end = char_index(&original[n - 1], end_col).saturating_sub(dedent_chars);
    let joined = all.join("\n");
    let jc: Vec<char> = joined.chars().collect();
    let last_len = all[n - 1].chars().count();
    let seg_end = jc.len().checked_sub(last_len.checked_sub(end)?)?;
    if start > seg_end {
        return None;
    }
    let segment: String = jc[start..seg_end].iter().collect();
    let anchors = multiline_anchors(&segment);
    let show = multiline_show_carets(&all, start, end, anchors.is_some());
    let mut significant: Vec<usize> = vec![0, n - 1];
    let (mut lo, mut ro) = (0, 0);
    if let Some(a) = &anchors {
        lo = a.left.1 + if a.left.0 == 0 { start } else { 0 };
        ro = a.right.1 + if a.right.0 == 0 { start } else { 0 };
        for c in [a.left.0, a.right.0] {
            significant.extend([c.wrapping_sub(1), c, c + 1]);
        }
    }
    significant.retain(|&l| l < n);
    significant.sort_unstable();
    significant.dedup();
    let mut result: Vec<String> = vec![];
    let output_line = |i: usize, result: &mut Vec<String>| {
        result.push(all[i].clone());
        if !show {
            return;
        }
        let spaces = all[i].chars().take_while(|c| c.is_whitespace()).count();
        let count = if i == n - 1 { end } else { all[i].chars().count() };
        let carets: String = (0..count)
            .map(|c| {
                if c < spaces || (i == 0 && c < start) {
                    ' '
                } else if let Some(a) = &anchors {
                    let after_left = i > a.left.0 || (i == a.left.0 && c >= lo);
                    let before_right = i < a.right.0 || (i == a.right.0 && c < ro);
                    if after_left && before_right {
                        '^'
                    } else {
                        '~'
                    }
                } else {
                    '^'
                }
            })
            .collect();
        result.push(carets);
    };
    for (k, &l) in significant.iter().enumerate() {
        if k > 0 {
            let diff = l - significant[k - 1];
            if diff == 2 {
                output_line(l - 1, &mut result);
            } else if diff > 2 {
                result.push(format!("...<{} lines>...", diff - 1));
            }
        }
        output_line(l, &mut result);
    }
    let mut text = String::new();
    for l in dedent(&result) {
        text.push_str("    ");
        text.push_str(&l);
        text.push('\n');
    }
    Some(text)
}

/// Whether `src` (of `lines` lines) is a `return f(...)` (a plain name
/// called) or `x = <any call>` statement whose call covers exactly the
/// marked columns `start..end` (first line to last): CPython shows no
/// carets under such a call.
fn call_statement_spans(src: &str, lines: usize, start: usize, end: usize) -> bool {
    use pyk_abi::ast::{ExprKind, Mod, StmtKind};
    let Some(Mod::Module { body, .. }) = crate::interp::parse_for_traceback(src, pyk_abi::component::Mode::Exec) else { return false };
    let Some(st) = body.first() else { return false };
    let value = match &st.node {
        StmtKind::Return { value: Some(v) } if matches!(&v.node, ExprKind::Call { func, .. } if matches!(func.node, ExprKind::Name { .. })) => v,
        StmtKind::Assign { targets, value, .. } if targets.len() == 1 && matches!(targets[0].node, ExprKind::Name { .. }) => value,
        _ => return false,
    };
    matches!(value.node, ExprKind::Call { .. })
        && value.loc.lineno == 1
        && value.loc.end_lineno as usize == lines
        && value.loc.col_offset as usize == start
        && value.loc.end_col_offset as usize == end
}

/// `_should_show_carets` over several lines (see `should_show_carets`).
fn multiline_show_carets(all: &[String], start: usize, end: usize, has_anchors: bool) -> bool {
    if call_statement_spans(&all.join("\n"), all.len(), start, end) {
        return false;
    }
    if has_anchors {
        return true;
    }
    let first: String = all[0].chars().take(start).collect();
    let last: String = all[all.len() - 1].chars().skip(end).collect();
    !first.trim_start().is_empty() || !last.trim_end().is_empty()
}

/// CPython 3.13's rule: no carets when a `return f(...)` / `x = f(...)`
/// statement's call spans the whole line; otherwise carets when there are
/// anchors or when the segment does not cover the whole line.
fn should_show_carets(line: &str, start: usize, end: usize, has_anchors: bool) -> bool {
    if call_statement_spans(line, 1, start, end) {
        return false;
    }
    if has_anchors {
        return true;
    }
    !line[..start].trim_start().is_empty() || !line[end..].trim_end().is_empty()
}

/// Byte range within `segment` to mark with `^` (the rest gets `~`): the
/// operator of a binary operation, the brackets of a subscript, the
/// argument list of a call.
fn caret_anchors(segment: &str) -> Option<(usize, usize)> {
    use pyk_abi::ast::{ExprKind, Mod, StmtKind};
    let Some(Mod::Module { body, .. }) = crate::interp::parse_for_traceback(segment, pyk_abi::component::Mode::Exec) else { return None };
    if body.len() != 1 {
        return None;
    }
    let StmtKind::Expr { value } = &body[0].node else { return None };
    let b = segment.as_bytes();
    let skip = |mut i: usize| {
        while i < b.len() && (b[i].is_ascii_whitespace() || b[i] == b')' || b[i] == b'\\') {
            i += 1;
        }
        i
    };
    let single = |l: &pyk_abi::ast::Loc| l.lineno == 1 && l.end_lineno == 1;
    match &value.node {
        ExprKind::BinOp { left, right, .. } if single(&left.loc) => {
            let i = skip(left.loc.end_col_offset as usize);
            if i >= b.len() {
                return None;
            }
            // A second operator character must come before the right operand.
            let mut j = i + 1;
            let before_right = right.loc.lineno > 1 || j < right.loc.col_offset as usize;
            if j < b.len() && before_right && !b[j].is_ascii_whitespace() && b[j] != b'\\' && b[j] != b'#' {
                j += 1;
            }
            Some((i, j))
        }
        ExprKind::Subscript { value: v, slice, .. } if single(&v.loc) && single(&slice.loc) => {
            let mut i = v.loc.end_col_offset as usize;
            while i < b.len() && b[i] != b'[' {
                i += 1;
            }
            let mut j = slice.loc.end_col_offset as usize;
            while j < b.len() && b[j] != b']' {
                j += 1;
            }
            if i >= b.len() || j >= b.len() {
                return None;
            }
            Some((i, j + 1))
        }
        ExprKind::Call { func, .. } if single(&func.loc) => {
            let mut i = func.loc.end_col_offset as usize;
            while i < b.len() && b[i] != b'(' {
                i += 1;
            }
            if i >= b.len() {
                return None;
            }
            Some((i, (value.loc.end_col_offset as usize).min(b.len())))
        }
        _ => None,
    }
}

fn exc_type_name(e: &Obj) -> String {
    let t = e.type_obj();
    let qual = crate::types::class::heap_qualname(t)
        .and_then(|q| as_str(&q).map(str::to_owned))
        .unwrap_or_else(|| t.name().to_string());
    if t.module == "builtins" || t.module == "__main__" {
        qual
    } else {
        format!("{}.{}", t.module, qual)
    }
}

/// The stack part: "  File ..., line ..., in ..." entries (no header).
/// `sys.tracebacklimit`, as CPython's traceback printer reads it: an int
/// keeps that many of the most recent entries (none, and no header, at 0
/// or below); anything else leaves the traceback whole.
fn apply_traceback_limit(first: Obj) -> Option<Obj> {
    let Some(v) = crate::interp::sys_get("tracebacklimit") else { return Some(first) };
    if !crate::types::int::is_int(&v) {
        return Some(first);
    }
    let limit = match crate::types::int::as_i64(&v) {
        Some(n) if n <= 0 => return None,
        Some(n) => n as usize,
        // Too big for i64: a huge negative limit is 0, a huge positive one none.
        None if crate::types::int::as_bigint(&v).is_some_and(|b| b.sign() == num_bigint::Sign::Minus) => return None,
        None => return Some(first),
    };
    let mut n = 0usize;
    let mut cur = Some(first.clone());
    while let Some(o) = cur {
        n += 1;
        cur = tb(&o).and_then(|t| t.next.get());
    }
    let mut cur = first;
    for _ in 0..n.saturating_sub(limit) {
        let next = tb(&cur).and_then(|t| t.next.get())?;
        cur = next;
    }
    Some(cur)
}

fn format_stack(out: &mut String, first: Obj) {
    let mut cur = Some(first);
    let mut last: Option<(String, u32, String)> = None;
    let mut repeat = 0usize;
    while let Some(o) = cur {
        let Some(t) = tb(&o) else { break };
        let key = as_code(&t.code).map(|c| (c.filename_str().to_owned(), t.lineno, c.name_str().to_owned()));
        if key.is_some() && key == last {
            repeat += 1;
        } else {
            if repeat > 3 {
                let n = repeat - 3;
                out.push_str(&format!("  [Previous line repeated {} more time{}]\n", n, if n == 1 { "" } else { "s" }));
            }
            repeat = 1;
            last = key;
        }
        if repeat <= 3 {
            format_entry(out, t);
        }
        cur = t.next.get();
    }
    if repeat > 3 {
        let n = repeat - 3;
        out.push_str(&format!("  [Previous line repeated {} more time{}]\n", n, if n == 1 { "" } else { "s" }));
    }
}

/// "Type: message" plus notes (or a SyntaxError's report).
fn format_exception_only(out: &mut String, e: &Obj) {
    let x = as_exc(e);
    if e.type_obj().is_subtype(&crate::types::exceptions::SYNTAX_ERROR) {
        format_syntax_error(out, e);
        return;
    }
    // str() of the exception: a class's own __str__ counts
    let mut msg = crate::abstract_::str_string(e).unwrap_or_else(|_| "<exception str() failed>".into());
    if let Some(s) = suggestion(e) {
        msg.push_str(&s);
    }
    if msg.is_empty() {
        out.push_str(&format!("{}\n", paint(BOLD_MAGENTA, &exc_type_name(e))));
    } else {
        out.push_str(&format!("{}: {}\n", paint(BOLD_MAGENTA, &exc_type_name(e)), paint(MAGENTA, &msg)));
    }
    if let Some(notes) = x.and_then(|x| x.with(|s| s.notes.clone())) {
        if notes_are_sequence(&notes) {
            for n in crate::abstract_::collect(&notes).unwrap_or_default() {
                out.push_str(&crate::abstract_::str_string(&n).unwrap_or_else(|_| "<note str() failed>".to_string()));
                out.push('\n');
            }
        } else if !crate::types::is_none(&notes) {
            // CPython prints the repr of a __notes__ that is not a sequence
            // of notes (a str or bytes counts as one).
            out.push_str(&crate::abstract_::repr_string(&notes).unwrap_or_else(|_| "<__notes__ repr() failed>".to_string()));
            out.push('\n');
        }
    }
}

/// `isinstance(notes, collections.abc.Sequence)` but not str or bytes.
fn notes_are_sequence(notes: &Obj) -> bool {
    if crate::types::str::as_str(notes).is_some() || crate::types::bytes::as_bytes(notes).is_some() {
        return false;
    }
    if crate::types::list::as_list(notes).is_some() || crate::types::tuple::as_tuple(notes).is_some() {
        return true;
    }
    crate::import::import_module("collections.abc")
        .and_then(|m| crate::abstract_::getattr_str(&m, "Sequence"))
        .and_then(|seq| crate::builtins::isinstance(notes, &seq))
        .unwrap_or(false)
}

const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;

/// Printing state for exception groups (CPython's margins and frames).
struct PrintCtx {
    depth: usize,
    need_close: bool,
    seen: Vec<usize>,
}

impl PrintCtx {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    fn emit(&self, out: &mut String, text: &str, margin: char) {
        let mut prefix = self.indent();
        if self.depth > 0 {
            prefix.push(margin);
            prefix.push(' ');
        }
        for line in text.split_inclusive('\n') {
            out.push_str(&prefix);
            out.push_str(line);
        }
    }
}

const CAUSE_MSG: &str = "\nThe above exception was the direct cause of the following exception:\n\n";
const CONTEXT_MSG: &str = "\nDuring handling of the above exception, another exception occurred:\n\n";

fn format_ctx(out: &mut String, e: &Obj, ctx: &mut PrintCtx) {
    // The chain, innermost cause first.
    let mut chain: Vec<(Option<&str>, Obj)> = vec![];
    let mut cur = Some(e.clone());
    while let Some(c) = cur {
        ctx.seen.push(c.value().0);
        // CPython's default unraisable hook prints the exception alone.
        let plain = PLAIN.with(|p| p.get());
        let next = as_exc(&c).filter(|_| !plain).and_then(|x| {
            let (cause, context, suppress) = x.with(|s| (s.cause.clone(), s.context.clone(), s.suppress_context));
            if let Some(ca) = cause {
                Some((CAUSE_MSG, ca))
            } else if !suppress {
                context.map(|co| (CONTEXT_MSG, co))
            } else {
                None
            }
        });
        match next {
            Some((msg, n)) if !ctx.seen.contains(&n.value().0) => {
                chain.push((Some(msg), c));
                cur = Some(n);
            }
            _ => {
                chain.push((None, c));
                cur = None;
            }
        }
    }
    for (msg, exc) in chain.into_iter().rev() {
        if let Some(m) = msg {
            ctx.emit(out, m, '|');
        }
        let tbo = as_exc(&exc).and_then(|x| x.with(|s| s.traceback.clone()));
        let tbo = tbo.and_then(apply_traceback_limit);
        if !crate::types::excgroup::is_group(&exc) {
            if let Some(first) = tbo {
                ctx.emit(out, "Traceback (most recent call last):\n", '|');
                let mut st = String::new();
                format_stack(&mut st, first);
                ctx.emit(out, &st, '|');
            }
            let mut only = String::new();
            format_exception_only(&mut only, &exc);
            ctx.emit(out, &only, '|');
            continue;
        }
        if ctx.depth > MAX_GROUP_DEPTH {
            ctx.emit(out, &format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n"), '|');
            continue;
        }
        let toplevel = ctx.depth == 0;
        if toplevel {
            ctx.depth += 1;
        }
        if let Some(first) = tbo {
            ctx.emit(out, "Exception Group Traceback (most recent call last):\n", if toplevel { '+' } else { '|' });
            let mut st = String::new();
            format_stack(&mut st, first);
            ctx.emit(out, &st, '|');
        }
        let mut only = String::new();
        format_exception_only(&mut only, &exc);
        ctx.emit(out, &only, '|');
        let subs = crate::types::excgroup::exceptions(&exc);
        let n = if subs.len() <= MAX_GROUP_WIDTH { subs.len() } else { MAX_GROUP_WIDTH + 1 };
        ctx.need_close = false;
        for i in 0..n {
            let last = i == n - 1;
            if last {
                ctx.need_close = true;
            }
            let truncated = i >= MAX_GROUP_WIDTH;
            let title = if truncated { "...".to_string() } else { format!("{}", i + 1) };
            // sixteen dashes either side, whatever the title's width
            out.push_str(&format!("{}{}+---------------- {title} ----------------\n", ctx.indent(), if i == 0 { "+-" } else { "  " }));
            ctx.depth += 1;
            if !truncated {
                format_ctx(out, &subs[i], ctx);
            } else {
                let remaining = subs.len() - MAX_GROUP_WIDTH;
                ctx.emit(out, &format!("and {remaining} more exception{}\n", if remaining > 1 { "s" } else { "" }), '|');
            }
            if last && ctx.need_close {
                out.push_str(&format!("{}+------------------------------------\n", ctx.indent()));
                ctx.need_close = false;
            }
            ctx.depth -= 1;
        }
        if toplevel {
            ctx.depth = 0;
        }
    }
}

/// The ". Did you mean: 'x'?" / ". Did you forget to import 'x'?" tail.
fn suggestion(e: &Obj) -> Option<String> {
    use crate::types::exceptions::{ATTRIBUTE_ERROR, NAME_ERROR};
    let x = as_exc(e)?;
    let (name, obj, precomputed) = x.with(|s| (s.name.clone(), s.obj.clone(), s.suggestion.clone()));
    let name = name.and_then(|n| as_str(&n).map(str::to_owned))?;
    let t = e.type_obj();
    if t.is_subtype(&NAME_ERROR) {
        if let Some(s) = precomputed {
            return Some(format!(". Did you mean: '{s}'?"));
        }
        if crate::suggest::is_stdlib_module(&name) {
            return Some(format!(". Did you forget to import '{name}'?"));
        }
        return None;
    }
    if t.is_subtype(&ATTRIBUTE_ERROR) {
        let obj = obj?;
        let mut names = crate::abstract_::dir_names(&obj);
        if !name.starts_with('_') {
            names.retain(|n| !n.starts_with('_'));
        }
        return crate::suggest::closest(&names, &name).map(|s| format!(". Did you mean: '{s}'?"));
    }
    None
}

fn format_syntax_error(out: &mut String, e: &Obj) {
    let (msg, details) = crate::types::exceptions::syntax_fields(e);
    let msg = as_str(&msg).map(str::to_owned).unwrap_or_default();
    let get_i = |i: usize| details.get(i).and_then(crate::types::int::as_i64).unwrap_or(0);
    let filename = details.first().and_then(|f| as_str(f).map(str::to_owned));
    let lineno = get_i(1);
    if let Some(fname) = &filename {
        out.push_str(&format!("  File {}, line {}\n", paint(MAGENTA, &format!("\"{fname}\"")), paint(MAGENTA, &lineno.to_string())));
    }
    let text = details.get(3).and_then(|t| as_str(t).map(str::to_owned));
    if let Some(text) = text {
        let line = text.trim_end_matches(['\n', '\r']);
        let stripped = line.trim_start();
        let lead = line.chars().count() - stripped.chars().count();
        let offset = get_i(2);
        let end_lineno = get_i(4);
        let mut end_offset = get_i(5);
        // A position inside the stripped indentation (CPython's colno < 0,
        // e.g. "unexpected indent") shows the line without carets.
        if offset > 0 && offset - 1 >= lead as i64 {
            if end_lineno != lineno || end_offset <= offset {
                end_offset = offset + 1;
            }
            let start = (offset as usize - 1).saturating_sub(lead);
            let len = ((end_offset - offset) as usize).min(stripped.chars().count().saturating_sub(start).max(1)).max(1);
            // In colour the marked text is painted as its carets are.
            let chars: Vec<char> = stripped.chars().collect();
            let (a, b) = (start.min(chars.len()), (start + len).min(chars.len()));
            let before: String = chars[..a].iter().collect();
            let marked: String = chars[a..b].iter().collect();
            let after: String = chars[b..].iter().collect();
            out.push_str(&format!("    {before}{}{after}\n", if marked.is_empty() { String::new() } else { paint(BOLD_RED, &marked) }));
            out.push_str(&format!("    {}{}\n", " ".repeat(start), paint(BOLD_RED, &"^".repeat(len))));
        } else {
            out.push_str(&format!("    {}\n", stripped));
        }
    }
    out.push_str(&format!("{}: {}\n", paint(BOLD_MAGENTA, &exc_type_name(e)), paint(MAGENTA, &msg)));
}

/// Formats an exception with its chain (and exception groups), as CPython's default excepthook.
pub fn format_exception(e: &Obj) -> String {
    let mut out = String::new();
    let mut ctx = PrintCtx { depth: 0, need_close: false, seen: vec![] };
    format_ctx(&mut out, e, &mut ctx);
    out
}

pub fn print_exception(e: &Obj) {
    let s = format_exception_for_stderr(e);
    crate::interp::write_stderr(&s);
}

thread_local! {
    /// Set while formatting for a terminal that takes colours (CPython 3.13's
    /// `_colorize` rules, see [`can_colorize`]).
    static COLOR: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

const MAGENTA: &str = "\x1b[35m";
const BOLD_MAGENTA: &str = "\x1b[1;35m";
const RED: &str = "\x1b[31m";
const BOLD_RED: &str = "\x1b[1;31m";
const RESET: &str = "\x1b[0m";

fn color() -> bool {
    COLOR.with(|c| c.get())
}

/// `text` in `code` when colouring, else as is.
fn paint(code: &str, text: &str) -> String {
    if color() {
        format!("{code}{text}{RESET}")
    } else {
        text.to_string()
    }
}

/// Whether tracebacks written to stderr get colours: PYTHON_COLORS=0/1
/// (unless -E/-I), then NO_COLOR, FORCE_COLOR, TERM=dumb, and whether
/// stderr is a terminal, in CPython 3.13's order.
pub fn can_colorize() -> bool {
    use std::io::IsTerminal;
    let env = |k: &str| std::env::var_os(k);
    if !crate::interp::ignore_environment() {
        match env("PYTHON_COLORS").as_deref().and_then(|v| v.to_str()) {
            Some("0") => return false,
            Some("1") => return true,
            _ => {}
        }
    }
    if env("NO_COLOR").is_some() {
        return false;
    }
    if env("FORCE_COLOR").is_some() {
        return true;
    }
    if env("TERM").is_some_and(|t| t == "dumb") {
        return false;
    }
    std::io::stderr().is_terminal()
}

/// Formats `e` for stderr, in colour when [`can_colorize`] says so.
pub fn format_exception_for_stderr(e: &Obj) -> String {
    let prev = COLOR.with(|c| c.replace(can_colorize()));
    let s = format_exception(e);
    COLOR.with(|c| c.set(prev));
    s
}

thread_local! {
    /// Set while formatting an unraisable exception: CPython's default
    /// unraisable hook prints source lines without carets, and no chain.
    static PLAIN: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// "Exception ignored in: …" and the traceback, as CPython's default
/// unraisable hook prints them (`__del__`, weakref callbacks, threads).
/// Reports an exception that cannot be raised: through `sys.unraisablehook`
/// when a program replaced it (with `object` the object involved, when
/// known), else printed as CPython's default hook does.
pub fn print_unraisable(header: &str, e: &PyErr) {
    report_unraisable(header, None, e)
}

/// An unraisable exception with no traceback gets one entry for the frame
/// running when it is reported, as CPython's write_unraisable gives it.
fn traceback_from_current(e: &PyErr) {
    let Some(x) = as_exc(&e.0) else { return };
    if x.with(|s| s.traceback.is_some()) {
        return;
    }
    crate::eval::with_current_frame(|f| {
        if let Some(f) = f {
            add_entry(e, f);
        }
    });
}

/// CPython's `PyErr_FormatUnraisable(msg)`: the hook gets `msg` as
/// `err_msg`; the default hook prints it followed by a colon.
pub fn format_unraisable(msg: &str, e: &PyErr) {
    traceback_from_current(e);
    if !call_unraisable_hook(msg, None, e) {
        print_unraisable_default(&format!("{msg}:"), e)
    }
}

pub fn report_unraisable(header: &str, object: Option<&Obj>, e: &PyErr) {
    traceback_from_current(e);
    if !call_unraisable_hook(header, object, e) {
        print_unraisable_default(header, e)
    }
}

/// Calls a replaced `sys.unraisablehook`; false when the default applies.
fn call_unraisable_hook(header: &str, object: Option<&Obj>, e: &PyErr) -> bool {
    let sys = crate::interp::sys_module();
    let hook = crate::abstract_::getattr_str(&sys, "unraisablehook").ok();
    let default = crate::abstract_::getattr_str(&sys, "__unraisablehook__").ok();
    if let Some(h) = hook.filter(|h| default.as_ref().is_none_or(|d| d.value() != h.value()) && !crate::types::is_none(h)) {
        let v = e.0.clone();
        let tb = crate::types::exceptions::as_exc(&v).and_then(|x| x.with(|s| s.traceback.clone())).unwrap_or_else(crate::types::none);
        let err_msg = if object.is_some() { crate::types::none() } else { crate::types::str::new_str(header) };
        let args = crate::types::namespace::new_namespace(&[
            ("exc_type", v.type_obj().as_obj()),
            ("exc_value", v.clone()),
            ("exc_traceback", tb),
            ("err_msg", err_msg),
            ("object", object.cloned().unwrap_or_else(crate::types::none)),
        ]);
        if crate::abstract_::call(&h, &[args], None).is_ok() {
            return true;
        }
    }
    false
}

pub fn print_unraisable_default(header: &str, e: &PyErr) {
    let prev = PLAIN.with(|p| p.replace(true));
    let s = format_exception(&e.0);
    PLAIN.with(|p| p.set(prev));
    crate::interp::write_stderr(&format!("{header}\n{s}"));
}

/// `f()`-style name of a callable for error messages.
/// How call errors name a callable (CPython's `_PyObject_FunctionStr`):
/// `module.qualname()`, without the module for builtins, else `str(o)`.
pub fn function_str(o: &Obj) -> String {
    let Some(qual) = crate::abstract_::getattr_str(o, "__qualname__").ok().and_then(|n| as_str(&n).map(str::to_owned)) else {
        return crate::abstract_::str(o).ok().and_then(|s| as_str(&s).map(str::to_owned)).unwrap_or_default();
    };
    match crate::abstract_::getattr_str(o, "__module__").ok().and_then(|m| as_str(&m).map(str::to_owned)) {
        Some(m) if m != "builtins" => format!("{m}.{qual}()"),
        _ => format!("{qual}()"),
    }
}

pub fn callable_name(o: &Obj) -> String {
    if let Some(f) = crate::types::function::as_function(o) {
        return format!("{}()", as_str(&f.qualname).unwrap_or("?"));
    }
    match crate::abstract_::getattr_str(o, "__qualname__").ok().and_then(|n| as_str(&n).map(str::to_owned)) {
        Some(n) => format!("{n}()"),
        None => format!("{} object", o.type_obj().name()),
    }
}
