#!/usr/bin/env bash
# Benchmarks pyk against CPython 3.13 in the same run (alternating, median of
# N rounds) and prints ratios. Not a test: timings are reported, never asserted.
# Usage: bench/run.sh [rounds]      (build first: cargo build --release)
set -euo pipefail
cd "$(dirname "$0")"
N=${1:-5}
PYK=${PYK:-../target/release/pyk}
PY=${PYK_CPYTHON:-python3.13}
export PYENV_VERSION=${PYENV_VERSION:-3.13.0}
[ -x "$PYK" ] || { echo "build first: cargo build --release" >&2; exit 2; }
have_py=1; "$PY" -c 'import sys; assert sys.version_info[:2] == (3, 13)' 2>/dev/null || have_py=0
# Time the real interpreter, not a pyenv shim (a shell script that adds ~40 ms).
[ $have_py = 0 ] || PY=$("$PY" -c 'import sys; print(sys.executable)')

t() { # prints seconds taken by the command
  local s e; s=$(date +%s%N); "$@" >/dev/null; e=$(date +%s%N); echo "scale=4; ($e - $s) / 1000000000" | bc
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
row() { # name, then commands A and B separated by ::
  local name=$1; shift
  local a=() b=() seen=0
  for x in "$@"; do if [ "$x" = "::" ]; then seen=1; elif [ $seen = 0 ]; then a+=("$x"); else b+=("$x"); fi; done
  local ta=() tb=()
  for _ in $(seq "$N"); do ta+=("$(t "${a[@]}")"); tb+=("$(t "${b[@]}")"); done
  local ma mb; ma=$(printf '%s\n' "${ta[@]}" | median); mb=$(printf '%s\n' "${tb[@]}" | median)
  printf '%-34s %8.3fs %8.3fs   ratio %.2f\n' "$name" "$ma" "$mb" "$(echo "scale=4; $ma / $mb" | bc)"
}
printf '%-34s %9s %9s\n' "benchmark (median of $N)" "A" "B"
if [ $have_py = 1 ]; then
  row "loop.py: pyk (A) vs CPython (B)" "$PYK" loop.py :: "$PY" loop.py
  row "single.py: pyk (A) vs CPython (B)" "$PYK" single.py :: "$PY" single.py
  row "-c pass: pyk (A) vs CPython (B)" "$PYK" -c pass :: "$PY" -c pass
  row "calls.py: pyk (A) vs CPython (B)" "$PYK" calls.py :: "$PY" calls.py
  row "objects.py: pyk (A) vs CPython (B)" "$PYK" objects.py :: "$PY" objects.py
  row "attrs.py: pyk (A) vs CPython (B)" "$PYK" attrs.py :: "$PY" attrs.py
else
  echo "skipped: CPython 3.13 not found (set PYK_CPYTHON); pyk-only rows follow"
fi
row "threads2.py: --runtime ft (A) vs gil (B)" "$PYK" --runtime ft threads2.py :: "$PYK" --runtime gil threads2.py
