//! The matcher: runs the code list that CPython's `re/_compiler.py` emits
//! (opcodes of `re/_constants.py`, MAGIC 20230612) over a subject.
//!
//! Backtracking is iterative. Forward execution moves `pc`/`pos`; every
//! decision that may be revisited pushes a [`Choice`] on a heap stack, and
//! every change to the capture marks or to a repeat counter is logged on a
//! trail, so that failing pops the newest choice, undoes the trail to the
//! length it had when the choice was made, and resumes there. Lookarounds,
//! atomic groups and possessive repeats push a *barrier* choice: reaching
//! their closing SUCCESS cuts the stack back to the barrier (the body's
//! alternatives are forgotten, the trail is kept), and failing back onto a
//! barrier means the body failed. No Rust recursion depends on the subject.

use super::unicode;

pub const FAILURE: u32 = 0;
pub const SUCCESS: u32 = 1;
pub const ANY: u32 = 2;
pub const ANY_ALL: u32 = 3;
pub const ASSERT: u32 = 4;
pub const ASSERT_NOT: u32 = 5;
pub const AT: u32 = 6;
pub const BRANCH: u32 = 7;
pub const CATEGORY: u32 = 8;
pub const CHARSET: u32 = 9;
pub const BIGCHARSET: u32 = 10;
pub const GROUPREF: u32 = 11;
pub const GROUPREF_EXISTS: u32 = 12;
pub const IN: u32 = 13;
pub const INFO: u32 = 14;
pub const JUMP: u32 = 15;
pub const LITERAL: u32 = 16;
pub const MARK: u32 = 17;
pub const MAX_UNTIL: u32 = 18;
pub const MIN_UNTIL: u32 = 19;
pub const NOT_LITERAL: u32 = 20;
pub const NEGATE: u32 = 21;
pub const RANGE: u32 = 22;
pub const REPEAT: u32 = 23;
pub const REPEAT_ONE: u32 = 24;
/// Only in the parser's output, never in compiled code; listed to keep the numbering.
#[allow(dead_code)]
pub const SUBPATTERN: u32 = 25;
pub const MIN_REPEAT_ONE: u32 = 26;
pub const ATOMIC_GROUP: u32 = 27;
pub const POSSESSIVE_REPEAT: u32 = 28;
pub const POSSESSIVE_REPEAT_ONE: u32 = 29;
pub const GROUPREF_IGNORE: u32 = 30;
pub const IN_IGNORE: u32 = 31;
pub const LITERAL_IGNORE: u32 = 32;
pub const NOT_LITERAL_IGNORE: u32 = 33;
pub const GROUPREF_LOC_IGNORE: u32 = 34;
pub const IN_LOC_IGNORE: u32 = 35;
pub const LITERAL_LOC_IGNORE: u32 = 36;
pub const NOT_LITERAL_LOC_IGNORE: u32 = 37;
pub const GROUPREF_UNI_IGNORE: u32 = 38;
pub const IN_UNI_IGNORE: u32 = 39;
pub const LITERAL_UNI_IGNORE: u32 = 40;
pub const NOT_LITERAL_UNI_IGNORE: u32 = 41;
pub const RANGE_UNI_IGNORE: u32 = 42;

/// `_sre.MAXREPEAT`: an unbounded repeat's maximum.
pub const MAXREPEAT: u32 = u32::MAX;
/// `_sre.MAXGROUPS`.
pub const MAXGROUPS: usize = (u32::MAX / 4) as usize;

const INFO_PREFIX: u32 = 1;
const INFO_CHARSET: u32 = 4;

/// An unset mark / position.
pub const NONE: usize = usize::MAX;

/// A subject: bytes (or an ASCII str) as `[u8]`, any other str as code points.
pub trait Text {
    fn len(&self) -> usize;
    fn at(&self, i: usize) -> u32;
}
impl Text for [u8] {
    #[inline(always)]
    fn len(&self) -> usize {
        <[u8]>::len(self)
    }
    #[inline(always)]
    fn at(&self, i: usize) -> u32 {
        self[i] as u32
    }
}
impl Text for [u32] {
    #[inline(always)]
    fn len(&self) -> usize {
        <[u32]>::len(self)
    }
    #[inline(always)]
    fn at(&self, i: usize) -> u32 {
        self[i]
    }
}

// ---- character predicates ----

