# _tokenize for pyk: TokenizerIter, the iterator Lib/tokenize.py drives
# (generate_tokens, tokenize). The tokens come from the parser component
# through _tokens(source) (the kernel's binding of ParserMod::tokenize),
# as CPython's C tokenizer yields them with extra_tokens=True: operators as
# OP, COMMENT and NL tokens, f-strings as FSTRING_START/MIDDLE/END around
# the tokens of their replacement fields. The source is read whole before
# the first token. extra_tokens=False (what the tokenizer gives CPython's
# parser) asks the parser component for that mode's errors (it refuses
# what extra tokens let through: unmatched brackets, `2sin`, `012`); its
# tokens are derived from the same records: operators keep their exact
# types, COMMENT and NL tokens go, a NEWLINE is empty and zero-width (or
# carries the comment before it), INDENT/DEDENT/ENDMARKER are empty at
# column -1 of their line (trailing ones on the last line).


class TokenizerIter:
    '''Iterator over the tokens of the source that readline returns.'''

    def __init__(self, readline, *, extra_tokens, encoding=None):
        self._readline = readline
        self._extra = extra_tokens
        self._encoding = encoding
        self._gen = None

    def __iter__(self):
        return self

    def __next__(self):
        if self._gen is None:
            self._gen = self._tokens()
        return next(self._gen)

    def _read_all(self):
        parts = []
        while True:
            try:
                line = self._readline()
            except StopIteration:
                break
            if not line:
                break
            if self._encoding is not None and isinstance(line, (bytes, bytearray)):
                line = bytes(line).decode(self._encoding)
            elif not isinstance(line, str):
                raise TypeError(f'readline() returned a non-string object')
            parts.append(line)
        return ''.join(parts)

    def _tokens(self):
        text = self._read_all()
        tokens, error = _tokens(text, bool(self._extra))
        if self._extra:
            for kind, exact, string, start, end, line in tokens:
                yield (kind, string, start, end, line)
        else:
            yield from _parser_tokens(tokens, text)
        if error is not None:
            raise error


_ENDMARKER, _NEWLINE, _INDENT, _DEDENT, _COMMENT, _NL = 0, 4, 5, 6, 62, 63


def _parser_tokens(tokens, text):
    lines = text.count('\n') + (1 if text and not text.endswith('\n') else 0)
    comment = None
    for kind, exact, string, start, end, line in tokens:
        if kind == _COMMENT:
            comment = (string, start, end)
            continue
        if kind == _NL:
            comment = None
            continue
        if kind == _NEWLINE:
            if comment is not None and comment[1][0] == start[0]:
                string, start, end = comment
            else:
                string, end = '', start
        elif kind in (_INDENT, _DEDENT, _ENDMARKER):
            row = start[0] if start[0] <= lines else max(lines, 1)
            string, start = '', (row, -1)
            end = start
        comment = None
        yield (exact, string, start, end, line)
