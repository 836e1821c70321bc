//! The ISO 2022 codecs (iso2022_jp and its variants, iso2022_kr): escape
//! sequences designate charsets to G0/G1/G2; the double-byte charsets are
//! the 7-bit forms of the EUC tables (JIS X 0208 and 0212 from euc_jp, KS X
//! 1001 from euc_kr, GB 2312 from gb2312, JIS X 0213 from euc_jisx0213 and
//! euc_jis_2004).
//!
//! State bytes: G0, G1, G2 as the charset's final byte (| 0x80 for a
//! double-byte set), then the flags (bit 0: shifted out to G1).

use super::{table, State, Step};

const ESC: u8 = 0x1B;
const SO: u8 = 0x0E;
const SI: u8 = 0x0F;
const DBCS: u8 = 0x80;
const SHIFTED: u8 = 1;

const ASCII: u8 = b'B';
const JISX0201_R: u8 = b'J';
const JISX0201_K: u8 = b'I';
const ISO8859_1: u8 = b'A';
const ISO8859_7: u8 = b'F';
const JISX0208_O: u8 = b'@' | DBCS;
const JISX0208: u8 = b'B' | DBCS;
const GB2312: u8 = b'A' | DBCS;
const KSX1001: u8 = b'C' | DBCS;
const JISX0212: u8 = b'D' | DBCS;
const JISX0213_2000_1: u8 = b'O' | DBCS;
const JISX0213_2: u8 = b'P' | DBCS;
const JISX0213_2004_1: u8 = b'Q' | DBCS;

pub const ENC_INIT: State = [ASCII, ASCII, 0, 0, 0, 0, 0, 0];
pub const DEC_INIT: State = [ASCII, ASCII, ASCII, 0, 0, 0, 0, 0];

#[derive(Clone, Copy, PartialEq)]
pub enum Variant {
    Kr,
    Jp,
    Jp1,
    Jp2,
    Jp2004,
    Jp3,
    JpExt,
}

impl Variant {
    /// The charsets a decoder accepts.
    fn accepts(self, cs: u8) -> bool {
        cs == ASCII
            || match self {
                Variant::Kr => cs == KSX1001,
                Variant::Jp => [JISX0201_R, JISX0208_O, JISX0208].contains(&cs),
                Variant::Jp1 => [JISX0201_R, JISX0208_O, JISX0208, JISX0212].contains(&cs),
                Variant::Jp2 => {
                    [JISX0201_R, ISO8859_1, ISO8859_7, JISX0208_O, JISX0208, GB2312, KSX1001, JISX0212].contains(&cs)
                }
                Variant::Jp2004 => [JISX0208, JISX0213_2, JISX0213_2004_1].contains(&cs),
                Variant::Jp3 => [JISX0208, JISX0213_2000_1, JISX0213_2].contains(&cs),
                Variant::JpExt => [JISX0201_R, JISX0201_K, JISX0208_O, JISX0208, JISX0212].contains(&cs),
            }
    }

    /// The charsets the encoder tries, in order, for a non-ASCII character.
    fn encoders(self) -> &'static [u8] {
        match self {
            Variant::Kr => &[KSX1001],
            Variant::Jp => &[JISX0208, JISX0201_R],
            Variant::Jp1 => &[JISX0208, JISX0212, JISX0201_R],
            Variant::Jp2 => &[JISX0208, JISX0212, KSX1001, GB2312, JISX0201_R],
            Variant::Jp2004 => &[JISX0208, JISX0213_2004_1, JISX0213_2],
            Variant::Jp3 => &[JISX0208, JISX0213_2000_1, JISX0213_2],
            Variant::JpExt => &[JISX0208, JISX0212, JISX0201_R, JISX0201_K],
        }
    }

    /// The JIS X 0213 plane 1 of the pairs (combining sequences), if any.
    fn pairs(self) -> Option<u8> {
        match self {
            Variant::Jp2004 => Some(JISX0213_2004_1),
            Variant::Jp3 => Some(JISX0213_2000_1),
            _ => None,
        }
    }
}

/// ISO 8859-7's upper half from 0xA0 (0: unassigned).
fn iso8859_7(b: u8) -> Option<u32> {
    const HIGH: [u16; 32] = [
        0xA0, 0x2018, 0x2019, 0xA3, 0x20AC, 0x20AF, 0xA6, 0xA7, 0xA8, 0xA9, 0x37A, 0xAB, 0xAC, 0xAD, 0, 0x2015, 0xB0, 0xB1, 0xB2,
        0xB3, 0x384, 0x385, 0x386, 0xB7, 0x388, 0x389, 0x38A, 0xBB, 0x38C, 0xBD, 0x38E, 0x38F,
    ];
    match b {
        0xA0..=0xBF => Some(HIGH[(b - 0xA0) as usize] as u32).filter(|&c| c != 0),
        0xD2 | 0xFF => None,
        0xC0..=0xFE => Some(0x390 + (b - 0xC0) as u32),
        _ => None,
    }
}