#[inline]
fn ascii_lower(c: u32) -> u32 {
    if (b'A' as u32..=b'Z' as u32).contains(&c) {
        c + 32
    } else {
        c
    }
}
#[inline]
fn ascii_upper(c: u32) -> u32 {
    if (b'a' as u32..=b'z' as u32).contains(&c) {
        c - 32
    } else {
        c
    }
}
pub fn ascii_iscased(c: u32) -> bool {
    c < 128 && (c as u8).is_ascii_alphabetic()
}
pub fn ascii_tolower(c: u32) -> u32 {
    ascii_lower(c)
}
#[inline]
pub fn uni_lower(c: u32) -> u32 {
    if c < 128 {
        ascii_lower(c)
    } else {
        unicode::lower(c)
    }
}
#[inline]
fn uni_upper(c: u32) -> u32 {
    if c < 128 {
        ascii_upper(c)
    } else {
        unicode::upper(c)
    }
}
pub fn uni_iscased(c: u32) -> bool {
    c != uni_lower(c) || c != uni_upper(c)
}
// The C locale's ctype (pyk does not switch LC_CTYPE): ASCII rules below 256.
#[inline]
fn loc_lower(c: u32) -> u32 {
    ascii_lower(c)
}
#[inline]
fn loc_upper(c: u32) -> u32 {
    ascii_upper(c)
}
#[inline]
fn is_word_ascii(c: u32) -> bool {
    c < 128 && ((c as u8).is_ascii_alphanumeric() || c == b'_' as u32)
}
#[inline]
fn is_space_ascii(c: u32) -> bool {
    matches!(c, 9..=13 | 32)
}
#[inline]
fn is_word_uni(c: u32) -> bool {
    if c < 128 {
        is_word_ascii(c)
    } else {
        unicode::is_word(c)
    }
}
fn is_linebreak_uni(c: u32) -> bool {
    matches!(c, 10..=13 | 0x1c..=0x1e | 0x85 | 0x2028 | 0x2029)
}

pub fn category(cat: u32, c: u32) -> bool {
    match cat {
        0 => c < 128 && (c as u8).is_ascii_digit(),
        1 => !(c < 128 && (c as u8).is_ascii_digit()),
        2 => is_space_ascii(c),
        3 => !is_space_ascii(c),
        4 => is_word_ascii(c),
        5 => !is_word_ascii(c),
        6 => c == 10,
        7 => c != 10,
        8 => is_word_ascii(c),
        9 => !is_word_ascii(c),
        10 => unicode::is_decimal(c),
        11 => !unicode::is_decimal(c),
        12 => unicode::is_space(c),
        13 => !unicode::is_space(c),
        14 => is_word_uni(c),
        15 => !is_word_uni(c),
        16 => is_linebreak_uni(c),
        17 => !is_linebreak_uni(c),
        _ => false,
    }
}

/// Membership in the set program starting at `p` (ends with FAILURE).
fn in_set(code: &[u32], mut p: usize, c: u32) -> bool {
    let mut ok = true;
    loop {
        match code[p] {
            FAILURE => return !ok,
            LITERAL => {
                if c == code[p + 1] {
                    return ok;
                }
                p += 2;
            }
            CATEGORY => {
                if category(code[p + 1], c) {
                    return ok;
                }
                p += 2;
            }
            CHARSET => {
                if c < 256 && code[p + 1 + (c >> 5) as usize] & (1 << (c & 31)) != 0 {
                    return ok;
                }
                p += 9;
            }
            RANGE => {
                if code[p + 1] <= c && c <= code[p + 2] {
                    return ok;
                }
                p += 3;
            }
            RANGE_UNI_IGNORE => {
                if code[p + 1] <= c && c <= code[p + 2] {
                    return ok;
                }
                let u = uni_upper(c);
                if code[p + 1] <= u && u <= code[p + 2] {
                    return ok;
                }
                p += 3;
            }
            NEGATE => {
                ok = !ok;
                p += 1;
            }
            BIGCHARSET => {
                let n = code[p + 1] as usize;
                if c < 65536 {
                    let hi = (c >> 8) as usize;
                    let block = ((code[p + 2 + hi / 4] >> ((hi % 4) * 8)) & 0xff) as usize;
                    let base = p + 2 + 64 + block * 8;
                    if code[base + ((c & 255) >> 5) as usize] & (1 << (c & 31)) != 0 {
                        return ok;
                    }
                }
                p += 2 + 64 + n * 8;
            }
            _ => return false,
        }
    }
}

/// Whether the one-character op at `o` matches `c`.
#[inline]
fn match_one(code: &[u32], o: usize, c: u32) -> bool {
    match code[o] {
        ANY => c != 10,
        ANY_ALL => true,
        LITERAL => c == code[o + 1],
        NOT_LITERAL => c != code[o + 1],
        IN => in_set(code, o + 2, c),
        LITERAL_IGNORE => ascii_lower(c) == code[o + 1],
        NOT_LITERAL_IGNORE => ascii_lower(c) != code[o + 1],
        LITERAL_UNI_IGNORE => uni_lower(c) == code[o + 1],
        NOT_LITERAL_UNI_IGNORE => uni_lower(c) != code[o + 1],
        LITERAL_LOC_IGNORE => loc_eq(c, code[o + 1]),
        NOT_LITERAL_LOC_IGNORE => !loc_eq(c, code[o + 1]),
        IN_IGNORE => in_set(code, o + 2, ascii_lower(c)),
        IN_UNI_IGNORE => in_set(code, o + 2, uni_lower(c)),
        IN_LOC_IGNORE => in_set(code, o + 2, c) || in_set(code, o + 2, loc_lower(c)) || in_set(code, o + 2, loc_upper(c)),
        CATEGORY => category(code[o + 1], c),
        _ => false,
    }
}

#[inline]
fn loc_eq(c: u32, pat: u32) -> bool {
    c == pat || loc_lower(c) == pat || loc_upper(c) == pat
}

