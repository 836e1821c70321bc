# sys.exit(arg): a tuple becomes the exception's arguments, None none; and
# PYTHONIOENCODING with an encoding and empty errors means strict ones.
import os
import subprocess
import sys

for a in [None, (), (42,), (1, 2), [3], 'x', 0]:
    try:
        sys.exit(a)
    except SystemExit as e:
        print(repr(a), repr(e), repr(e.code), e.args)

child = 'import sys; print(sys.stdin.errors, sys.stdout.errors, sys.stderr.errors, sys.stdout.encoding)'
for enc in ('iso8859-1:', ':', 'latin-1', ':ignore', 'utf-8:replace'):
    env = dict(os.environ, PYTHONIOENCODING=enc, LC_ALL='C')
    r = subprocess.run([sys.executable, '-c', child], env=env, capture_output=True, text=True)
    print(repr(enc), r.stdout.strip(), r.returncode)