/// The rows of JIS X 0213's plane 2 (euc_jis_2004's other 0x8F rows hold
/// JIS X 0212 characters, which the iso2022 plane 2 does not).
fn plane2_row(a: u8) -> bool {
    matches!(a, 0x21 | 0x23..=0x25 | 0x28 | 0x2C..=0x2F | 0x6E..=0x7E)
}

/// The EUC table of a variant's JIS X 0213 (the 2000 edition for
/// iso2022_jp_3, 2004 otherwise).
fn jisx0213(v: Variant) -> &'static str {
    if v == Variant::Jp3 {
        "euc_jisx0213"
    } else {
        "euc_jis_2004"
    }
}

/// A double-byte charset's characters for the 7-bit pair (a, b).
fn dbcs_decode(v: Variant, cs: u8, a: u8, b: u8) -> Option<Vec<u32>> {
    let (hi, lo) = (a | 0x80, b | 0x80);
    match cs {
        JISX0208 | JISX0208_O => table("euc_jp").lookup(&[hi, lo]),
        JISX0212 => table("euc_jp").lookup(&[0x8F, hi, lo]),
        KSX1001 if (a, b) == (0x24, 0x54) => Some(vec![0x3164]),
        KSX1001 => table("euc_kr").lookup(&[hi, lo]),
        GB2312 => table("gb2312").lookup(&[hi, lo]),
        JISX0213_2000_1 => table("euc_jisx0213").lookup(&[hi, lo]),
        JISX0213_2004_1 => table("euc_jis_2004").lookup(&[hi, lo]),
        JISX0213_2 if plane2_row(a) => table(jisx0213(v)).lookup(&[0x8F, hi, lo]),
        _ => None,
    }
}

/// The 7-bit code of `c` in a charset (one or two bytes).
fn charset_encode(v: Variant, cs: u8, c: u32) -> Option<Vec<u8>> {
    let two = |code: Option<&[u8]>| match code {
        Some(&[a, b]) if a >= 0xA1 && b >= 0xA1 => Some(vec![a & 0x7F, b & 0x7F]),
        _ => None,
    };
    let plane2 = |code: Option<&[u8]>| match code {
        Some(&[0x8F, a, b]) => Some(vec![a & 0x7F, b & 0x7F]),
        _ => None,
    };
    match cs {
        JISX0208 => two(table("euc_jp").code_of(c)),
        JISX0212 => plane2(table("euc_jp").code_of(c)),
        KSX1001 if c == 0x3164 => Some(vec![0x24, 0x54]),
        KSX1001 => two(table("euc_kr").code_of(c)),
        GB2312 => two(table("gb2312").code_of(c)),
        // FULLWIDTH TILDE is an EUC-only compatibility mapping.
        JISX0213_2000_1 | JISX0213_2004_1 | JISX0213_2 if c == 0xFF5E => None,
        JISX0213_2000_1 => two(table("euc_jisx0213").code_of(c)),
        JISX0213_2004_1 => two(table("euc_jis_2004").code_of(c)),
        JISX0213_2 => plane2(table(jisx0213(v)).code_of(c)).filter(|code| plane2_row(code[0])),
        JISX0201_R => match c {
            0xA5 => Some(vec![0x5C]),
            0x203E => Some(vec![0x7E]),
            _ => None,
        },
        JISX0201_K => (0xFF61..=0xFF9F).contains(&c).then(|| vec![(c - 0xFF40) as u8]),
        _ => None,
    }
}

/// A single-byte charset's character for byte `b` (0x21..0x7F).
fn sbcs_decode(cs: u8, b: u8) -> Option<u32> {
    match cs {
        ASCII => Some(b as u32),
        JISX0201_R => Some(match b {
            0x5C => 0xA5,
            0x7E => 0x203E,
            _ => b as u32,
        }),
        JISX0201_K => (0x21..=0x5F).contains(&b).then(|| 0xFF40 + b as u32),
        ISO8859_1 => Some((b | 0x80) as u32),
        ISO8859_7 => iso8859_7(b | 0x80),
        _ => None,
    }
}

/// An escape sequence at the start of `input` (which starts with ESC and
/// an intermediate byte): its length, or the step to report.
fn escape(v: Variant, st: &mut State, input: &[u8]) -> Step {
    // The sequence runs to its final byte (0x40..0x5F).
    let mut len = 0;
    for (i, &b) in input.iter().enumerate().skip(1).take(15) {
        if (0x40..=0x5F).contains(&b) {
            len = i + 1;
            break;
        }
    }
    if len == 0 {
        return if input.len() < 16 { Step::TooFew } else { Step::Illegal(1) };
    }
    // "ESC & @ ESC $ B": JIS X 0208-1990, announced then designated.
    if &input[1..len] == b"&@" && v != Variant::Kr {
        if input.len() < 6 {
            return Step::TooFew;
        }
        if &input[3..6] != b"\x1b$B" {
            return Step::Illegal(6);
        }
        st[0] = JISX0208;
        return Step::Done(6);
    }
    let (slot, cs) = match &input[1..len] {
        [b'$', f] => (0, f | DBCS),
        [b'$', b'(', f] => (0, f | DBCS),
        [b'$', b')', f] => (1, f | DBCS),
        [b'(', f] => (0, *f),
        [b')', f] => (1, *f),
        [b'.', f] if v == Variant::Jp2 => (2, *f),
        _ => return Step::Illegal(len),
    };
    if !v.accepts(cs) {
        return Step::Illegal(len);
    }
    st[slot] = cs;
    Step::Done(len)
}