/// Width in code words of a one-character op at `o`.
#[inline]
fn unit_width(code: &[u32], o: usize) -> usize {
    match code[o] {
        ANY | ANY_ALL => 1,
        IN | IN_IGNORE | IN_UNI_IGNORE | IN_LOC_IGNORE => 1 + code[o + 1] as usize,
        _ => 2,
    }
}

// ---- validation ----

/// Checks that `code` is well formed (the structure `_compiler.py` emits),
/// so the matcher never reads out of bounds. `groups` is the number of groups.
pub fn validate(code: &[u32], groups: usize) -> bool {
    if code.last() != Some(&SUCCESS) {
        return false;
    }
    let mut body = 0;
    if code.first() == Some(&INFO) {
        if !check_info(code, groups) {
            return false;
        }
        body = 1 + code[1] as usize;
    }
    validate_block(code, body, code.len(), groups, 0)
}

fn check_info(code: &[u32], groups: usize) -> bool {
    if code.len() < 5 {
        return false;
    }
    let end = 1 + code[1] as usize;
    if code[1] < 4 || end > code.len() {
        return false;
    }
    let flags = code[2];
    if flags & INFO_PREFIX != 0 {
        if end < 7 {
            return false;
        }
        let n = code[5] as usize;
        if code[6] as usize > n || n > code[3] as usize || 7 + 2 * n > end {
            return false;
        }
    } else if flags & INFO_CHARSET != 0 {
        return validate_set(code, 5, end, groups) == Some(end);
    }
    true
}

/// Validates a set program starting at `p` that must end before `end`;
/// returns the position after its FAILURE.
fn validate_set(code: &[u32], mut p: usize, end: usize, _groups: usize) -> Option<usize> {
    loop {
        if p >= end {
            return None;
        }
        match code[p] {
            FAILURE => return Some(p + 1),
            LITERAL => p += 2,
            CATEGORY => {
                if p + 1 >= end || code[p + 1] > 17 {
                    return None;
                }
                p += 2
            }
            CHARSET => p += 9,
            RANGE | RANGE_UNI_IGNORE => p += 3,
            NEGATE => p += 1,
            BIGCHARSET => {
                if p + 1 >= end {
                    return None;
                }
                let n = code[p + 1] as usize;
                if p + 2 + 64 > end {
                    return None;
                }
                for i in 0..256 {
                    let b = (code[p + 2 + i / 4] >> ((i % 4) * 8)) & 0xff;
                    if b as usize >= n {
                        return None;
                    }
                }
                p = p.checked_add(2 + 64)?.checked_add(n.checked_mul(8)?)?;
            }
            _ => return None,
        }
    }
}

