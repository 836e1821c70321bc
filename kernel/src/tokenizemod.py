# _tokenize for pyk: TokenizerIter, the tokenizer Lib/tokenize.py drives
# (generate_tokens, tokenize). Yields (type, string, start, end, line) as
# CPython's C tokenizer does with extra_tokens=True: operators as OP,
# COMMENT and NL tokens, f-strings as FSTRING_START/MIDDLE/END around the
# tokens of their replacement fields. Written from the token stream CPython
# produces; the source is read whole before the first token. With
# extra_tokens=False operators get their exact types, but CPython's other
# differences in that mode (what becomes of comments, DEDENT positions)
# are not reproduced: Lib/tokenize.py always passes True.

from token import (ENDMARKER, NAME, NUMBER, STRING, NEWLINE, INDENT, DEDENT, OP, COMMENT, NL,
                   FSTRING_START, FSTRING_MIDDLE, FSTRING_END, EXACT_TOKEN_TYPES)

_PREFIXES = {'', 'r', 'u', 'b', 'br', 'rb', 'f', 'fr', 'rf'}
_OPS3 = {op for op in EXACT_TOKEN_TYPES if len(op) == 3}
_OPS2 = {op for op in EXACT_TOKEN_TYPES if len(op) == 2}
_OPS1 = {op for op in EXACT_TOKEN_TYPES if len(op) == 1}


def _is_name_start(c):
    return c == '_' or c.isalpha() or (c > '\x7f' and c.isidentifier())


def _is_name_char(c):
    return c == '_' or c.isalnum() or (c > '\x7f' and ('a' + c).isidentifier())


class _Chars:
    # A non-ASCII source as a list of characters: pyk's str indexes by
    # walking its UTF-8, which makes offset-based scanning quadratic.
    def __init__(self, s):
        self.s = s
        self.c = list(s)

    def __len__(self):
        return len(self.c)

    def __iter__(self):
        return iter(self.c)

    def __getitem__(self, k):
        if isinstance(k, slice):
            return ''.join(self.c[k])
        return self.c[k]

    def startswith(self, p, i=0):
        return ''.join(self.c[i:i + len(p)]) == p

    def find(self, p, i=0):
        c = self.c
        for j in range(i, len(c)):
            if c[j] == p:
                return j
        return -1

    def endswith(self, p):
        return self.s.endswith(p)


class _Source:
    def __init__(self, text):
        self.text = text
        self.starts = [0]
        for i, c in enumerate(text):
            if c == '\n':
                self.starts.append(i + 1)
        if self.starts[-1] == len(text) and len(self.starts) > 1:
            self.starts.pop()
        self.rows = len(self.starts)

    def rowcol(self, offset):
        lo, hi = 0, len(self.starts) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.starts[mid] <= offset:
                lo = mid
            else:
                hi = mid - 1
        return lo + 1, offset - self.starts[lo]

    def line_end(self, row):
        # Offset just past physical line `row` (1-based), newline included.
        return self.starts[row] if row < len(self.starts) else len(self.text)

    def lines(self, r1, r2):
        if r1 > self.rows:
            return ''
        return self.text[self.starts[r1 - 1]:self.line_end(min(r2, self.rows))]


