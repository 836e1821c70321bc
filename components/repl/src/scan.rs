//! A small, forgiving Python scanner for the console.
//!
//! It is not the parser component's tokenizer and makes no claim about
//! validity: it only splits text into coloured pieces and answers the few
//! questions the console asks about the end of its input (is a bracket or a
//! triple-quoted string still open? does the line end with a colon?).
//! Completeness itself is always decided by the kernel (`check_complete`).

/// What a piece of text is, for colouring and for the console's questions.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Kind {
    Keyword,
    /// `match`, `case`, `type` used as statement keywords.
    SoftKeyword,
    /// `True`, `False`, `None`.
    Constant,
    Builtin,
    /// The name defined by `def` or `class`.
    Definition,
    Name,
    Number,
    String,
    Comment,
    Op,
    Open,
    Close,
    Space,
    Newline,
    /// A backslash that joins two physical lines.
    Continuation,
    /// Anything the scanner does not understand (left to the kernel).
    Other,
}

/// A piece of the input: `kind` over the byte range `start..end`.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct Token {
    pub kind: Kind,
    pub start: usize,
    pub end: usize,
}

/// What is still open when the input ends.
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq)]
pub struct EndState {
    /// Brackets opened and not closed.
    pub depth: usize,
    /// Inside a triple-quoted string.
    pub in_triple_string: bool,
    /// The last line ends with a joining backslash.
    pub continued: bool,
}

const KEYWORDS: &[&str] = &[
    "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del", "elif", "else", "except",
    "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
    "return", "try", "while", "with", "yield",
];

const CONSTANTS: &[&str] = &["True", "False", "None"];

const SOFT_KEYWORDS: &[&str] = &["match", "case", "type"];

const BUILTINS: &[&str] = &[
    "abs",
    "aiter",
    "all",
    "anext",
    "any",
    "ascii",
    "bin",
    "bool",
    "breakpoint",
    "bytearray",
    "bytes",
    "callable",
    "chr",
    "classmethod",
    "compile",
    "complex",
    "delattr",
    "dict",
    "dir",
    "divmod",
    "enumerate",
    "eval",
    "exec",
    "exit",
    "filter",
    "float",
    "format",
    "frozenset",
    "getattr",
    "globals",
    "hasattr",
    "hash",
    "help",
    "hex",
    "id",
    "input",
    "int",
    "isinstance",
    "issubclass",
    "iter",
    "len",
    "list",
    "locals",
    "map",
    "max",
    "memoryview",
    "min",
    "next",
    "object",
    "oct",
    "open",
    "ord",
    "pow",
    "print",
    "property",
    "quit",
    "range",
    "repr",
    "reversed",
    "round",
    "set",
    "setattr",
    "slice",
    "sorted",
    "staticmethod",
    "str",
    "sum",
    "super",
    "tuple",
    "type",
    "vars",
    "zip",
    "__import__",
    "self",
    "cls",
];

/// True for a Python keyword (hard keywords only).
pub fn is_keyword(word: &str) -> bool {
    KEYWORDS.contains(&word)
}

fn is_name_start(c: char) -> bool {
    c == '_' || c.is_alphabetic()
}

fn is_name_char(c: char) -> bool {
    c == '_' || c.is_alphanumeric()
}

/// A string prefix (`r`, `b`, `f`, `u`, `rb`, `br`, `fr`, `rf`, any case).
fn is_string_prefix(word: &str) -> bool {
    matches!(word.to_ascii_lowercase().as_str(), "r" | "b" | "f" | "u" | "rb" | "br" | "fr" | "rf")
}

struct Scanner<'a> {
    src: &'a str,
    pos: usize,
    tokens: Vec<Token>,
    depth: usize,
}

impl<'a> Scanner<'a> {
    fn peek(&self) -> Option<char> {
        self.src[self.pos..].chars().next()
    }

    fn peek_at(&self, n: usize) -> Option<char> {
        self.src[self.pos..].chars().nth(n)
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.pos += c.len_utf8();
        Some(c)
    }

    fn push(&mut self, kind: Kind, start: usize) {
        debug_assert!(self.pos > start, "scanner made no progress");
        self.tokens.push(Token { kind, start, end: self.pos });
    }

