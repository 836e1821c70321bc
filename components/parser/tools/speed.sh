#!/bin/sh
# Parse time of the whole stdlib (the parity scratch directory written by
# parity.py) with pyk's parser (release) and with CPython 3.13's
# compile(src, path, 'exec', ast.PyCF_ONLY_AST) on the same files, same run.
# Usage: components/parser/tools/speed.sh [scratch-dir]
set -e
PY="${PYK_CPYTHON:-python3.13}"
export PYENV_VERSION="${PYENV_VERSION:-3.13.0}"
DIR="${1:-${TMPDIR:-/tmp}/pyk-parity}"
here="$(cd "$(dirname "$0")" && pwd)"
[ -f "$DIR/index.txt" ] || "$PY" "$here/parity.py" "$DIR"
"$PY" - "$DIR" <<'PYEOF'
import ast, os, sys, time
d = sys.argv[1]
total = 0.0
for line in open(os.path.join(d, "index.txt"), encoding="utf-8"):
    n, path = line.rstrip("\n").split("\t", 1)
    src = open(os.path.join(d, n + ".py"), encoding="utf-8").read()
    t = time.perf_counter()
    compile(src, path, "exec", ast.PyCF_ONLY_AST)
    total += time.perf_counter() - t
print(f"cpython: compile(..., PyCF_ONLY_AST) total {total:.3f}s")
PYEOF
cd "$here/../../.."
PYK_PARITY_DIR="$DIR" PYK_PARITY_SHOW=0 cargo test -q -p pyk-parser-std --release --lib stdlib_parity -- --nocapture | grep parity:
