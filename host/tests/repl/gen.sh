#!/usr/bin/env bash
# Regenerates the expected output of the piped console cases (NAME.in) from
# CPython 3.13: `python3.13 -i -q < NAME.in`, stdout to NAME.out, stderr to
# NAME.err, the exit status to NAME.status.
set -euo pipefail
cd "$(dirname "$0")"
PY=${PYK_CPYTHON:-python3.13}
export PYENV_VERSION=${PYENV_VERSION:-3.13.0}
for f in ${@:-*.in}; do
  stem=${f%.in}
  set +e
  "$PY" -i -q < "$f" > "$stem.out" 2> "$stem.err"
  echo $? > "$stem.status"
  set -e
done