    /// Scans a string body after its opening quote(s); returns true when the
    /// input ended inside a triple-quoted string.
    fn string_body(&mut self, quote: char, triple: bool) -> bool {
        loop {
            match self.peek() {
                None => return triple,
                Some('\\') => {
                    self.bump();
                    self.bump();
                }
                Some('\n') if !triple => return false,
                Some(c) if c == quote => {
                    if !triple {
                        self.bump();
                        return false;
                    }
                    if self.peek_at(1) == Some(quote) && self.peek_at(2) == Some(quote) {
                        self.pos += 3 * quote.len_utf8();
                        return false;
                    }
                    self.bump();
                }
                Some(_) => {
                    self.bump();
                }
            }
        }
    }

    /// Scans from the opening quote at `self.pos`; `start` includes any prefix.
    fn string(&mut self, start: usize) -> bool {
        let quote = self.bump().unwrap_or('"');
        let triple = self.peek() == Some(quote) && self.peek_at(1) == Some(quote);
        if triple {
            self.pos += 2 * quote.len_utf8();
        }
        let open = self.string_body(quote, triple);
        self.push(Kind::String, start);
        open
    }

    fn number(&mut self, start: usize) {
        let hex = self.src[start..].starts_with("0x") || self.src[start..].starts_with("0X");
        while let Some(c) = self.peek() {
            if c.is_ascii_alphanumeric() || c == '_' || c == '.' {
                self.bump();
                if !hex && (c == 'e' || c == 'E') && matches!(self.peek(), Some('+' | '-')) {
                    self.bump();
                }
            } else {
                break;
            }
        }
        self.push(Kind::Number, start);
    }

    fn run(mut self) -> (Vec<Token>, EndState) {
        let mut state = EndState::default();
        while let Some(c) = self.peek() {
            let start = self.pos;
            state.in_triple_string = false;
            state.continued = false;
            match c {
                '\n' => {
                    self.bump();
                    self.push(Kind::Newline, start);
                }
                ' ' | '\t' | '\x0c' | '\r' => {
                    while matches!(self.peek(), Some(' ' | '\t' | '\x0c' | '\r')) {
                        self.bump();
                    }
                    self.push(Kind::Space, start);
                }
                '#' => {
                    while !matches!(self.peek(), None | Some('\n')) {
                        self.bump();
                    }
                    self.push(Kind::Comment, start);
                }
                '\\' if matches!(self.peek_at(1), None | Some('\n')) => {
                    self.bump();
                    self.bump();
                    self.push(Kind::Continuation, start);
                    state.continued = self.peek().is_none();
                }
                '\'' | '"' => state.in_triple_string = self.string(start),
                '0'..='9' => self.number(start),
                '.' if matches!(self.peek_at(1), Some('0'..='9')) => self.number(start),
                '(' | '[' | '{' => {
                    self.bump();
                    self.depth += 1;
                    self.push(Kind::Open, start);
                }
                ')' | ']' | '}' => {
                    self.bump();
                    self.depth = self.depth.saturating_sub(1);
                    self.push(Kind::Close, start);
                }
                c if is_name_start(c) => {
                    while self.peek().is_some_and(is_name_char) {
                        self.bump();
                    }
                    let word = &self.src[start..self.pos];
                    if matches!(self.peek(), Some('\'' | '"')) && is_string_prefix(word) {
                        state.in_triple_string = self.string(start);
                    } else {
                        self.push(Kind::Name, start);
                    }
                }
                c if "+-*/%@&|^~<>=!:;,.".contains(c) => {
                    self.bump();
                    self.push(Kind::Op, start);
                }
                _ => {
                    self.bump();
                    self.push(Kind::Other, start);
                }
            }
        }
        state.depth = self.depth;
        (self.tokens, state)
    }
}

/// Splits `src` into tokens and reports what is open at its end.
pub fn scan(src: &str) -> (Vec<Token>, EndState) {
    let (mut tokens, state) = Scanner { src, pos: 0, tokens: Vec::new(), depth: 0 }.run();
    classify_names(src, &mut tokens);
    (tokens, state)
}

