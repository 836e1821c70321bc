"""Writes mutated snippets of the stdlib that CPython 3.13 rejects, with
CPython's error (kind, lineno, offset, end_lineno, end_offset, msg), for the
Rust error-parity test (PYK_ERROR_PARITY_DIR). Scratch output only.
Usage: error_parity.py OUT_DIR [COUNT [SEED]] (seed 1234 by default)."""
import ast, os, random, sys, sysconfig, warnings

warnings.simplefilter("ignore")
out = sys.argv[1]
count = int(sys.argv[2]) if len(sys.argv) > 2 else 3000
os.makedirs(out, exist_ok=True)
seed = int(sys.argv[3]) if len(sys.argv) > 3 else 1234
rng = random.Random(seed)
lib = sysconfig.get_paths()["stdlib"]
files = []
for d, _, fs in os.walk(lib):
    if "site-packages" in d or "test" in d:
        continue
    files += [os.path.join(d, f) for f in fs if f.endswith(".py")]
files.sort()
pieces = ["(", ")", "[", "]", "{", "}", ":", ",", "=", "\n", "    ", "'", '"', "f'{", "}", "\\", "*", "**",
          "lambda", "if", "else", "for", "in", "not", "is", "return", "yield", "await", "async", "def", "class",
          "import", "from", "as", "1", "x", ".", ";", "@", ":=", "->", "==", "+=", "del", "pass", "\t", "#"]
index = []
n = 0
tries = 0
while n < count and tries < count * 20:
    tries += 1
    path = rng.choice(files)
    try:
        lines = open(path, encoding="utf-8").read().splitlines(keepends=True)
    except Exception:
        continue
    starts = [i for i, l in enumerate(lines) if l[:1].isalpha()]
    if not starts:
        continue
    s = rng.choice(starts)
    src = "".join(lines[s:s + rng.randint(1, 25)])
    k = rng.randint(0, 2)
    p = rng.randint(0, len(src))
    if k == 0:
        src = src[:p] + rng.choice(pieces) + src[p:]
    elif k == 1:
        src = src[:p] + src[p + rng.randint(1, 6):]
    else:
        src = src[:p]
    try:
        ast.parse(src)
        continue
    except SyntaxError as e:
        end = e.end_offset if e.end_offset is not None else 0
        err = "\t".join(map(str, [type(e).__name__, e.lineno or 0, e.offset or 0, e.end_lineno or 0, end, e.msg]))
    except Exception:
        continue
    with open(os.path.join(out, f"{n}.py"), "w", encoding="utf-8", newline="") as f:
        f.write(src)
    with open(os.path.join(out, f"{n}.err"), "w", encoding="utf-8") as f:
        f.write(err)
    index.append(str(n))
    n += 1
with open(os.path.join(out, "index.txt"), "w") as f:
    f.write("\n".join(index) + "\n")
print(n, "cases")
