# _codecs for pyk: the codec and error-handler registries, and the codec
# functions Lib/encodings/*.py call. The byte loops are the Rust builtins
# _decode_chunk, _encode_chunk and _charmap_decode_chunk (codecsmod.rs); this
# file checks arguments, runs the error handlers and resumes after them.

_search_path = []
_cache = {}
_handlers = {}


def _normalize(encoding):
    # Lower-case ASCII letters, digits and dots; every run of anything else
    # becomes one underscore between them (CPython's normalization).
    out = []
    punct = False
    for ch in encoding:
        if ch.isascii() and (ch.isalnum() or ch == '.'):
            if punct and out:
                out.append('_')
            out.append(ch.lower())
            punct = False
        else:
            punct = True
    return ''.join(out)


def register(search_function, /):
    """Register a codec search function."""
    if not callable(search_function):
        raise TypeError('argument must be callable')
    _search_path.append(search_function)


def unregister(search_function, /):
    """Unregister a codec search function and clear the registry's cache."""
    for i, f in enumerate(_search_path):
        if f is search_function:
            del _search_path[i]
            _cache.clear()
            return


def lookup(encoding, /):
    """Looks up a codec tuple in the Python codec registry and returns a CodecInfo object."""
    if not isinstance(encoding, str):
        raise TypeError(f'lookup() argument must be str, not {type(encoding).__name__}')
    norm = _normalize(encoding)
    try:
        return _cache[norm]
    except KeyError:
        pass
    if not _search_path:
        import encodings
        if not _search_path:
            raise LookupError("no codec search functions registered: can't find encoding")
    for func in list(_search_path):
        result = func(norm)
        if result is None:
            continue
        if not isinstance(result, tuple) or len(result) != 4:
            raise TypeError('codec search functions must return 4-tuples')
        _cache[norm] = result
        return result
    raise LookupError(f'unknown encoding: {encoding}')


def _forget_codec(encoding, /):
    """Purge the named codec from the internal codec lookup cache"""
    _cache.pop(_normalize(encoding), None)


# The names str.encode and bytes.decode serve with their own built-in
# codecs in CPython (lower-cased, '_' read as '-'): their errors carry no
# "... codec failed" note.
_BUILTIN_TEXT_CODECS = frozenset(('utf-8', 'utf8', 'utf-16', 'utf16', 'utf-32', 'utf32', 'latin1', 'latin-1',
                                  'iso-8859-1', 'iso8859-1', 'ascii', 'us-ascii'))


def _run(info, index, obj, encoding, errors, what, note=True):
    try:
        result = info[index](obj, errors)
    except Exception as e:
        if note:
            e.add_note(f"{what} with {encoding!r} codec failed")
        raise
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError(f'{"encoder" if index == 0 else "decoder"} must return a tuple (object, integer)')
    return result[0]


def encode(obj, encoding='utf-8', errors='strict'):
    """Encodes obj using the codec registered for encoding."""
    return _run(lookup(encoding), 0, obj, encoding, errors, 'encoding')


def decode(obj, encoding='utf-8', errors='strict'):
    """Decodes obj using the codec registered for encoding."""
    return _run(lookup(encoding), 1, obj, encoding, errors, 'decoding')


def _text_codec(encoding, alternative):
    info = lookup(encoding)
    if not getattr(info, '_is_text_encoding', True):
        raise LookupError(f"{encoding!r} is not a text encoding; use codecs.{alternative}() to handle arbitrary codecs")
    return info


def _encode_text(s, encoding, errors):
    # str.encode for what the kernel's fast path does not know.
    note = encoding.lower().replace('_', '-') not in _BUILTIN_TEXT_CODECS
    v = _run(_text_codec(encoding, 'encode'), 0, s, encoding, errors, 'encoding', note)
    if isinstance(v, bytearray):
        return bytes(v)
    if not isinstance(v, bytes):
        raise TypeError(f"{encoding!r} encoder returned {type(v).__name__!r} instead of 'bytes'; use codecs.encode() to encode to arbitrary types")
    return v