fn validate_block(code: &[u32], start: usize, end: usize, groups: usize, depth: u32) -> bool {
    if depth > 5000 || end > code.len() {
        return false;
    }
    let mut starts = vec![false; end - start + 1];
    let mut targets: Vec<usize> = Vec::new();
    let mut i = start;
    // `skip` words are relative to their own position; a target must stay in the block.
    let target = |at: usize| -> Option<usize> {
        let t = at.checked_add(*code.get(at)? as usize)?;
        if t > at && t <= end {
            Some(t)
        } else {
            None
        }
    };
    while i < end {
        starts[i - start] = true;
        let op = code[i];
        let arg = |k: usize| -> Option<u32> { if i + k < end { Some(code[i + k]) } else { None } };
        let next = match op {
            FAILURE | SUCCESS | ANY | ANY_ALL => Some(i + 1),
            LITERAL | NOT_LITERAL | LITERAL_IGNORE | NOT_LITERAL_IGNORE | LITERAL_UNI_IGNORE | NOT_LITERAL_UNI_IGNORE
            | LITERAL_LOC_IGNORE | NOT_LITERAL_LOC_IGNORE => arg(1).map(|_| i + 2),
            AT => arg(1).filter(|&a| a <= 11).map(|_| i + 2),
            CATEGORY => arg(1).filter(|&a| a <= 17).map(|_| i + 2),
            MARK => arg(1).filter(|&a| (a as usize) < 2 * groups).map(|_| i + 2),
            GROUPREF | GROUPREF_IGNORE | GROUPREF_UNI_IGNORE | GROUPREF_LOC_IGNORE => {
                arg(1).filter(|&a| (a as usize) < groups).map(|_| i + 2)
            }
            IN | IN_IGNORE | IN_UNI_IGNORE | IN_LOC_IGNORE => {
                target(i + 1).filter(|&t| validate_set(code, i + 2, t, groups) == Some(t))
            }
            JUMP => target(i + 1).map(|t| {
                targets.push(t);
                i + 2
            }),
            BRANCH => {
                let mut a = i + 1;
                let mut ok = true;
                loop {
                    if a >= end {
                        ok = false;
                        break;
                    }
                    if code[a] == 0 {
                        break;
                    }
                    match target(a) {
                        // Each alternative is a block ending with a JUMP to the branch's end.
                        Some(t) if t >= a + 3 && code[t - 2] == JUMP => {
                            if !validate_block(code, a + 1, t - 2, groups, depth + 1) {
                                ok = false;
                                break;
                            }
                            match target(t - 1) {
                                Some(j) => targets.push(j),
                                None => {
                                    ok = false;
                                    break;
                                }
                            }
                            a = t;
                        }
                        _ => {
                            ok = false;
                            break;
                        }
                    }
                }
                if ok {
                    Some(a + 1)
                } else {
                    None
                }
            }
            REPEAT_ONE | MIN_REPEAT_ONE | POSSESSIVE_REPEAT_ONE => match (target(i + 1), arg(2), arg(3)) {
                (Some(t), Some(lo), Some(hi)) if lo <= hi && t >= i + 5 && code[t - 1] == SUCCESS => {
                    let u = i + 4;
                    let unit_ok = matches!(
                        code[u],
                        ANY | ANY_ALL | LITERAL | NOT_LITERAL | LITERAL_IGNORE | NOT_LITERAL_IGNORE | LITERAL_UNI_IGNORE
                            | NOT_LITERAL_UNI_IGNORE | LITERAL_LOC_IGNORE | NOT_LITERAL_LOC_IGNORE | IN | IN_IGNORE
                            | IN_UNI_IGNORE | IN_LOC_IGNORE | CATEGORY
                    );
                    if unit_ok && validate_block(code, u, t - 1, groups, depth + 1) && u + unit_width(code, u) == t - 1 {
                        Some(t)
                    } else {
                        None
                    }
                }
                _ => None,
            },
            REPEAT | POSSESSIVE_REPEAT => match (target(i + 1), arg(2), arg(3)) {
                (Some(t), Some(lo), Some(hi)) if lo <= hi && t >= i + 4 => {
                    // The skip leads to the closing op: MAX_UNTIL / MIN_UNTIL
                    // after a REPEAT's body, SUCCESS after a POSSESSIVE_REPEAT's.
                    let close_ok = if op == REPEAT { matches!(code[t], MAX_UNTIL | MIN_UNTIL) } else { code[t] == SUCCESS };
                    if t < end && close_ok && validate_block(code, i + 4, t, groups, depth + 1) {
                        starts[t - start] = true;
                        Some(t + 1)
                    } else {
                        None
                    }
                }
                _ => None,
            },
            ASSERT | ASSERT_NOT => match (target(i + 1), arg(2)) {
                (Some(t), Some(_)) if t >= i + 4 && code[t - 1] == SUCCESS => {
                    if validate_block(code, i + 3, t - 1, groups, depth + 1) {
                        Some(t)
                    } else {
                        None
                    }
                }
                _ => None,
            },
            ATOMIC_GROUP => match target(i + 1) {
                Some(t) if t >= i + 3 && code[t - 1] == SUCCESS => {
                    if validate_block(code, i + 2, t - 1, groups, depth + 1) {
                        Some(t)
                    } else {
                        None
                    }
                }
                _ => None,
            },
            GROUPREF_EXISTS => match (arg(1), target(i + 2)) {
                // The skip is relative to the group word: the "no" branch
                // (or the end) starts at i + 1 + skip.
                (Some(g), Some(_)) if (g as usize) < groups => {
                    let t = i + 1 + code[i + 2] as usize;
                    if t >= i + 3 && t <= end {
                        targets.push(t);
                        Some(i + 3)
                    } else {
                        None
                    }
                }
                _ => None,
            },
            _ => None,
        };
        match next {
            Some(n) if n <= end => i = n,
            _ => return false,
        }
    }
    targets.iter().all(|&t| t == end || (t >= start && t < end && starts[t - start]))
}

// ---- matching ----

#[derive(Clone, Copy)]
enum Undo {
    Mark(u32, usize),
    LastIndex(usize),
    RepCount(u32, i64),
    RepLast(u32, usize),
}

#[derive(Clone, Copy)]
struct Snap {
    trail: usize,
    reps: usize,
    cur_rep: usize,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum BarrierKind {
    Assert,
    AssertNot,
    Atomic,
    Possessive,
}

#[derive(Clone, Copy)]
enum Kind {
    /// Try the alternative whose skip word is at `next`.
    Branch { next: usize },
    /// Greedy single-character repeat: give back one more character.
    RepeatOne { tail: usize, base: usize, count: usize, min: usize },
    /// Lazy single-character repeat: take one more character.
    MinRepeatOne { item: usize, tail: usize, base: usize, count: usize, max: u32 },
    /// Greedy repeat: stop iterating and try the tail.
    UntilTail { tail: usize },
    /// Lazy repeat: the tail failed, iterate once more.
    MinUntilBody,
    /// Possessive repeat: an iteration failed; commit to what matched.
    PossTail { tail: usize },
    Barrier { kind: BarrierKind, saved: usize, after: usize, rep: usize },
}

#[derive(Clone, Copy)]
struct Choice {
    kind: Kind,
    pos: usize,
    snap: Snap,
}

#[derive(Clone, Copy)]
struct Rep {
    /// Index of the REPEAT / POSSESSIVE_REPEAT op.
    pc: usize,
    count: i64,
    last_pos: usize,
    prev: usize,
}

/// Options of one match attempt.
#[derive(Clone, Copy, Default)]
pub struct Mode {
    /// fullmatch: succeed only at the end of the subject.
    pub match_all: bool,
    /// After an empty match: the first attempt must not be empty.
    pub must_advance: bool,
}

/// The mutable state of the matcher; reused across attempts.
pub struct Matcher<'c> {
    code: &'c [u32],
    pub marks: Vec<usize>,
    pub lastindex: usize,
    trail: Vec<Undo>,
    stack: Vec<Choice>,
    barriers: Vec<usize>,
    reps: Vec<Rep>,
    cur_rep: usize,
}

