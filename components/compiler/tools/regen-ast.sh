#!/bin/sh
# Regenerates tests/cases/*.ast from the .py sources with CPython 3.13's parser.
# A file whose first line is `# mode: eval` / `# mode: single` uses that mode.
set -e
cd "$(dirname "$0")/.."
for f in tests/cases/*.py; do
    mode=$(sed -n '1s/^# mode: *//p' "$f")
    PYENV_VERSION=3.13.0 python3.13 tools/py2ast.py "$f" "${f%.py}.ast" --mode "${mode:-exec}"
done
