//! `\N{...}` names. Only a small table of common names is built in; an
//! unknown name is reported as CPython reports an unknown name.

pub fn lookup(name: &str) -> Option<char> {
    let upper = name.to_ascii_uppercase();
    if let Some(hex) = upper.strip_prefix("CJK UNIFIED IDEOGRAPH-") {
        return u32::from_str_radix(hex, 16).ok().and_then(char::from_u32);
    }
    TABLE.iter().find(|(n, _)| *n == upper).map(|&(_, c)| c)
}

static TABLE: &[(&str, char)] = &[
    ("NULL", '\u{0}'),
    ("SPACE", ' '),
    ("NO-BREAK SPACE", '\u{a0}'),
    ("DEGREE SIGN", '\u{b0}'),
    ("MICRO SIGN", '\u{b5}'),
    ("EN DASH", '\u{2013}'),
    ("EM DASH", '\u{2014}'),
    ("BULLET", '\u{2022}'),
    ("HORIZONTAL ELLIPSIS", '\u{2026}'),
    ("EURO SIGN", '\u{20ac}'),
    ("LEFT SINGLE QUOTATION MARK", '\u{2018}'),
    ("RIGHT SINGLE QUOTATION MARK", '\u{2019}'),
    ("LEFT DOUBLE QUOTATION MARK", '\u{201c}'),
    ("RIGHT DOUBLE QUOTATION MARK", '\u{201d}'),
    ("ZERO WIDTH SPACE", '\u{200b}'),
    ("ZERO WIDTH NO-BREAK SPACE", '\u{feff}'),
    ("BYTE ORDER MARK", '\u{feff}'),
    ("REPLACEMENT CHARACTER", '\u{fffd}'),
    ("GREEK SMALL LETTER ALPHA", '\u{3b1}'),
    ("GREEK SMALL LETTER BETA", '\u{3b2}'),
    ("GREEK SMALL LETTER PI", '\u{3c0}'),
    ("GREEK CAPITAL LETTER OMEGA", '\u{3a9}'),
    ("LATIN SMALL LETTER E WITH ACUTE", '\u{e9}'),
    ("LATIN SMALL LETTER SHARP S", '\u{df}'),
    ("LATIN CAPITAL LETTER A WITH GRAVE", '\u{c0}'),
    ("LINE SEPARATOR", '\u{2028}'),
    ("PARAGRAPH SEPARATOR", '\u{2029}'),
    ("SNOWMAN", '\u{2603}'),
    ("BLACK STAR", '\u{2605}'),
    ("CHECK MARK", '\u{2713}'),
    ("INFINITY", '\u{221e}'),
    ("PLUS-MINUS SIGN", '\u{b1}'),
    ("MULTIPLICATION SIGN", '\u{d7}'),
    ("DIVISION SIGN", '\u{f7}'),
    ("COPYRIGHT SIGN", '\u{a9}'),
    ("REGISTERED SIGN", '\u{ae}'),
    ("SECTION SIGN", '\u{a7}'),
    ("PILCROW SIGN", '\u{b6}'),
    ("POUND SIGN", '\u{a3}'),
    ("YEN SIGN", '\u{a5}'),
    ("CENT SIGN", '\u{a2}'),
];