impl<'c> Matcher<'c> {
    pub fn new(code: &'c [u32], groups: usize) -> Self {
        Matcher {
            code,
            marks: vec![NONE; 2 * groups],
            lastindex: 0,
            trail: Vec::new(),
            stack: Vec::new(),
            barriers: Vec::new(),
            reps: Vec::new(),
            cur_rep: NONE,
        }
    }

    fn reset(&mut self) {
        self.marks.iter_mut().for_each(|m| *m = NONE);
        self.lastindex = 0;
        self.trail.clear();
        self.stack.clear();
        self.barriers.clear();
        self.reps.clear();
        self.cur_rep = NONE;
    }

    /// Clears what one failed attempt left behind (cheaper than `reset`).
    fn undo_all(&mut self) {
        self.undo_to(0);
        self.stack.clear();
        self.barriers.clear();
        self.reps.clear();
        self.cur_rep = NONE;
    }

    /// The span of group `g` (1-based), if it matched.
    pub fn group_span(&self, g: usize) -> Option<(usize, usize)> {
        let (s, e) = (self.marks[2 * g - 2], self.marks[2 * g - 1]);
        if s == NONE || e == NONE || e < s {
            None
        } else {
            Some((s, e))
        }
    }

    fn undo_to(&mut self, n: usize) {
        while self.trail.len() > n {
            match self.trail.pop() {
                Some(Undo::Mark(i, old)) => self.marks[i as usize] = old,
                Some(Undo::LastIndex(old)) => self.lastindex = old,
                Some(Undo::RepCount(r, old)) => {
                    if let Some(rep) = self.reps.get_mut(r as usize) {
                        rep.count = old
                    }
                }
                Some(Undo::RepLast(r, old)) => {
                    if let Some(rep) = self.reps.get_mut(r as usize) {
                        rep.last_pos = old
                    }
                }
                None => break,
            }
        }
    }

    #[inline]
    fn snap(&self) -> Snap {
        Snap { trail: self.trail.len(), reps: self.reps.len(), cur_rep: self.cur_rep }
    }

    #[inline]
    fn push(&mut self, kind: Kind, pos: usize) {
        let snap = self.snap();
        self.stack.push(Choice { kind, pos, snap });
    }

    fn set_count(&mut self, r: usize, count: i64) {
        self.trail.push(Undo::RepCount(r as u32, self.reps[r].count));
        self.reps[r].count = count;
    }

    fn set_last(&mut self, r: usize, pos: usize) {
        self.trail.push(Undo::RepLast(r as u32, self.reps[r].last_pos));
        self.reps[r].last_pos = pos;
    }

    /// Drops the top barrier and everything above it.
    fn cut(&mut self, b: usize) {
        self.stack.truncate(b);
        self.barriers.pop();
    }

    /// The first viable alternative of a BRANCH, from the skip word at `a`.
    fn next_branch<T: Text + ?Sized>(&self, text: &T, mut a: usize, pos: usize) -> Option<usize> {
        let code = self.code;
        loop {
            let skip = code[a];
            if skip == 0 {
                return None;
            }
            // An alternative starting with a literal that cannot match is skipped.
            if code[a + 1] == LITERAL && (pos >= text.len() || text.at(pos) != code[a + 2]) {
                a += skip as usize;
                continue;
            }
            return Some(a);
        }
    }

    fn at<T: Text + ?Sized>(&self, text: &T, pos: usize, at: u32) -> bool {
        let end = text.len();
        let word = |w: fn(u32) -> bool| -> (bool, bool) {
            let before = pos > 0 && w(text.at(pos - 1));
            let after = pos < end && w(text.at(pos));
            (before, after)
        };
        match at {
            0 | 2 => pos == 0,
            1 => pos == 0 || text.at(pos - 1) == 10,
            5 => pos == end || (pos + 1 == end && text.at(pos) == 10),
            6 => pos == end || text.at(pos) == 10,
            7 => pos == end,
            3 | 4 | 8 | 9 | 10 | 11 => {
                if end == 0 {
                    return false;
                }
                let (b, a) = word(if at >= 10 { is_word_uni } else { is_word_ascii });
                if matches!(at, 3 | 8 | 10) {
                    b != a
                } else {
                    b == a
                }
            }
            _ => false,
        }
    }

