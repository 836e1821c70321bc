# PEP 597 (-X warn_default_encoding): open(), TextIOWrapper() and
# io.text_encoding() without an encoding warn at the caller; -X dev checks
# open()'s errors at once; an unclosed file's ResourceWarning points at the
# line that dropped it; linecache knows the -c program.
import subprocess
import sys

code = '''
import io, pathlib, sys
print(sys.flags.warn_default_encoding)
open(sys.argv[1]).close()
io.TextIOWrapper(open(sys.argv[1], 'rb')).close()
open(sys.argv[1], encoding='utf-8').close()
open(sys.argv[1], 'rb').close()
pathlib.Path(sys.argv[1]).read_text()
print(io.text_encoding(None), io.text_encoding('latin-1'))
'''
for opts in (['-X', 'warn_default_encoding'], []):
    r = subprocess.run([sys.executable, *opts, '-c', code, __file__], capture_output=True, text=True)
    print(opts, r.returncode)
    print(r.stdout, end='')
    print(r.stderr, end='')

dev = '''
try:
    open(__import__('sys').argv[1], errors='no-such-handler')
except LookupError as e:
    print('LookupError', e)
def f():
    open(__import__('sys').argv[1])
f()
x = open(__import__('sys').argv[1])
del x
'''
r = subprocess.run([sys.executable, '-X', 'dev', '-c', dev, __file__], capture_output=True, text=True)
print(r.returncode)
print(r.stdout, end='')
print('\n'.join(l for l in r.stderr.splitlines() if 'tracemalloc' not in l))