/// Gives names their final kind: keywords, constants, builtins, soft
/// keywords at the start of a statement, and names after `def`/`class`.
fn classify_names(src: &str, tokens: &mut [Token]) {
    let significant: Vec<usize> = (0..tokens.len())
        .filter(|&i| !matches!(tokens[i].kind, Kind::Space | Kind::Comment | Kind::Continuation))
        .collect();
    for (n, &i) in significant.iter().enumerate() {
        if tokens[i].kind != Kind::Name {
            continue;
        }
        let word = &src[tokens[i].start..tokens[i].end];
        let prev = n.checked_sub(1).map(|p| tokens[significant[p]]);
        let next = significant.get(n + 1).map(|&j| tokens[j]);
        let prev_word = prev.map(|t| &src[t.start..t.end]);
        tokens[i].kind = if KEYWORDS.contains(&word) {
            Kind::Keyword
        } else if CONSTANTS.contains(&word) {
            Kind::Constant
        } else if matches!(prev_word, Some("def" | "class")) {
            Kind::Definition
        } else if SOFT_KEYWORDS.contains(&word)
            && prev.is_none_or(|t| t.kind == Kind::Newline || (t.kind == Kind::Op && prev_word == Some(";")))
            && next.is_some_and(|t| matches!(t.kind, Kind::Name | Kind::Number | Kind::String | Kind::Constant))
        {
            Kind::SoftKeyword
        } else if BUILTINS.contains(&word) && prev_word != Some(".") {
            Kind::Builtin
        } else {
            Kind::Name
        };
    }
}

/// True when the last significant token before `pos`, on the line that
/// holds `pos`, is a colon (comments and blanks are ignored).
pub fn line_ends_with_colon(src: &str, pos: usize) -> bool {
    let (tokens, _) = scan(&src[..pos]);
    for t in tokens.iter().rev() {
        match t.kind {
            Kind::Space | Kind::Comment => continue,
            Kind::Op => return &src[t.start..t.end] == ":",
            _ => return false,
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(src: &str) -> Vec<(Kind, &str)> {
        scan(src).0.into_iter().filter(|t| t.kind != Kind::Space).map(|t| (t.kind, &src[t.start..t.end])).collect()
    }

    #[test]
    fn tokens_of_a_line() {
        use Kind::*;
        assert_eq!(
            kinds("def f(x=1.5e-3): return 'a' # c"),
            vec![
                (Keyword, "def"),
                (Definition, "f"),
                (Open, "("),
                (Name, "x"),
                (Op, "="),
                (Number, "1.5e-3"),
                (Close, ")"),
                (Op, ":"),
                (Keyword, "return"),
                (String, "'a'"),
                (Comment, "# c"),
            ]
        );
        assert_eq!(kinds("print(rb'\\'x', None)")[..3], [(Builtin, "print"), (Open, "("), (String, "rb'\\'x'")]);
        assert_eq!(kinds("match x:")[0], (SoftKeyword, "match"));
        assert_eq!(kinds("match = 1")[0], (Name, "match"));
        assert_eq!(kinds("x.print")[2], (Name, "print"));
        assert_eq!(kinds("0xE+1")[..2], [(Number, "0xE"), (Op, "+")]);
    }

    #[test]
    fn end_state() {
        assert_eq!(scan("(1,\n").1, EndState { depth: 1, ..Default::default() });
        assert_eq!(scan("x = '''a\n\n").1, EndState { in_triple_string: true, ..Default::default() });
        assert_eq!(scan("x = '''a'''").1, EndState::default());
        assert_eq!(scan("x = 1 \\\n").1, EndState { continued: true, ..Default::default() });
        assert_eq!(scan("x = ')' # (\n").1, EndState::default());
        assert_eq!(scan("'unterminated\n").1, EndState::default());
    }

    #[test]
    fn colon_at_line_end() {
        assert!(line_ends_with_colon("if x:  # hi", 11));
        assert!(line_ends_with_colon("a\nfor i in y:", 13));
        assert!(!line_ends_with_colon("x = ':'", 7));
        assert!(!line_ends_with_colon("x = 1 # :", 9));
        assert!(!line_ends_with_colon("if x:\n", 6));
    }
}