def _error(msg, src, offset, kind=SyntaxError):
    row, col = src.rowcol(min(offset, len(src.text)))
    text = src.lines(row, row).rstrip('\r\n') if offset < len(src.text) else None
    return kind(msg, ('<string>', row, col + 1, text, row, col + 1))


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
        if not text.isascii():
            text = _Chars(text)
        src = _Source(text)
        extra = self._extra

        def tok(kind, start, end, string=None):
            r1, c1 = src.rowcol(start)
            if end > start and kind not in (NEWLINE, NL):
                r2, c2 = src.rowcol(end)
            else:
                r2, c2 = r1, c1 + (end - start)
            if string is None:
                string = text[start:end]
            if kind == OP and not extra:
                kind = EXACT_TOKEN_TYPES.get(string, OP)
            return (kind, string, (r1, c1), (r2, c2), src.lines(r1, r2))

        n = len(text)
        pos = 0
        indents = [0]
        parens = []          # open brackets, and f-string markers
        fstrings = []        # stack of [quote, in_spec, brace_depth_at_field]
        at_line_start = True
        last_row = 0
        while True:
            if at_line_start and not parens and not fstrings:
                at_line_start = False
                # Indentation of a new logical line.
                col = 0
                p = pos
                while p < n and text[p] in ' \t\f':
                    if text[p] == ' ':
                        col += 1
                    elif text[p] == '\t':
                        col = (col // 8 + 1) * 8
                    else:
                        col = 0
                    p += 1
                if p >= n:
                    pos = p
                    break
                if text[p] in '#\r\n':
                    # A blank or comment-only line: no INDENT/DEDENT.
                    if text[p] == '#':
                        e = p
                        while e < n and text[e] not in '\r\n':
                            e += 1
                        if extra:
                            yield tok(COMMENT, p, e)
                        p = e
                    e = p
                    if text.startswith('\r\n', e):
                        e += 2
                    elif e < n:
                        e += 1
                    if extra:
                        if e == p:
                            r, c = src.rowcol(p) if p < n else (src.rows, len(src.lines(src.rows, src.rows)))
                            yield (NL, '', (r, c), (r, c + 1), src.lines(r, r))
                        else:
                            yield tok(NL, p, e)
                    pos = e
                    at_line_start = True
                    if pos >= n:
                        break
                    continue
                if col > indents[-1]:
                    indents.append(col)
                    yield tok(INDENT, pos, p)
                while col < indents[-1]:
                    indents.pop()
                    if col > indents[-1]:
                        raise _error('unindent does not match any outer indentation level', src, p, IndentationError)
                    r, c = src.rowcol(p)
                    yield (DEDENT, '', (r, c), (r, c), src.lines(r, r))
                pos = p
            if pos >= n:
                break
            if fstrings and (not fstrings[-1]['fields'] or fstrings[-1]['fields'][-1][1]):
                # Inside an f-string's literal text or a format spec.
                pos = yield from self._fstring_middle(text, src, pos, fstrings, parens, tok)
                continue
            c = text[pos]
            if c in ' \t\f':
                pos += 1
                continue
            if c == '#':
                e = pos
                while e < n and text[e] not in '\r\n':
                    e += 1
                if extra:
                    yield tok(COMMENT, pos, e)
                pos = e
                continue
            if c in '\r\n':
                e = pos + (2 if text.startswith('\r\n', pos) else 1)
                if parens or fstrings:
                    if extra:
                        yield tok(NL, pos, e)
                else:
                    yield tok(NEWLINE, pos, e)
                    at_line_start = True
                pos = e
                continue
            if c == '\\':
                if text.startswith('\\\n', pos) or text.startswith('\\\r\n', pos):
                    pos += 2 if text[pos + 1] == '\n' else 3
                    if pos >= n:
                        raise _error('unexpected EOF in multi-line statement', src, pos)
                    continue
                raise _error('unexpected character after line continuation character', src, pos)
            if _is_name_start(c):
                e = pos + 1
                while e < n and _is_name_char(text[e]):
                    e += 1
                word = text[pos:e]
                if e < n and text[e] in '\'"' and word.lower() in _PREFIXES:
                    pos = yield from self._string(text, src, pos, e, word.lower(), fstrings, parens, tok)
                    continue
                yield tok(NAME, pos, e)
                pos = e
                continue
            if c.isdigit() or (c == '.' and pos + 1 < n and text[pos + 1].isdigit()):
                e = self._number_end(text, pos)
                yield tok(NUMBER, pos, e)
                pos = e
                continue
            if c in '\'"':
                pos = yield from self._string(text, src, pos, pos, '', fstrings, parens, tok)
                continue
            frames = fstrings[-1]['fields'] if fstrings else None
            at_field_top = bool(frames) and len(parens) == frames[-1][0]
            op = text[pos:pos + 3]
            if at_field_top and c == ':':
                op = ':'  # a format spec starts here, even before '='
            elif op not in _OPS3:
                op = text[pos:pos + 2]
                if op not in _OPS2:
                    op = c
                    if op not in _OPS1 and not ('!' <= c <= '~'):
                        raise _error(f"invalid character '{c}' (U+{ord(c):04X})", src, pos)
            if at_field_top:
                # At the top level of a replacement field's expression.
                if op == '}':
                    yield tok(OP, pos, pos + 1)
                    pos += 1
                    parens.pop()
                    frames.pop()
                    continue
                if op in (':', '!'):
                    yield tok(OP, pos, pos + 1)
                    pos += 1
                    if op == ':':
                        frames[-1][1] = True
                    continue
            if op in '([{':
                parens.append(op)
            elif op in ')]}':
                if parens:
                    parens.pop()
            yield tok(OP, pos, pos + len(op))
            pos += len(op)
        # The end: a NEWLINE if the last logical line had no newline, then
        # DEDENTs and ENDMARKER.
        if fstrings:
            raise _error('unterminated f-string literal', src, n)
        if parens:
            raise _error('unexpected EOF in multi-line statement', src, n)
        if text and not text.endswith(('\n', '\r')) and not at_line_start:
            r = src.rows
            c = len(src.lines(r, r))
            yield (NEWLINE, '', (r, c), (r, c + 1), src.lines(r, r))
        end_row = src.rows + 1 if text else 1
        while len(indents) > 1:
            indents.pop()
            yield (DEDENT, '', (end_row, 0), (end_row, 0), '')
        yield (ENDMARKER, '', (end_row, 0), (end_row, 0), '')

    @staticmethod
    def _number_end(text, pos):
        n = len(text)
        e = pos
        low = text[pos:pos + 2].lower()
        if low in ('0x', '0o', '0b'):
            e = pos + 2
            digits = '0123456789abcdefABCDEF_' if low == '0x' else ('01234567_' if low == '0o' else '01_')
            while e < n and text[e] in digits:
                e += 1
            return e
        while e < n and (text[e].isdigit() or text[e] == '_'):
            e += 1
        if e < n and text[e] == '.':
            e += 1
            while e < n and (text[e].isdigit() or text[e] == '_'):
                e += 1
        if e < n and text[e] in 'eE' and (e + 1 < n and (text[e + 1].isdigit() or (text[e + 1] in '+-' and e + 2 < n and text[e + 2].isdigit()))):
            e += 2
            while e < n and (text[e].isdigit() or text[e] == '_'):
                e += 1
        if e < n and text[e] in 'jJ':
            e += 1
        return e

    def _string(self, text, src, start, qpos, prefix, fstrings, parens, tok):
        n = len(text)
        q = text[qpos]
        quote = q * 3 if text.startswith(q * 3, qpos) else q
        body = qpos + len(quote)
        if 'f' in prefix:
            yield tok(FSTRING_START, start, body)
            # fields: the open replacement fields, innermost last, each
            # [paren depth of its expression, in its format spec].
            fstrings.append({'quote': quote, 'raw': 'r' in prefix, 'fields': []})
            return body
        e = body
        while True:
            if e >= n:
                if len(quote) == 3:
                    raise _error(f'unterminated triple-quoted string literal (detected at line {src.rows})', src, start)
                r, _ = src.rowcol(start)
                raise _error(f'unterminated string literal (detected at line {r})', src, start)
            c = text[e]
            if c == '\\':
                e += 2
                continue
            if text.startswith(quote, e):
                e += len(quote)
                break
            if c == '\n' and len(quote) == 1:
                r, _ = src.rowcol(start)
                raise _error(f'unterminated string literal (detected at line {r})', src, start)
            e += 1
        yield tok(STRING, start, e)
        return e

    def _fstring_middle(self, text, src, pos, fstrings, parens, tok):
        # Literal text of the innermost f-string (or its format spec) from
        # pos: MIDDLE tokens, then '{' opening a field, '}' closing a spec,
        # or the closing quote.
        n = len(text)
        fs = fstrings[-1]
        quote, raw, frames = fs['quote'], fs['raw'], fs['fields']
        in_spec = bool(frames)
        start = pos
        buf = []
        e = pos
        while True:
            if e >= n:
                raise _error('unterminated f-string literal', src, start)
            c = text[e]
            if not in_spec and text.startswith(quote, e):
                if buf:
                    yield tok(FSTRING_MIDDLE, start, start + len(''.join(buf)), ''.join(buf))
                yield tok(FSTRING_END, e, e + len(quote))
                fstrings.pop()
                return e + len(quote)
            if c == '\n' and len(quote) == 1 and not in_spec:
                raise _error('unterminated f-string literal', src, start)
            if c in '{}':
                if not in_spec and text.startswith(c * 2, e):
                    buf.append(c)
                    s = ''.join(buf)
                    yield tok(FSTRING_MIDDLE, start, start + len(s), s)
                    buf = []
                    e += 2
                    start = e
                    continue
                s = ''.join(buf)
                if c == '}':
                    if in_spec:
                        yield tok(FSTRING_MIDDLE, start, e, s)
                        yield tok(OP, e, e + 1)
                        parens.pop()
                        frames.pop()
                        return e + 1
                    raise _error("f-string: single '}' is not allowed", src, e)
                if s:
                    yield tok(FSTRING_MIDDLE, start, e, s)
                yield tok(OP, e, e + 1)
                parens.append('{')
                frames.append([len(parens), False])
                return e + 1
            if c == '\\' and not raw and e + 1 < n:
                if text[e + 1] == 'N' and text.startswith('{', e + 2):
                    # A named escape: its braces are not a field.
                    close = text.find('}', e)
                    if close >= 0:
                        # CPython ends the MIDDLE token after the escape.
                        buf.append(text[e:close + 1])
                        s = ''.join(buf)
                        yield tok(FSTRING_MIDDLE, start, start + len(s), s)
                        buf = []
                        e = close + 1
                        start = e
                        continue
                buf.append(text[e:e + 2])
                e += 2
                continue
            if c == '\\' and raw and e + 1 < n and text[e + 1] in '\\\'"':
                # Raw: the backslash stays, but still keeps a quote from
                # ending the string.
                buf.append(text[e:e + 2])
                e += 2
                continue
            buf.append(c)
            e += 1
