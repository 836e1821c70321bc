//! Lone surrogates in pyk's UTF-8 strings.
//!
//! Python's `str` may hold the code points U+D800..U+DFFF on their own
//! (`'\udc80'`, `b'\xff'.decode('utf-8', 'surrogateescape')`); Rust's `str`
//! may not. pyk keeps its strings UTF-8 and stores the surrogate U+D800+k as
//! the stand-in U+DD800+k (plane 13, which Unicode leaves unassigned), so
//! every string operation that moves characters around carries surrogates
//! along unchanged. Only the places where a code point's *number* shows are
//! translated: `ord`/`chr`, escapes in literals and reprs, the codecs, the
//! regular-expression engine, `unicodedata` and code-point ordering.
//!
//! The cost, recorded in ARCHITECTURE.md: the 2,048 unassigned code points
//! U+DD800..U+DDFFF themselves cannot be represented; `chr(0xDD800)` gives
//! the surrogate U+D800.
//!
//! Every component and native module uses this one mapping.

/// The first stand-in character (for U+D800).
pub const STAND_IN_BASE: u32 = 0xDD800;

/// The character pyk stores for code point `cp`, surrogates included;
/// None above U+10FFFF.
#[inline]
pub fn char_for(cp: u32) -> Option<char> {
    if (0xD800..0xE000).contains(&cp) {
        char::from_u32(STAND_IN_BASE + (cp - 0xD800))
    } else {
        char::from_u32(cp)
    }
}

/// The Python code point of a stored character.
#[inline]
pub fn code_point(c: char) -> u32 {
    let u = c as u32;
    if (STAND_IN_BASE..STAND_IN_BASE + 0x800).contains(&u) {
        u - STAND_IN_BASE + 0xD800
    } else {
        u
    }
}

/// Whether the stored character stands for a lone surrogate.
#[inline]
pub fn is_surrogate(c: char) -> bool {
    (STAND_IN_BASE..STAND_IN_BASE + 0x800).contains(&(c as u32))
}

/// Whether UTF-8 text holds any stand-in (a quick byte scan: the stand-ins
/// are exactly the sequences F3 9D A0..BF xx).
#[inline]
pub fn has_surrogates(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    while let Some(p) = b[i..].iter().position(|&x| x == 0xF3) {
        let j = i + p;
        if j + 2 < b.len() && b[j + 1] == 0x9D && b[j + 2] >= 0xA0 {
            return true;
        }
        i = j + 1;
    }
    false
}

/// Code points of `s` in order (surrogates as themselves).
pub fn code_points(s: &str) -> impl Iterator<Item = u32> + '_ {
    s.chars().map(code_point)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        // The stand-ins' own code points are the documented exception.
        let stand_ins = STAND_IN_BASE..STAND_IN_BASE + 0x800;
        for cp in (0..0x110000u32).step_by(97).chain([0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0xE000, 0x10FFFF]).filter(|cp| !stand_ins.contains(cp)) {
            if let Some(c) = char_for(cp) {
                assert_eq!(code_point(c), cp);
                assert_eq!(is_surrogate(c), (0xD800..0xE000).contains(&cp));
                let mut buf = [0u8; 4];
                assert_eq!(has_surrogates(c.encode_utf8(&mut buf)), (0xD800..0xE000).contains(&cp), "{cp:x}");
            }
        }
        assert!(char_for(0x110000).is_none());
        assert_eq!(code_point(char::from_u32(STAND_IN_BASE).unwrap_or('x')), 0xD800);
        assert!(has_surrogates("ab\u{DDC80}c"));
        assert!(!has_surrogates("\u{F0000}\u{DD7FF}\u{DE000}"));
    }
}
