#!/usr/bin/env bash
# Regenerates the expected output of tests/programs/*.py from CPython 3.13.
# Usage: tests/gen-expected.sh [NAME.py ...]   (default: every program)
# Programs run with stdin from /dev/null, as the test harness runs them.
set -euo pipefail
cd "$(dirname "$0")/programs"
PY=${PYK_CPYTHON:-python3.13}
export PYENV_VERSION=${PYENV_VERSION:-3.13.0} PYTHONHASHSEED=0 LC_ALL=C.UTF-8
files=("$@")
[ ${#files[@]} -gt 0 ] || files=(*.py)
for f in "${files[@]}"; do
  stem=${f%.py}
  if head -1 "$f" | grep -q '^# args:'; then
    echo "skip $f (pyk-specific options; expectations written by hand)"; continue
  fi
  set +e
  "$PY" "$f" < /dev/null > "$stem.out.tmp" 2> "$stem.err.tmp"
  status=$?
  set -e
  sed "s#$PWD#{DIR}#g" "$stem.err.tmp" > "$stem.err"; rm -f "$stem.err.tmp"
  sed "s#$PWD#{DIR}#g" "$stem.out.tmp" > "$stem.out"; rm -f "$stem.out.tmp"
  [ -s "$stem.err" ] || rm -f "$stem.err"
  [ -s "$stem.out" ] || rm -f "$stem.out"
  if [ "$status" -ne 0 ]; then echo "$status" > "$stem.status"; else rm -f "$stem.status"; fi
done
