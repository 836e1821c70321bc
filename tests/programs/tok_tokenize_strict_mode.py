# tokenize's C-tokenizer iterator without extra tokens (the parser's
# mode) refuses what the extra-tokens mode lets through: unmatched or
# mismatched brackets, names that are not identifiers, leading zeros and a
# name right after a number; both modes give the same tokens otherwise.
import io
import tokenize

sources = ["(1+2]", "]", "\u20ac = 1", "012", "2sin", "x = (\n1", "a = 1  # c\n", "if x:\n  y\n", "0x1_", "f'{a}'\n"]
for src in sources:
    for extra in (True, False):
        try:
            toks = tokenize._generate_tokens_from_c_tokenizer(io.StringIO(src).readline, extra_tokens=extra)
            print(repr(src), extra, [(tokenize.tok_name[t.type], t.string) for t in toks])
        except tokenize.TokenError as e:
            print(repr(src), extra, "TokenError", e.args)
