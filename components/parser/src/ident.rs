//! Identifiers beyond ASCII (PEP 3131): which characters may start or
//! continue a name (XID_Start / XID_Continue, as `str.isidentifier()`), and
//! NFKC, which CPython applies to every non-ASCII name (`ﬁ` is `fi`).
//!
//! The data is `unicode_ident.bin`, generated from CPython 3.13's
//! unicodedata (Unicode 15.1) by `tools/gen_unicode.py`; all numbers are
//! little-endian, code points 3 bytes:
//!
//! - header: six u32 counts — XID_Start runs, XID_Continue runs, combining
//!   class runs, decompositions, decomposition pool entries, compositions;
//! - XID_Start and XID_Continue runs: `first, last` (6 bytes each);
//! - combining classes: `first, last, class:u8` (7 bytes; class 0 is absent);
//! - decompositions of the XID_Continue characters NFKC changes, sorted:
//!   `cp, offset:u16, len:u8` into the pool (full compatibility
//!   decompositions; Hangul syllables are computed instead);
//! - the pool of decomposed code points;
//! - compositions: `first, second, composite`, sorted by the pair (the
//!   canonical pairs NFC composes, exclusions left out).
//!
//! Every lookup is a binary search over fixed-size records; nothing is
//! built at run time.

use std::borrow::Cow;

static DATA: &[u8] = include_bytes!("unicode_ident.bin");

/// A section of fixed-size records.
#[derive(Clone, Copy)]
struct Table {
    at: usize,
    count: usize,
    width: usize,
}

impl Table {
    fn record(&self, k: usize) -> &'static [u8] {
        let s = self.at + k * self.width;
        DATA.get(s..s + self.width).unwrap_or(&[0; 9][..self.width])
    }
}

fn u24(b: &[u8]) -> u32 {
    u32::from(b[0]) | u32::from(b[1]) << 8 | u32::from(b[2]) << 16
}

fn count(k: usize) -> usize {
    DATA.get(4 * k..4 * k + 4).map_or(0, |b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize)
}

struct Tables {
    start: Table,
    cont: Table,
    ccc: Table,
    decomp: Table,
    pool: Table,
    compose: Table,
}

fn tables() -> Tables {
    let mut at = 24;
    let mut next = |k: usize, width: usize| {
        let t = Table { at, count: count(k), width };
        at += t.count * width;
        t
    };
    Tables { start: next(0, 6), cont: next(1, 6), ccc: next(2, 7), decomp: next(3, 6), pool: next(4, 3), compose: next(5, 9) }
}

/// Index of the run holding `cp` in a table whose records start with `first, last`.
fn find_run(t: Table, cp: u32) -> Option<usize> {
    let (mut lo, mut hi) = (0, t.count);
    while lo < hi {
        let mid = (lo + hi) / 2;
        let r = t.record(mid);
        if cp < u24(r) {
            hi = mid;
        } else if cp > u24(&r[3..]) {
            lo = mid + 1;
        } else {
            return Some(mid);
        }
    }
    None
}

pub fn is_xid_start(c: char) -> bool {
    c.is_ascii_alphabetic() || c == '_' || !c.is_ascii() && find_run(tables().start, c as u32).is_some()
}

pub fn is_xid_continue(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_' || !c.is_ascii() && find_run(tables().cont, c as u32).is_some()
}

/// The first character of `s` (a validated identifier) that may not stand
/// where it is, with its byte offset.
pub fn first_invalid(s: &str) -> Option<(usize, char)> {
    let mut it = s.char_indices();
    let (_, first) = it.next()?;
    if !is_xid_start(first) {
        return Some((0, first));
    }
    it.find(|&(_, c)| !is_xid_continue(c))
}

/// An identifier as CPython stores it: NFKC-normalized when not ASCII.
pub fn normalize(s: &str) -> Cow<'_, str> {
    if s.is_ascii() {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(nfkc(s))
    }
}

const S_BASE: u32 = 0xAC00;
const L_BASE: u32 = 0x1100;
const V_BASE: u32 = 0x1161;
const T_BASE: u32 = 0x11A7;
const L_COUNT: u32 = 19;
const V_COUNT: u32 = 21;
const T_COUNT: u32 = 28;
const N_COUNT: u32 = V_COUNT * T_COUNT;
const S_COUNT: u32 = L_COUNT * N_COUNT;

fn ccc(t: &Tables, cp: u32) -> u8 {
    if cp < 0x300 {
        return 0;
    }
    find_run(t.ccc, cp).map_or(0, |k| t.ccc.record(k)[6])
}