pub fn decode(v: Variant, st: &mut State, input: &[u8], out: &mut Vec<u32>) -> Step {
    let c = input[0];
    match c {
        ESC => {
            let Some(&c2) = input.get(1) else { return Step::TooFew };
            if c2 == b'N' && v == Variant::Jp2 {
                // A single shift: one character from G2.
                let Some(&c3) = input.get(2) else { return Step::TooFew };
                if c3 >= 0x80 {
                    return Step::Illegal(3);
                }
                return match sbcs_decode(st[2], c3) {
                    Some(ch) => {
                        out.push(ch);
                        Step::Done(3)
                    }
                    None => Step::Illegal(3),
                };
            }
            if matches!(c2, b'$' | b'(' | b')' | b'.' | b'&') {
                return escape(v, st, input);
            }
            // Not an escape sequence: both bytes pass through.
            out.extend_from_slice(&[c as u32, c2 as u32]);
            Step::Done(2)
        }
        SI if v == Variant::Kr => {
            st[3] &= !SHIFTED;
            Step::Done(1)
        }
        SO if v == Variant::Kr => {
            st[3] |= SHIFTED;
            Step::Done(1)
        }
        b'\n' => {
            st[3] &= !SHIFTED;
            out.push(c as u32);
            Step::Done(1)
        }
        0..0x20 => {
            out.push(c as u32);
            Step::Done(1)
        }
        0x80.. => Step::Illegal(1),
        _ => {
            let cs = if st[3] & SHIFTED != 0 { st[1] } else { st[0] };
            if cs & DBCS != 0 {
                let Some(&c2) = input.get(1) else { return Step::TooFew };
                match dbcs_decode(v, cs, c, c2).filter(|_| (0x21..0x7F).contains(&c) && (0x21..0x7F).contains(&c2)) {
                    Some(s) => {
                        out.extend_from_slice(&s);
                        Step::Done(2)
                    }
                    None => Step::Illegal(2),
                }
            } else {
                match sbcs_decode(cs, c) {
                    Some(ch) => {
                        out.push(ch);
                        Step::Done(1)
                    }
                    None => Step::Illegal(1),
                }
            }
        }
    }
}

/// Writes what designates `cs` (and shifts to it, for iso2022_kr).
fn designate(v: Variant, st: &mut State, cs: u8, out: &mut Vec<u8>) {
    if v == Variant::Kr {
        if st[1] != cs {
            out.extend_from_slice(&[ESC, b'$', b')', cs & 0x7F]);
            st[1] = cs;
        }
        if st[3] & SHIFTED == 0 {
            out.push(SO);
            st[3] |= SHIFTED;
        }
        return;
    }
    if st[0] == cs {
        return;
    }
    let f = cs & 0x7F;
    if cs & DBCS == 0 {
        out.extend_from_slice(&[ESC, b'(', f]);
    } else if matches!(f, b'@' | b'B') {
        out.extend_from_slice(&[ESC, b'$', f]);
    } else {
        out.extend_from_slice(&[ESC, b'$', b'(', f]);
    }
    st[0] = cs;
}

pub fn encode(v: Variant, st: &mut State, input: &[u32], flush: bool, out: &mut Vec<u8>) -> Step {
    let c = input[0];
    if c < 0x80 {
        if st[3] & SHIFTED != 0 {
            out.push(SI);
            st[3] &= !SHIFTED;
        }
        if st[0] != ASCII {
            out.extend_from_slice(&[ESC, b'(', b'B']);
            st[0] = ASCII;
        }
        out.push(c as u8);
        return Step::Done(1);
    }
    if let Some(cs) = v.pairs() {
        let t = table(if cs == JISX0213_2004_1 { "euc_jis_2004" } else { "euc_jisx0213" });
        if t.is_pair_first(c) {
            match input.get(1) {
                Some(&next) => {
                    if let Some(&[a, b]) = t.pair_code(c, next) {
                        designate(v, st, cs, out);
                        out.extend_from_slice(&[a & 0x7F, b & 0x7F]);
                        return Step::Done(2);
                    }
                }
                None if !flush => return Step::TooFew,
                None => {}
            }
        }
    }
    for &cs in v.encoders() {
        if let Some(code) = charset_encode(v, cs, c) {
            designate(v, st, cs, out);
            out.extend_from_slice(&code);
            return Step::Done(1);
        }
    }
    Step::Illegal(1)
}

pub fn encode_reset(v: Variant, st: &mut State, out: &mut Vec<u8>) {
    if v == Variant::Kr {
        if st[3] & SHIFTED != 0 {
            out.push(SI);
            st[3] &= !SHIFTED;
        }
        return;
    }
    if st[0] != ASCII {
        out.extend_from_slice(&[ESC, b'(', b'B']);
        st[0] = ASCII;
    }
}