def _decode_text(b, encoding, errors):
    # bytes.decode for what the kernel's fast path does not know.
    note = encoding.lower().replace('_', '-') not in _BUILTIN_TEXT_CODECS
    v = _run(_text_codec(encoding, 'decode'), 1, b, encoding, errors, 'decoding', note)
    if not isinstance(v, str):
        raise TypeError(f"{encoding!r} decoder returned {type(v).__name__!r} instead of 'str'; use codecs.decode() to decode to arbitrary types")
    return v


# --- error handlers --------------------------------------------------------

def register_error(errors, handler, /):
    """Register the specified error handler under the name errors."""
    if not isinstance(errors, str):
        raise TypeError(f'register_error() argument 1 must be str, not {type(errors).__name__}')
    if not callable(handler):
        raise TypeError('handler must be callable')
    _handlers[errors] = handler


def lookup_error(name, /):
    """lookup_error(errors) -> handler"""
    if not isinstance(name, str):
        raise TypeError(f'lookup_error() argument must be str, not {type(name).__name__}')
    try:
        return _handlers[name]
    except KeyError:
        raise LookupError(f"unknown error handler name '{name}'") from None


def _cannot(exc):
    if not isinstance(exc, BaseException):
        return TypeError('codec must pass exception instance')
    return TypeError(f"don't know how to handle {type(exc).__name__} in error callback")


def _escape(c):
    o = ord(c)
    if o < 0x100:
        return f'\\x{o:02x}'
    if o < 0x10000:
        return f'\\u{o:04x}'
    return f'\\U{o:08x}'


def strict_errors(exc, /):
    """Implements the 'strict' error handling, which raises a UnicodeError on coding errors."""
    if isinstance(exc, BaseException):
        raise exc
    raise TypeError('codec must pass exception instance')


def ignore_errors(exc, /):
    """Implements the 'ignore' error handling, which ignores malformed data and continues."""
    if isinstance(exc, (UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError)):
        return ('', exc.end)
    raise _cannot(exc)


def replace_errors(exc, /):
    """Implements the 'replace' error handling, which replaces malformed data with a replacement marker."""
    if isinstance(exc, UnicodeEncodeError):
        return ('?' * (exc.end - exc.start), exc.end)
    if isinstance(exc, UnicodeDecodeError):
        return ('\ufffd', exc.end)
    if isinstance(exc, UnicodeTranslateError):
        return ('\ufffd' * (exc.end - exc.start), exc.end)
    raise _cannot(exc)


def xmlcharrefreplace_errors(exc, /):
    """Implements the 'xmlcharrefreplace' error handling, which replaces an unencodable character with the appropriate XML character reference."""
    if isinstance(exc, UnicodeEncodeError):
        return (''.join(f'&#{ord(c)};' for c in exc.object[exc.start:exc.end]), exc.end)
    raise _cannot(exc)


def backslashreplace_errors(exc, /):
    """Implements the 'backslashreplace' error handling, which replaces malformed data with a backslashed escape sequence."""
    if isinstance(exc, (UnicodeEncodeError, UnicodeTranslateError)):
        return (''.join(_escape(c) for c in exc.object[exc.start:exc.end]), exc.end)
    if isinstance(exc, UnicodeDecodeError):
        return (''.join(f'\\x{b:02x}' for b in exc.object[exc.start:exc.end]), exc.end)
    raise _cannot(exc)


def namereplace_errors(exc, /):
    """Implements the 'namereplace' error handling, which replaces an unencodable character with a \\N{...} escape sequence."""
    if isinstance(exc, UnicodeEncodeError):
        # Character names come from unicodedata, which pyk does not have
        # yet: this import raises until it does.
        import unicodedata
        out = []
        for c in exc.object[exc.start:exc.end]:
            name = unicodedata.name(c, None)
            out.append(_escape(c) if name is None else '\\N{' + name + '}')
        return (''.join(out), exc.end)
    raise _cannot(exc)