    fn groupref<T: Text + ?Sized>(&self, text: &T, op: u32, g: usize, pos: usize) -> Option<usize> {
        let (s, e) = (self.marks[2 * g], self.marks[2 * g + 1]);
        if s == NONE || e == NONE || e < s {
            return None;
        }
        let n = e - s;
        if pos + n > text.len() {
            return None;
        }
        let fold: fn(u32) -> u32 = match op {
            GROUPREF_IGNORE => ascii_lower,
            GROUPREF_UNI_IGNORE => uni_lower,
            GROUPREF_LOC_IGNORE => loc_lower,
            _ => |c| c,
        };
        for k in 0..n {
            if fold(text.at(s + k)) != fold(text.at(pos + k)) {
                return None;
            }
        }
        Some(pos + n)
    }

    /// How many characters from `pos` match the unit op at `item`, at most `max`.
    #[inline]
    fn count<T: Text + ?Sized>(&self, text: &T, item: usize, pos: usize, max: u32) -> usize {
        let code = self.code;
        let end = if max == MAXREPEAT { text.len() } else { text.len().min(pos.saturating_add(max as usize)) };
        let mut p = pos;
        match code[item] {
            ANY_ALL => return end - pos,
            ANY => {
                while p < end && text.at(p) != 10 {
                    p += 1;
                }
            }
            LITERAL => {
                let c = code[item + 1];
                while p < end && text.at(p) == c {
                    p += 1;
                }
            }
            NOT_LITERAL => {
                let c = code[item + 1];
                while p < end && text.at(p) != c {
                    p += 1;
                }
            }
            _ => {
                while p < end && match_one(code, item, text.at(p)) {
                    p += 1;
                }
            }
        }
        p - pos
    }

