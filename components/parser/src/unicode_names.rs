//! `\N{...}` name lookup over the generated table `unicode_names.bin`
//! (tools/gen_unicode.py): a sorted word list, then every named code point
//! as its words' indices. Algorithmic names (CJK ideographs, Hangul
//! syllables) are computed.

static DATA: &[u8] = include_bytes!("unicode_names.bin");

fn u32_at(p: usize) -> Option<u32> {
    let b = DATA.get(p..p + 4)?;
    Some(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
}

fn hangul(rest: &str) -> Option<char> {
    const L: [&str; 19] = ["G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"];
    const V: [&str; 21] = ["A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"];
    const T: [&str; 28] = ["", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"];
    for (li, l) in L.iter().enumerate() {
        let Some(r1) = rest.strip_prefix(l) else { continue };
        for (vi, v) in V.iter().enumerate() {
            let Some(r2) = r1.strip_prefix(v) else { continue };
            for (ti, t) in T.iter().enumerate() {
                if r2 == *t {
                    return char::from_u32(0xAC00 + ((li * 21 + vi) * 28 + ti) as u32);
                }
            }
        }
    }
    None
}

pub fn lookup(name: &str) -> Option<char> {
    let upper = name.to_ascii_uppercase();
    for prefix in ["CJK UNIFIED IDEOGRAPH-", "CJK COMPATIBILITY IDEOGRAPH-", "TANGUT IDEOGRAPH-", "KHITAN SMALL SCRIPT CHARACTER-", "NUSHU CHARACTER-"] {
        if let Some(hex) = upper.strip_prefix(prefix) {
            let c = u32::from_str_radix(hex, 16).ok().and_then(char::from_u32)?;
            return if crate::unicode_names::algorithmic_ok(prefix, c as u32) { Some(c) } else { None };
        }
    }
    if let Some(rest) = upper.strip_prefix("HANGUL SYLLABLE ") {
        return hangul(rest);
    }
    if let Ok(i) = ALIASES.binary_search_by(|(n, _)| (*n).cmp(upper.as_str())) {
        return Some(ALIASES[i].1);
    }
    // Words.
    let nwords = u32_at(0)? as usize;
    let mut p = 4;
    let mut words: Vec<&[u8]> = Vec::with_capacity(nwords);
    for _ in 0..nwords {
        let n = *DATA.get(p)? as usize;
        words.push(DATA.get(p + 1..p + 1 + n)?);
        p += 1 + n;
    }
    let mut want: Vec<u16> = Vec::new();
    for w in upper.split(' ') {
        let i = words.binary_search(&w.as_bytes()).ok()?;
        want.push(i as u16);
    }
    let count = u32_at(p)? as usize;
    p += 4;
    for _ in 0..count {
        let head = u32_at(p)?;
        let n = (head >> 24) as usize;
        let cp = head & 0xff_ffff;
        p += 4;
        if n == want.len() {
            let mut same = true;
            for (k, w) in want.iter().enumerate() {
                let b = DATA.get(p + 2 * k..p + 2 * k + 2)?;
                if u16::from_le_bytes([b[0], b[1]]) != *w {
                    same = false;
                    break;
                }
            }
            if same {
                return char::from_u32(cp);
            }
        }
        p += 2 * n;
    }
    None
}

fn algorithmic_ok(prefix: &str, c: u32) -> bool {
    match prefix {
        "CJK UNIFIED IDEOGRAPH-" => matches!(c, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0x20000..=0x2A6DF | 0x2A700..=0x2EE5D | 0x30000..=0x323AF),
        "CJK COMPATIBILITY IDEOGRAPH-" => matches!(c, 0xF900..=0xFAD9 | 0x2F800..=0x2FA1D),
        "TANGUT IDEOGRAPH-" => matches!(c, 0x17000..=0x187F7 | 0x18D00..=0x18D08),
        "KHITAN SMALL SCRIPT CHARACTER-" => matches!(c, 0x18B00..=0x18CD5),
        _ => matches!(c, 0x1B170..=0x1B2FB),
    }
}

include!("unicode_aliases.rs");
