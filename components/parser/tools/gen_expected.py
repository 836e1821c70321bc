"""Regenerates the expected outputs of the parser's data-driven tests from
CPython 3.13: tests/valid/*.dump, tests/invalid/expected.txt and the
statuses of tests/complete.txt. Run from anywhere with python3.13."""
import ast, codeop, os, sys, warnings

warnings.simplefilter("ignore")
here = os.path.dirname(os.path.abspath(__file__))
tests = os.path.join(here, "..", "tests")

valid = os.path.join(tests, "valid")
for fn in sorted(os.listdir(valid)):
    if fn.endswith(".py"):
        src = open(os.path.join(valid, fn), encoding="utf-8", newline="").read()
        try:
            d = ast.dump(ast.parse(src), include_attributes=True)
        except SyntaxError as e:
            sys.exit(f"valid case {fn} does not parse: {e}")
        open(os.path.join(valid, fn[:-3] + ".dump"), "w", encoding="utf-8").write(d + "\n")

inv = os.path.join(tests, "invalid")
lines = []
texts = []

def escape(t):
    return t.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r")

for fn in sorted(os.listdir(inv)):
    if fn.endswith(".py"):
        src = open(os.path.join(inv, fn), encoding="utf-8", newline="").read()
        try:
            ast.parse(src)
            sys.exit(f"invalid case {fn} parses")
        except SyntaxError as e:
            end = e.end_offset if e.end_offset is not None else 0
            lines.append("\t".join(map(str, [fn[:-3], type(e).__name__, e.lineno or 0, e.offset or 0, e.end_lineno or 0, end, e.msg])))
            texts.append(fn[:-3] + "\t" + escape(e.text or ""))
        except (RecursionError, MemoryError) as e:
            pass
open(os.path.join(inv, "expected.txt"), "w", encoding="utf-8").write("\n".join(lines) + "\n")
# The error's text line (escaped: \\ \n \t \r), empty for None.
open(os.path.join(inv, "expected_text.txt"), "w", encoding="utf-8").write("\n".join(texts) + "\n")

def unescape(s):
    return s.replace("\\\\", "\0").replace("\\n", "\n").replace("\\t", "\t").replace("\\r", "\r").replace("\0", "\\")

comp = os.path.join(tests, "complete.txt")
out = []
for line in open(comp, encoding="utf-8").read().splitlines():
    if "\t" not in line:
        continue
    _, src = line.split("\t", 1)
    s = unescape(src)
    try:
        r = codeop.compile_command(s, "<input>", "single")
        status = "incomplete" if r is None else "complete"
    except (SyntaxError, ValueError, OverflowError):
        status = "error"
    out.append(f"{status}\t{src}")
open(comp, "w", encoding="utf-8").write("\n".join(out) + "\n")
print("ok")

# ast.parse(src, type_comments=True): the dump, or "error: kind line offset
# end_line end_offset msg" (an end offset of -1 as -1).
tcdir = os.path.join(tests, "type_comments")
for fn in sorted(os.listdir(tcdir)):
    if fn.endswith(".py"):
        src = open(os.path.join(tcdir, fn), encoding="utf-8", newline="").read()
        try:
            out = ast.dump(ast.parse(src, type_comments=True), include_attributes=True)
        except SyntaxError as e:
            end = e.end_offset if e.end_offset is not None else 0
            out = f"error: {type(e).__name__} {e.lineno} {e.offset} {e.end_lineno} {end} {e.msg}"
        open(os.path.join(tcdir, fn[:-3] + ".dump"), "w", encoding="utf-8").write(out + "\n")

# Tokens as tokenize.generate_tokens yields them (CPython's C tokenizer with
# extra tokens): type, exact type, start, end, string and line.
import io, tokenize
tokdir = os.path.join(tests, "tokenize")
for fn in sorted(os.listdir(tokdir)):
    if fn.endswith(".py"):
        src = open(os.path.join(tokdir, fn), encoding="utf-8", newline="").read()
        rows = []
        for t in tokenize.generate_tokens(io.StringIO(src).readline):
            rows.append(f"{t.type} {t.exact_type} {t.start[0]} {t.start[1]} {t.end[0]} {t.end[1]} {t.string!r} {t.line!r}")
        open(os.path.join(tokdir, fn[:-3] + ".tokens"), "w", encoding="utf-8").write("\n".join(rows) + "\n")

# Tokenizer errors (tests/tokenize_errors.txt): each line is a mode (extra:
# extra_tokens=True, as tokenize.generate_tokens; strict: extra_tokens=False)
# and an escaped source; the expected part after " => " is the number of
# tokens yielded before the error and the SyntaxError _tokenize raised
# (type, lineno, offset, end_lineno, end_offset, repr(msg)), or "ok".
import _tokenize
errs = os.path.join(tests, "tokenize_errors.txt")
out = []
for line in open(errs, encoding="utf-8").read().splitlines():
    if not line.strip() or line.startswith("#"):
        out.append(line)
        continue
    case = line.split(" => ")[0]
    mode, src = case.split("\t", 1)
    n, res = 0, "ok"
    try:
        for _ in _tokenize.TokenizerIter(io.StringIO(unescape(src)).readline, extra_tokens=(mode == "extra")):
            n += 1
    except SyntaxError as e:
        res = f"{type(e).__name__} {e.lineno} {e.offset} {e.end_lineno} {e.end_offset} {e.msg!r}"
    out.append(f"{case} => {n} {res}")
open(errs, "w", encoding="utf-8").write("\n".join(out) + "\n")