    /// One attempt at `start`: the end of the match, or None.
    fn attempt<T: Text + ?Sized>(&mut self, text: &T, start: usize, body: usize, mode: Mode, search_start: usize) -> Option<usize> {
        let code = self.code;
        let end = text.len();
        let mut pc = body;
        let mut pos = start;
        macro_rules! fail {
            () => {{
                if !self.backtrack(text, &mut pc, &mut pos) {
                    return None;
                }
                continue;
            }};
        }
        loop {
            let op = code[pc];
            match op {
                SUCCESS => {
                    if let Some(&b) = self.barriers.last() {
                        let Kind::Barrier { kind, saved, after, rep } = self.stack[b].kind else { return None };
                        match kind {
                            BarrierKind::Assert => {
                                self.cut(b);
                                pos = saved;
                                pc = after;
                            }
                            BarrierKind::Atomic => {
                                self.cut(b);
                                pc = after;
                            }
                            BarrierKind::AssertNot => {
                                self.cut(b);
                                fail!();
                            }
                            BarrierKind::Possessive => {
                                pc = self.possessive_step(b, rep, pos);
                            }
                        }
                        continue;
                    }
                    if (mode.match_all && pos != end) || (mode.must_advance && pos == search_start) {
                        fail!();
                    }
                    return Some(pos);
                }
                FAILURE => fail!(),
                ANY | ANY_ALL | LITERAL | NOT_LITERAL | IN | LITERAL_IGNORE | NOT_LITERAL_IGNORE | LITERAL_UNI_IGNORE
                | NOT_LITERAL_UNI_IGNORE | LITERAL_LOC_IGNORE | NOT_LITERAL_LOC_IGNORE | IN_IGNORE | IN_UNI_IGNORE
                | IN_LOC_IGNORE | CATEGORY => {
                    if pos >= end || !match_one(code, pc, text.at(pos)) {
                        fail!();
                    }
                    pos += 1;
                    pc += unit_width(code, pc);
                }
                AT => {
                    if !self.at(text, pos, code[pc + 1]) {
                        fail!();
                    }
                    pc += 2;
                }
                MARK => {
                    let i = code[pc + 1] as usize;
                    self.trail.push(Undo::Mark(i as u32, self.marks[i]));
                    self.marks[i] = pos;
                    if i % 2 == 1 {
                        self.trail.push(Undo::LastIndex(self.lastindex));
                        self.lastindex = i / 2 + 1;
                    }
                    pc += 2;
                }
                JUMP => pc = pc + 1 + code[pc + 1] as usize,
                INFO => pc = pc + 1 + code[pc + 1] as usize,
                BRANCH => match self.next_branch(text, pc + 1, pos) {
                    Some(a) => {
                        self.push(Kind::Branch { next: a + code[a] as usize }, pos);
                        pc = a + 1;
                    }
                    None => fail!(),
                },
                REPEAT_ONE | MIN_REPEAT_ONE | POSSESSIVE_REPEAT_ONE => {
                    let tail = pc + 1 + code[pc + 1] as usize;
                    let (min, max) = (code[pc + 2], code[pc + 3]);
                    let item = pc + 4;
                    if pos.saturating_add(min as usize) > end {
                        fail!();
                    }
                    let min = min as usize;
                    if op == MIN_REPEAT_ONE {
                        let count = if min == 0 { 0 } else { self.count(text, item, pos, min as u32) };
                        if count < min {
                            fail!();
                        }
                        pos += count;
                        if max == MAXREPEAT || count < max as usize {
                            self.push(Kind::MinRepeatOne { item, tail, base: pos - count, count, max }, pos);
                        }
                        pc = tail;
                    } else {
                        let count = self.count(text, item, pos, max);
                        if count < min {
                            fail!();
                        }
                        if op == REPEAT_ONE && count > min {
                            self.push(Kind::RepeatOne { tail, base: pos, count, min }, pos);
                        }
                        pos += count;
                        pc = tail;
                    }
                }
                REPEAT => {
                    let until = pc + 1 + code[pc + 1] as usize;
                    self.reps.push(Rep { pc, count: -1, last_pos: NONE, prev: self.cur_rep });
                    self.cur_rep = self.reps.len() - 1;
                    pc = until;
                }
                MAX_UNTIL => {
                    let r = self.cur_rep;
                    if r == NONE {
                        fail!();
                    }
                    let rep = self.reps[r];
                    let (min, max) = (code[rep.pc + 2], code[rep.pc + 3]);
                    let count = rep.count + 1;
                    if count < min as i64 {
                        self.set_count(r, count);
                        pc = rep.pc + 4;
                    } else if (max == MAXREPEAT || count < max as i64) && pos != rep.last_pos {
                        self.push(Kind::UntilTail { tail: pc + 1 }, pos);
                        self.set_count(r, count);
                        self.set_last(r, pos);
                        pc = rep.pc + 4;
                    } else {
                        self.cur_rep = rep.prev;
                        pc += 1;
                    }
                }
                MIN_UNTIL => {
                    let r = self.cur_rep;
                    if r == NONE {
                        fail!();
                    }
                    let rep = self.reps[r];
                    let min = code[rep.pc + 2];
                    let count = rep.count + 1;
                    self.set_count(r, count);
                    if count < min as i64 {
                        pc = rep.pc + 4;
                    } else {
                        self.push(Kind::MinUntilBody, pos);
                        self.cur_rep = rep.prev;
                        pc += 1;
                    }
                }
                POSSESSIVE_REPEAT => {
                    let after = pc + 1 + code[pc + 1] as usize + 1;
                    self.reps.push(Rep { pc, count: -1, last_pos: NONE, prev: NONE });
                    let rep = self.reps.len() - 1;
                    self.push(Kind::Barrier { kind: BarrierKind::Possessive, saved: pos, after, rep }, pos);
                    let b = self.stack.len() - 1;
                    self.barriers.push(b);
                    pc = self.possessive_step(b, rep, pos);
                }
                ASSERT | ASSERT_NOT => {
                    let after = pc + 1 + code[pc + 1] as usize;
                    let back = code[pc + 2] as usize;
                    if pos < back {
                        if op == ASSERT {
                            fail!();
                        }
                        pc = after;
                        continue;
                    }
                    let kind = if op == ASSERT { BarrierKind::Assert } else { BarrierKind::AssertNot };
                    self.push(Kind::Barrier { kind, saved: pos, after, rep: NONE }, pos);
                    self.barriers.push(self.stack.len() - 1);
                    pos -= back;
                    pc += 3;
                }
                ATOMIC_GROUP => {
                    let after = pc + 1 + code[pc + 1] as usize;
                    self.push(Kind::Barrier { kind: BarrierKind::Atomic, saved: pos, after, rep: NONE }, pos);
                    self.barriers.push(self.stack.len() - 1);
                    pc += 2;
                }
                GROUPREF | GROUPREF_IGNORE | GROUPREF_UNI_IGNORE | GROUPREF_LOC_IGNORE => {
                    match self.groupref(text, op, code[pc + 1] as usize, pos) {
                        Some(p) => pos = p,
                        None => fail!(),
                    }
                    pc += 2;
                }
                GROUPREF_EXISTS => {
                    let g = code[pc + 1] as usize;
                    let (s, e) = (self.marks[2 * g], self.marks[2 * g + 1]);
                    if s != NONE && e != NONE && s <= e {
                        pc += 3;
                    } else {
                        pc = pc + 1 + code[pc + 2] as usize;
                    }
                }
                _ => fail!(),
            }
        }
    }

    /// After an iteration of a possessive repeat (or on entering it): the
    /// next pc.
    fn possessive_step(&mut self, b: usize, r: usize, pos: usize) -> usize {
        let code = self.code;
        let rep = self.reps[r];
        let (min, max) = (code[rep.pc + 2], code[rep.pc + 3]);
        // The skip leads to the body's closing SUCCESS; the tail follows it.
        let tail = rep.pc + 1 + code[rep.pc + 1] as usize + 1;
        let count = rep.count + 1;
        if count < min as i64 {
            self.set_count(r, count);
            rep.pc + 4
        } else if (max == MAXREPEAT || count < max as i64) && pos != rep.last_pos {
            self.push(Kind::PossTail { tail }, pos);
            self.set_count(r, count);
            self.set_last(r, pos);
            rep.pc + 4
        } else {
            self.cut(b);
            tail
        }
    }

