#!/bin/sh
# AST parity over the installed CPython 3.13's Lib/ (including Lib/test):
# every .py file CPython itself parses is dumped by CPython and by pyk's
# parser; the test prints "parity: matching/total".
# Usage: components/parser/tools/parity.sh [scratch-dir]
set -e
PY="${PYK_CPYTHON:-python3.13}"
export PYENV_VERSION="${PYENV_VERSION:-3.13.0}"
if ! command -v "$PY" >/dev/null 2>&1; then
    echo "parity skipped: $PY not found"
    exit 0
fi
DIR="${1:-${TMPDIR:-/tmp}/pyk-parity}"
here="$(cd "$(dirname "$0")" && pwd)"
if [ ! -f "$DIR/index.txt" ]; then
    "$PY" "$here/parity.py" "$DIR"
fi
cd "$here/../../.."
PYK_PARITY_DIR="$DIR" cargo test -p pyk-parser-std --release --lib stdlib_parity -- --nocapture
EDIR="${DIR}-errors"
if [ ! -f "$EDIR/index.txt" ]; then
    "$PY" "$here/error_parity.py" "$EDIR" 3000
fi
PYK_ERROR_PARITY_DIR="$EDIR" cargo test -p pyk-parser-std --release --lib error_parity -- --nocapture