fn decompose(t: &Tables, cp: u32, out: &mut Vec<u32>) {
    if (S_BASE..S_BASE + S_COUNT).contains(&cp) {
        let s = cp - S_BASE;
        out.push(L_BASE + s / N_COUNT);
        out.push(V_BASE + (s % N_COUNT) / T_COUNT);
        if s % T_COUNT != 0 {
            out.push(T_BASE + s % T_COUNT);
        }
        return;
    }
    let d = t.decomp;
    let (mut lo, mut hi) = (0, d.count);
    while lo < hi {
        let mid = (lo + hi) / 2;
        let r = d.record(mid);
        match u24(r).cmp(&cp) {
            std::cmp::Ordering::Less => lo = mid + 1,
            std::cmp::Ordering::Greater => hi = mid,
            std::cmp::Ordering::Equal => {
                let off = usize::from(u16::from_le_bytes([r[3], r[4]]));
                for k in off..off + usize::from(r[5]) {
                    out.push(u24(t.pool.record(k)));
                }
                return;
            }
        }
    }
    out.push(cp);
}

fn compose_pair(t: &Tables, a: u32, b: u32) -> Option<u32> {
    if (L_BASE..L_BASE + L_COUNT).contains(&a) && (V_BASE..V_BASE + V_COUNT).contains(&b) {
        return Some(S_BASE + ((a - L_BASE) * V_COUNT + (b - V_BASE)) * T_COUNT);
    }
    if (S_BASE..S_BASE + S_COUNT).contains(&a) && (a - S_BASE) % T_COUNT == 0 && (T_BASE + 1..T_BASE + T_COUNT).contains(&b) {
        return Some(a + (b - T_BASE));
    }
    let c = t.compose;
    let (mut lo, mut hi) = (0, c.count);
    while lo < hi {
        let mid = (lo + hi) / 2;
        let r = c.record(mid);
        match (u24(r), u24(&r[3..])).cmp(&(a, b)) {
            std::cmp::Ordering::Less => lo = mid + 1,
            std::cmp::Ordering::Greater => hi = mid,
            std::cmp::Ordering::Equal => return Some(u24(&r[6..])),
        }
    }
    None
}

/// Normalization form KC (UAX #15): full compatibility decomposition,
/// canonical ordering of combining marks, canonical composition.
pub fn nfkc(s: &str) -> String {
    let t = tables();
    let mut d: Vec<u32> = Vec::with_capacity(s.len());
    for c in s.chars() {
        decompose(&t, c as u32, &mut d);
    }
    let classes: Vec<u8> = d.iter().map(|&c| ccc(&t, c)).collect();
    let mut d: Vec<(u32, u8)> = d.into_iter().zip(classes).collect();
    // Canonical ordering: a stable sort of each run of non-starters.
    let mut k = 0;
    while k < d.len() {
        if d[k].1 == 0 {
            k += 1;
            continue;
        }
        let run = k;
        while k < d.len() && d[k].1 != 0 {
            k += 1;
        }
        d[run..k].sort_by_key(|&(_, class)| class);
    }
    // Canonical composition.
    let mut out: Vec<(u32, u8)> = Vec::with_capacity(d.len());
    let mut starter: Option<usize> = None;
    for (c, class) in d {
        if let Some(si) = starter {
            let last = out.len() - 1;
            let blocked = last > si && (out[last].1 == 0 || out[last].1 >= class);
            if !blocked {
                if let Some(p) = compose_pair(&t, out[si].0, c) {
                    out[si].0 = p;
                    continue;
                }
            }
        }
        if class == 0 {
            starter = Some(out.len());
        }
        out.push((c, class));
    }
    out.into_iter().filter_map(|(c, _)| char::from_u32(c)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nfkc_examples() {
        // Expected values from CPython 3.13's unicodedata.normalize('NFKC', s).
        for (s, want) in [
            ("ﬁ", "fi"),
            ("ℌ", "H"),
            ("ｘｙ", "xy"),
            ("e\u{301}", "é"),
            ("\u{1e9b}\u{323}", "\u{1e69}"),
            ("ﾊﾟ", "パ"),
            ("\u{1100}\u{1161}\u{11a8}", "각"),
            ("각", "각"),
            ("a\u{328}\u{301}", "\u{105}\u{301}"),
            ("𝐓rue", "True"),
            ("ǖ", "ǖ"),
            ("u\u{308}\u{304}", "ǖ"),
        ] {
            assert_eq!(nfkc(s), want, "{s:?}");
        }
    }

    #[test]
    fn xid() {
        assert!(is_xid_start('é') && is_xid_start('ℌ') && !is_xid_start('١') && is_xid_continue('١'));
        assert!(!is_xid_continue('\u{200b}') && is_xid_continue('\u{e0100}') && !is_xid_start('\u{300}'));
        assert_eq!(first_invalid("ab€cd"), Some((2, '€')));
        assert_eq!(first_invalid("١x"), Some((0, '١')));
        assert_eq!(first_invalid("a·b"), None);
    }
}