def surrogateescape_errors(exc, /):
    """Implements the 'surrogateescape' error handling: undecodable bytes become lone surrogates U+DC80..U+DCFF, which encode back to the same bytes."""
    if isinstance(exc, UnicodeDecodeError):
        data = exc.object
        out = []
        pos = exc.start
        while pos < exc.end and len(out) < 4 and data[pos] >= 0x80:
            out.append(chr(0xDC00 + data[pos]))
            pos += 1
        if not out:
            raise exc
        return (''.join(out), pos)
    if isinstance(exc, UnicodeEncodeError):
        out = bytearray()
        for c in exc.object[exc.start:exc.end]:
            o = ord(c)
            if not 0xDC80 <= o <= 0xDCFF:
                raise exc
            out.append(o - 0xDC00)
        return (bytes(out), exc.end)
    raise _cannot(exc)


def _surrogatepass_form(encoding):
    # (unit width, byte order) of the UTF the error came from; None for others.
    e = encoding.lower().replace('_', '-')
    if e in ('utf-8', 'utf8'):
        return (1, None)
    for width in (16, 32):
        base = f'utf-{width}'
        if e in (base, f'utf{width}'):
            return (width // 8, 'little')
        for order, name in (('le', 'little'), ('be', 'big')):
            if e in (f'{base}-{order}', f'utf{width}{order}', f'{base}{order}'):
                return (width // 8, name)
    return None


def surrogatepass_errors(exc, /):
    """Implements the 'surrogatepass' error handling: lone surrogates are encoded and decoded as if they were ordinary code points (UTF-8, UTF-16 and UTF-32 only)."""
    if isinstance(exc, UnicodeEncodeError):
        form = _surrogatepass_form(exc.encoding)
        if form is None:
            raise exc
        width, order = form
        out = bytearray()
        for c in exc.object[exc.start:exc.end]:
            o = ord(c)
            if not 0xD800 <= o <= 0xDFFF:
                raise exc
            if width == 1:
                out += bytes((0xE0 | (o >> 12), 0x80 | ((o >> 6) & 0x3F), 0x80 | (o & 0x3F)))
            else:
                out += o.to_bytes(width, order)
        return (bytes(out), exc.end)
    if isinstance(exc, UnicodeDecodeError):
        form = _surrogatepass_form(exc.encoding)
        if form is None:
            raise exc
        width, order = form
        data = exc.object
        p = exc.start
        if width == 1:
            b = data[p:p + 3]
            if len(b) == 3 and b[0] & 0xF0 == 0xE0 and b[1] & 0xC0 == 0x80 and b[2] & 0xC0 == 0x80:
                o = ((b[0] & 0x0F) << 12) | ((b[1] & 0x3F) << 6) | (b[2] & 0x3F)
            else:
                o = 0
            n = 3
        else:
            b = data[p:p + width]
            o = int.from_bytes(b, order) if len(b) == width else 0
            n = width
        if not 0xD800 <= o <= 0xDFFF:
            raise exc
        return (chr(o), p + n)
    raise _cannot(exc)


for _n, _f in (('strict', strict_errors), ('ignore', ignore_errors), ('replace', replace_errors),
               ('xmlcharrefreplace', xmlcharrefreplace_errors), ('backslashreplace', backslashreplace_errors),
               ('namereplace', namereplace_errors), ('surrogateescape', surrogateescape_errors),
               ('surrogatepass', surrogatepass_errors)):
    _handlers[_n] = _f
del _n, _f


# --- the drivers -----------------------------------------------------------

def _errors_arg(fname, errors):
    if errors is None:
        return 'strict'
    if not isinstance(errors, str):
        raise TypeError(f'{fname}() argument 2 must be str or None, not {type(errors).__name__}')
    return errors


def _data_arg(fname, data):
    if isinstance(data, bytes):
        return data
    if isinstance(data, (bytearray, memoryview)):
        return bytes(data)
    raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'")


def _str_arg(fname, s):
    if not isinstance(s, str):
        raise TypeError(f'{fname}() argument 1 must be str, not {type(s).__name__}')
    return s


def _handle(errors, exc, decoding, length):
    handler = lookup_error(errors)
    res = handler(exc)
    kinds = str if decoding else (str, bytes)
    if not isinstance(res, tuple) or len(res) != 2 or not isinstance(res[0], kinds) or not isinstance(res[1], int):
        if decoding:
            raise TypeError('decoding error handler must return (str, int) tuple')
        raise TypeError('encoding error handler must return (str/bytes, int) tuple')
    rep, pos = res
    if pos < 0:
        pos += length
    if not 0 <= pos <= length:
        raise IndexError(f'position {res[1]} from error handler out of bounds')
    return rep, pos


def _decode(kind, name, data, errors, final, start=0):
    parts = []
    while True:
        text, stop, end, reason = _decode_chunk(kind, data, start, final)
        parts.append(text)
        if reason is None:
            return ''.join(parts), stop
        exc = UnicodeDecodeError(name, data, stop, end, reason)
        if errors == 'strict':
            raise exc
        rep, start = _handle(errors, exc, True, len(data))
        parts.append(rep)


def _encode(kind, name, s, errors):
    parts = []
    start = 0
    while True:
        out, stop, end, reason = _encode_chunk(kind, s, start)
        parts.append(out)
        if reason is None:
            return b''.join(parts)
        exc = UnicodeEncodeError(name, s, stop, end, reason)
        if errors == 'strict':
            raise exc
        rep, start = _handle(errors, exc, False, len(s))
        if isinstance(rep, str):
            enc, _, _, bad = _encode_chunk(kind, rep, 0)
            if bad is not None:
                raise exc
            rep = enc
        elif kind.startswith(('utf-16', 'utf-32')) and len(rep) % (2 if kind.startswith('utf-16') else 4):
            # Bytes from a handler must be whole code units (CPython's rule).
            raise exc
        parts.append(rep)


def _simple_decoder(kind, name, fname, has_final, final_default=False):
    if has_final:
        def dec(data, errors=None, final=final_default, /):
            if kind in ('unicode-escape', 'raw-unicode-escape') and isinstance(data, str):
                data = data.encode('utf-8')
            data = _data_arg(fname, data)
            return _decode(kind, name, data, _errors_arg(fname, errors), bool(final))
    else:
        def dec(data, errors=None, /):
            data = _data_arg(fname, data)
            return _decode(kind, name, data, _errors_arg(fname, errors), True)
    dec.__name__ = dec.__qualname__ = fname
    return dec


def _simple_encoder(kind, name, fname):
    def enc(str, errors=None, /):
        s = _str_arg(fname, str)
        return _encode(kind, name, s, _errors_arg(fname, errors)), len(s)
    enc.__name__ = enc.__qualname__ = fname
    return enc


utf_8_decode = _simple_decoder('utf-8', 'utf-8', 'utf_8_decode', True)
utf_8_encode = _simple_encoder('utf-8', 'utf-8', 'utf_8_encode')
utf_16_le_decode = _simple_decoder('utf-16-le', 'utf-16-le', 'utf_16_le_decode', True)
utf_16_le_encode = _simple_encoder('utf-16-le', 'utf-16-le', 'utf_16_le_encode')
utf_16_be_decode = _simple_decoder('utf-16-be', 'utf-16-be', 'utf_16_be_decode', True)
utf_16_be_encode = _simple_encoder('utf-16-be', 'utf-16-be', 'utf_16_be_encode')
utf_32_le_decode = _simple_decoder('utf-32-le', 'utf-32-le', 'utf_32_le_decode', True)
utf_32_le_encode = _simple_encoder('utf-32-le', 'utf-32-le', 'utf_32_le_encode')
utf_32_be_decode = _simple_decoder('utf-32-be', 'utf-32-be', 'utf_32_be_decode', True)
utf_32_be_encode = _simple_encoder('utf-32-be', 'utf-32-be', 'utf_32_be_encode')
latin_1_decode = _simple_decoder('latin-1', 'latin-1', 'latin_1_decode', False)
latin_1_encode = _simple_encoder('latin-1', 'latin-1', 'latin_1_encode')
ascii_decode = _simple_decoder('ascii', 'ascii', 'ascii_decode', False)
ascii_encode = _simple_encoder('ascii', 'ascii', 'ascii_encode')
unicode_escape_decode = _simple_decoder('unicode-escape', 'unicodeescape', 'unicode_escape_decode', True, True)
unicode_escape_encode = _simple_encoder('unicode-escape', 'unicodeescape', 'unicode_escape_encode')
raw_unicode_escape_decode = _simple_decoder('raw-unicode-escape', 'rawunicodeescape', 'raw_unicode_escape_decode', True, True)
raw_unicode_escape_encode = _simple_encoder('raw-unicode-escape', 'rawunicodeescape', 'raw_unicode_escape_encode')
utf_7_decode = _simple_decoder('utf-7', 'utf7', 'utf_7_decode', True)
utf_7_encode = _simple_encoder('utf-7', 'utf7', 'utf_7_encode')


def _bom_encoder(width, fname):
    le, be, name = (('utf-16-le', 'utf-16-be', 'utf-16') if width == 2 else ('utf-32-le', 'utf-32-be', 'utf-32'))
    bom = '\ufeff'

    def enc(str, errors=None, byteorder=0, /):
        s = _str_arg(fname, str)
        errors = _errors_arg(fname, errors)
        if byteorder == 0:
            return _encode(le, name, bom, errors) + _encode(le, name, s, errors), len(s)
        return _encode(le if byteorder < 0 else be, name, s, errors), len(s)
    enc.__name__ = enc.__qualname__ = fname
    return enc


def _bom_decode(width, fname, data, errors, byteorder, final):
    le, be, name = (('utf-16-le', 'utf-16-be', 'utf-16') if width == 2 else ('utf-32-le', 'utf-32-be', 'utf-32'))
    data = _data_arg(fname, data)
    errors = _errors_arg(fname, errors)
    start = 0
    if byteorder == 0:
        if len(data) < width and not final:
            return '', 0, 0
        head = data[:width]
        if head == (b'\xff\xfe' if width == 2 else b'\xff\xfe\x00\x00'):
            byteorder, start = -1, width
        elif head == (b'\xfe\xff' if width == 2 else b'\x00\x00\xfe\xff'):
            byteorder, start = 1, width
    # CPython names the byte order in decoding errors ('utf-16-le').
    kind = be if byteorder > 0 else le
    text, consumed = _decode(kind, kind, data, errors, bool(final), start)
    return text, consumed, byteorder


def _bom_decoders(width, prefix):
    def ex_decode(data, errors=None, byteorder=0, final=False, /):
        return _bom_decode(width, prefix + '_ex_decode', data, errors, byteorder, final)

    def decode(data, errors=None, final=False, /):
        text, consumed, _ = _bom_decode(width, prefix + '_decode', data, errors, 0, final)
        return text, consumed
    ex_decode.__name__ = ex_decode.__qualname__ = prefix + '_ex_decode'
    decode.__name__ = decode.__qualname__ = prefix + '_decode'
    return ex_decode, decode


utf_16_encode = _bom_encoder(2, 'utf_16_encode')
utf_32_encode = _bom_encoder(4, 'utf_32_encode')
utf_16_ex_decode, utf_16_decode = _bom_decoders(2, 'utf_16')
utf_32_ex_decode, utf_32_decode = _bom_decoders(4, 'utf_32')


def readbuffer_encode(data, errors=None, /):
    if isinstance(data, str):
        data = data.encode('utf-8')
    data = _data_arg('readbuffer_encode', data)
    return data, len(data)


# --- charmap ---------------------------------------------------------------

def charmap_build(map, /):
    if not isinstance(map, str):
        raise TypeError(f'charmap_build() argument must be str, not {type(map).__name__}')
    table = {}
    for i, c in enumerate(map):
        if c != '\ufffe':
            table[ord(c)] = i
    return table


def _charmap_lookup_dec(mapping, b):
    try:
        v = mapping[b]
    except LookupError:
        return None
    if v is None or isinstance(v, str):
        return v if v != '\ufffe' else None
    if isinstance(v, int):
        if not 0 <= v < 0x110000:
            raise TypeError('character mapping must be in range(0x110000)')
        return chr(v)
    raise TypeError('character mapping must return integer, None or str')


def charmap_decode(data, errors=None, mapping=None, /):
    data = _data_arg('charmap_decode', data)
    errors = _errors_arg('charmap_decode', errors)
    if mapping is None:
        return _decode('latin-1', 'latin-1', data, errors, True)
    parts = []
    start = 0
    n = len(data)
    while True:
        if isinstance(mapping, str):
            text, stop, end, reason = _charmap_decode_chunk(data, start, mapping)
            parts.append(text)
        else:
            stop = n
            reason = None
            for i in range(start, n):
                c = _charmap_lookup_dec(mapping, data[i])
                if c is None:
                    stop, end, reason = i, i + 1, 'character maps to <undefined>'
                    break
                parts.append(c)
        if reason is None:
            return ''.join(parts), n
        exc = UnicodeDecodeError('charmap', data, stop, end, reason)
        if errors == 'strict':
            raise exc
        rep, start = _handle(errors, exc, True, n)
        parts.append(rep)


def _charmap_lookup_enc(mapping, c):
    try:
        v = mapping[ord(c)]
    except LookupError:
        return None
    if v is None:
        return None
    if isinstance(v, int):
        if not 0 <= v < 256:
            raise TypeError('character mapping must be in range(256)')
        return bytes((v,))
    if isinstance(v, bytes):
        return v
    raise TypeError(f'character mapping must return integer, bytes or None, not {type(v).__name__}')


def charmap_encode(str, errors=None, mapping=None, /):
    s = _str_arg('charmap_encode', str)
    errors = _errors_arg('charmap_encode', errors)
    if mapping is None:
        return _encode('latin-1', 'latin-1', s, errors), len(s)
    out = []
    i = 0
    n = len(s)
    while i < n:
        b = _charmap_lookup_enc(mapping, s[i])
        if b is not None:
            out.append(b)
            i += 1
            continue
        j = i + 1
        while j < n and _charmap_lookup_enc(mapping, s[j]) is None:
            j += 1
        exc = UnicodeEncodeError('charmap', s, i, j, 'character maps to <undefined>')
        if errors == 'strict':
            raise exc
        rep, i = _handle(errors, exc, False, n)
        if isinstance(rep, bytes):
            out.append(rep)
        else:
            for c in rep:
                b = _charmap_lookup_enc(mapping, c)
                if b is None:
                    raise exc
                out.append(b)
    return b''.join(out), n


class _builtin:
    # The codec functions are called through class attributes
    # (`encode = codecs.latin_1_encode` in Lib/encodings), where a Python
    # function would bind its first argument; builtins do not, and neither
    # does this wrapper.
    def __init__(self, f):
        self._f = f
        self.__name__ = self.__qualname__ = f.__name__
        self.__doc__ = f.__doc__

    def __call__(self, /, *args, **kwargs):
        return self._f(*args, **kwargs)

    def __repr__(self):
        return f'<built-in function {self.__name__}>'

    def __reduce__(self):
        return self.__name__


for _n, _v in list(globals().items()):
    if not _n.startswith('__') and type(_v) is type(_normalize) and not _n.startswith('_') or _n == '_forget_codec':
        globals()[_n] = _builtin(_v)
for _n in list(_handlers):
    _handlers[_n] = globals()[_handlers[_n].__name__]
del _n, _v
