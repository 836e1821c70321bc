# Standard descriptors closed when the interpreter starts: the matching
# sys streams (and their __stdX__ twins) are None, print() to a None
# stdout does nothing, input() reports the lost stdin.
import os
import subprocess
import sys
import tempfile

d = tempfile.mkdtemp(prefix='pyk-sfc-')
out = os.path.join(d, 'out.txt')
child = '''
import sys
with open(sys.argv[1], 'w') as f:
    f.write(repr([s is None for s in (sys.stdin, sys.stdout, sys.stderr, sys.__stdin__, sys.__stdout__, sys.__stderr__)]) + "\\n")
    print('to stdout')
    try:
        input()
    except BaseException as e:
        f.write(f"{type(e).__name__}: {e}\\n")
'''
for redir in ['0<&-', '1>&-', '2>&-', '0<&- 1>&- 2>&-']:
    r = subprocess.run(['sh', '-c', f'"$0" -c "$1" "$2" {redir}', sys.executable, child, out],
                       stdin=subprocess.DEVNULL, capture_output=True, text=True)
    with open(out) as f:
        print(redir, r.returncode, repr(r.stdout), repr(r.stderr[-40:]), f.read().splitlines())
os.unlink(out)
os.rmdir(d)
