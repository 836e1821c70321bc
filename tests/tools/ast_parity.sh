#!/bin/sh
# `_ast` parity over the installed CPython 3.13's Lib/ (not Lib/test): for
# every file CPython parses, does pyk's ast.dump(ast.parse(src),
# include_attributes=True) equal CPython's? Prints "ast parity: matching/total".
# Usage: tests/tools/ast_parity.sh [scratch-dir]   (after cargo build --release)
set -e
PY="${PYK_CPYTHON:-python3.13}"
export PYENV_VERSION="${PYENV_VERSION:-3.13.0}"
if ! command -v "$PY" >/dev/null 2>&1 || ! "$PY" -c 'import sys; assert sys.version_info[:2] == (3, 13)' 2>/dev/null; then
    echo "ast parity skipped: CPython 3.13 ($PY) not found"
    exit 0
fi
here="$(cd "$(dirname "$0")" && pwd)"
DIR="${1:-${TMPDIR:-/tmp}/pyk-ast-parity}"
if [ ! -f "$DIR/index.txt" ]; then
    "$PY" "$here/ast_parity.py" gen "$DIR"
fi
PYK="${PYK:-$here/../../target/release/pyk}"
exec "$PYK" "$here/ast_parity.py" check "$DIR"