    /// Resumes the newest choice; false when none is left.
    fn backtrack<T: Text + ?Sized>(&mut self, text: &T, pc: &mut usize, pos: &mut usize) -> bool {
        let code = self.code;
        while let Some(ch) = self.stack.pop() {
            self.undo_to(ch.snap.trail);
            self.reps.truncate(ch.snap.reps);
            self.cur_rep = ch.snap.cur_rep;
            match ch.kind {
                Kind::Branch { next } => {
                    if let Some(a) = self.next_branch(text, next, ch.pos) {
                        self.push(Kind::Branch { next: a + code[a] as usize }, ch.pos);
                        *pc = a + 1;
                        *pos = ch.pos;
                        return true;
                    }
                }
                Kind::RepeatOne { tail, base, count, min } => {
                    // Pushed only with count > min, so one character can be given back.
                    let mut count = count - 1;
                    // A tail starting with a literal: only stop where it can match.
                    if code[tail] == LITERAL {
                        let c = code[tail + 1];
                        while base + count >= text.len() || text.at(base + count) != c {
                            if count == min {
                                break;
                            }
                            count -= 1;
                        }
                        if base + count >= text.len() || text.at(base + count) != c {
                            continue;
                        }
                    }
                    if count > min {
                        self.push(Kind::RepeatOne { tail, base, count, min }, base + count);
                    }
                    *pos = base + count;
                    *pc = tail;
                    return true;
                }
                Kind::MinRepeatOne { item, tail, base, count, max } => {
                    let p = base + count;
                    if (max != MAXREPEAT && count >= max as usize) || p >= text.len() || !match_one(code, item, text.at(p)) {
                        continue;
                    }
                    let count = count + 1;
                    if max == MAXREPEAT || count < max as usize {
                        self.push(Kind::MinRepeatOne { item, tail, base, count, max }, p + 1);
                    }
                    *pos = p + 1;
                    *pc = tail;
                    return true;
                }
                Kind::UntilTail { tail } => {
                    if self.cur_rep != NONE {
                        self.cur_rep = self.reps[self.cur_rep].prev;
                    }
                    *pos = ch.pos;
                    *pc = tail;
                    return true;
                }
                Kind::MinUntilBody => {
                    let r = self.cur_rep;
                    if r == NONE {
                        continue;
                    }
                    let rep = self.reps[r];
                    let max = code[rep.pc + 3];
                    if (max != MAXREPEAT && rep.count >= max as i64) || ch.pos == rep.last_pos {
                        continue;
                    }
                    self.set_last(r, ch.pos);
                    *pos = ch.pos;
                    *pc = rep.pc + 4;
                    return true;
                }
                Kind::PossTail { tail } => {
                    if let Some(&b) = self.barriers.last() {
                        self.cut(b);
                    }
                    *pos = ch.pos;
                    *pc = tail;
                    return true;
                }
                Kind::Barrier { kind, saved, after, .. } => {
                    self.barriers.pop();
                    if kind == BarrierKind::AssertNot {
                        *pos = saved;
                        *pc = after;
                        return true;
                    }
                }
            }
        }
        false
    }

    /// Matches at `start` (match / fullmatch); the end of the match.
    pub fn match_at<T: Text + ?Sized>(&mut self, text: &T, start: usize, mode: Mode) -> Option<usize> {
        self.reset();
        let code = self.code;
        let mut body = 0;
        if code.first() == Some(&INFO) {
            if (code[3] as usize) > text.len().saturating_sub(start) {
                return None;
            }
            body = 1 + code[1] as usize;
        }
        if start > text.len() {
            return None;
        }
        self.attempt(text, start, body, mode, start)
    }

    /// Searches from `start`; the span of the first match.
    pub fn search<T: Text + ?Sized>(&mut self, text: &T, start: usize, mode: Mode) -> Option<(usize, usize)> {
        self.reset();
        let code = self.code;
        let end = text.len();
        if start > end {
            return None;
        }
        let mut body = 0;
        let mut min = 0usize;
        let mut prefix: &[u32] = &[];
        let mut charset = None;
        if code.first() == Some(&INFO) {
            min = code[3] as usize;
            body = 1 + code[1] as usize;
            let flags = code[2];
            if flags & INFO_PREFIX != 0 {
                let n = code[5] as usize;
                prefix = &code[7..7 + n];
            } else if flags & INFO_CHARSET != 0 {
                charset = Some(5);
            }
        }
        if end - start < min {
            return None;
        }
        let last = end - min;
        // A pattern anchored at the beginning can only match there.
        let anchored = code[body] == AT && (code[body + 1] == 0 || code[body + 1] == 2);
        let mut p = start;
        let mut mode = mode;
        loop {
            // Skip positions where the known prefix or first character cannot match.
            if let Some(&first) = prefix.first() {
                while p <= last && !(text.at(p) == first && (1..prefix.len()).all(|k| text.at(p + k) == prefix[k])) {
                    p += 1;
                }
                if p > last {
                    return None;
                }
            } else if let Some(cs) = charset {
                while p < end && !in_set(code, cs, text.at(p)) {
                    p += 1;
                }
                if p > last || p >= end {
                    return None;
                }
            }
            if let Some(e) = self.attempt(text, p, body, mode, start) {
                return Some((p, e));
            }
            mode.must_advance = false;
            if anchored || p >= last {
                return None;
            }
            self.undo_all();
            p += 1;
        }
    }
}
