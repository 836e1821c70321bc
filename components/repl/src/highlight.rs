//! Syntax colouring of the input as it is typed.

use crate::scan::{scan, Kind};
use reedline::{Color, Highlighter, StyledText};

/// Colours keywords, builtins, strings, numbers, comments and definitions.
pub struct PythonHighlighter;

/// The colour of a kind of token and whether it is bold; `None` leaves it plain.
pub fn color_of(kind: Kind) -> Option<(Color, bool)> {
    Some(match kind {
        Kind::Keyword | Kind::SoftKeyword | Kind::Constant => (Color::Blue, true),
        Kind::Builtin => (Color::Cyan, false),
        Kind::Definition => (Color::Default, true),
        Kind::Number => (Color::Yellow, false),
        Kind::String => (Color::Green, false),
        Kind::Comment => (Color::Red, false),
        _ => return None,
    })
}

/// No colours at all (reedline's default highlighter colours some words).
pub struct PlainHighlighter;

impl Highlighter for PlainHighlighter {
    fn highlight(&self, line: &str, _cursor: usize) -> StyledText {
        let mut out = StyledText::new();
        out.push((Default::default(), line.to_owned()));
        out
    }
}

impl Highlighter for PythonHighlighter {
    fn highlight(&self, line: &str, _cursor: usize) -> StyledText {
        let mut out = StyledText::new();
        for t in scan(line).0 {
            let text = line[t.start..t.end].to_owned();
            // The style type is reedline's colour crate's; it is named only
            // through `Color`'s constructors to keep the dependency indirect.
            let style = match color_of(t.kind) {
                Some((color, true)) => color.bold(),
                Some((color, false)) => color.normal(),
                None => Default::default(),
            };
            out.push((style, text));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pieces_cover_the_line() {
        let line = "for i in range(3): print(f'{i}', 0x1f)  # done";
        let styled = PythonHighlighter.highlight(line, 0);
        let text: String = styled.buffer.iter().map(|(_, s)| s.as_str()).collect();
        assert_eq!(text, line);
        let colored: Vec<&str> =
            styled.buffer.iter().filter(|(st, _)| st.foreground.is_some()).map(|(_, s)| s.as_str()).collect();
        assert_eq!(colored, ["for", "in", "range", "3", "print", "f'{i}'", "0x1f", "# done"]);
    }

    #[test]
    fn multi_line_input() {
        let line = "def f():\n    '''doc\n    more'''\n    return None";
        let styled = PythonHighlighter.highlight(line, 0);
        let text: String = styled.buffer.iter().map(|(_, s)| s.as_str()).collect();
        assert_eq!(text, line);
        assert!(styled.buffer.iter().any(|(st, s)| s == "'''doc\n    more'''" && st.foreground == Some(Color::Green)));
        assert!(styled.buffer.iter().any(|(st, s)| s == "f" && st.is_bold));
    }
}
