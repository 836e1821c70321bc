# tokenize splits an f-string's FSTRING_MIDDLE after the brace that closes
# a \N{...} escape (not in raw f-strings) and after the first of a doubled
# brace, as CPython's tokenizer does.
import io
import tokenize

sources = [
    r"f'\N{BULLET}'",
    r"f'a\N{BULLET}b\N{EM DASH}'",
    r"rf'\N{BULLET}x'",
    r"f'\\N{x}'",
    r"f'{{\N{BULLET}}}'",
    r"f'x{y:\N{BULLET}}z'",
    "f'''\\N{BULLET}\n\\N{BULLET}'''",
    r"f'\N{BULLET}{x}\N{BULLET}'",
    r"f'é\N{BULLET}ü'",
]
for src in sources:
    print(repr(src))
    for tok in tokenize.generate_tokens(io.StringIO(src).readline):
        if tok.type in (tokenize.FSTRING_START, tokenize.FSTRING_MIDDLE, tokenize.FSTRING_END):
            print("   ", tokenize.tok_name[tok.type], repr(tok.string), tok.start, tok.end)
