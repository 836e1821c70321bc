# PYTHONIOENCODING, PYTHONUTF8 and -X utf8 as seen by a child interpreter:
# the standard streams' encoding and errors, the bytes they write and read,
# sys.flags.utf8_mode and the defaults that follow from it.
import os
import subprocess
import sys

CHILD = r'''
import io, locale, sys
print([(s.encoding, s.errors) for s in (sys.stdin, sys.stdout, sys.stderr)])
print(sys.flags.utf8_mode, locale.getpreferredencoding(), io.text_encoding(None))
print(repr(sys.stdout).split(' ', 1)[1])
sys.stdout.flush()
print('caf\xe9 \u20ac', 'x\udcff')
sys.stdout.flush()
print('err \xe9\u20ac \udcff', file=sys.stderr)
line = sys.stdin.readline()
print(ascii(line), len(line))
'''


def run(env_extra, *opts, data=b'r\xc3\xa9\xe9\n'):
    env = {k: v for k, v in os.environ.items() if not k.startswith(('PYTHONIOENCODING', 'PYTHONUTF8', 'LC_', 'LANG'))}
    env['LC_ALL'] = 'C.UTF-8'
    env.update(env_extra)
    p = subprocess.run([sys.executable, *opts, '-c', CHILD], env=env, input=data, capture_output=True)
    print('--', env_extra, opts, p.returncode)
    for line in p.stdout.splitlines():
        print('  out', line)
    err = p.stderr.splitlines()
    for line in err[-1:]:
        print('  err', line)


run({})
run({'PYTHONIOENCODING': 'latin-1:replace'})
run({'PYTHONIOENCODING': ':surrogateescape'})
run({'PYTHONIOENCODING': 'ascii:backslashreplace'})
run({'PYTHONIOENCODING': 'utf-8:strict'})
run({'PYTHONIOENCODING': 'UTF8:ignore'})
run({'PYTHONIOENCODING': 'latin-1:ignore'}, '-E')
run({}, '-X', 'utf8')
run({}, '-X', 'utf8=0')
run({'PYTHONUTF8': '1'})
run({'PYTHONUTF8': '0'})
run({'PYTHONUTF8': '1'}, '-X', 'utf8=0')
run({'LC_ALL': 'C'})
run({'LC_ALL': 'C', 'PYTHONIOENCODING': 'cp1252'})
