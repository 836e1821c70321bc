#!/usr/bin/env bash
# Instruction counts (valgrind --tool=callgrind) of pyk and CPython 3.13 on
# each benchmark, same run, with the ratio: stable where wall-clock timing
# is noisy. Not a test: counts are reported, never asserted.
# Usage: bench/icount.sh [bench.py ...]   (build first: cargo build --release)
set -euo pipefail
cd "$(dirname "$0")"
PYK=${PYK:-../target/release/pyk}
PY=${PYK_CPYTHON:-python3.13}
export PYENV_VERSION=${PYENV_VERSION:-3.13.0}
# String hashes are seeded per process: a fixed seed makes the counts
# repeatable (with random seeds they vary by a few per cent, dict probe
# lengths changing with the hashes).
export PYTHONHASHSEED=${PYTHONHASHSEED:-0}
command -v valgrind >/dev/null || { echo "skipped: valgrind not installed"; exit 0; }
have_py=1; "$PY" -c 'import sys; assert sys.version_info[:2] == (3, 13)' 2>/dev/null || have_py=0
[ $have_py = 0 ] || PY=$("$PY" -c 'import sys; print(sys.executable)')
count() { valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null | sed -n 's/.*Collected : \([0-9]*\).*/\1/p'; }
files=("$@"); [ ${#files[@]} -gt 0 ] || files=(attrs.py calls.py objects.py)
printf '%-14s %15s %15s %7s\n' benchmark "pyk instr" "CPython instr" ratio
for f in "${files[@]}"; do
  a=$(count "$PYK" "$f")
  if [ $have_py = 1 ]; then
    b=$(count "$PY" "$f")
    printf '%-14s %15s %15s %7.2f\n' "$f" "$a" "$b" "$(echo "scale=4; $a / $b" | bc)"
  else
    printf '%-14s %15s %15s %7s\n' "$f" "$a" "skipped" "-"
  fi
done
