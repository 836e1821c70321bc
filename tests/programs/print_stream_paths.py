# print() to the standard stream and to _io text files: a line whose
# arguments need Python code to convert keeps CPython's piece-by-piece
# order, a lone surrogate fails after the pieces before it, and a
# subclass's or an instance's write() sees every piece.
import io
import os
import sys
import tempfile


class Loud:
    def __str__(self):
        sys.stdout.write('[str called]')
        return 'loud'


print('a', 1, 2.5, Loud(), 'z')
print('x', 'y', sep='-', end='!\n', flush=True)
try:
    print('before', '\udcff', 'after', file=sys.stderr)
except UnicodeEncodeError as e:
    print('stderr error', e)
sys.stderr.flush()


class Pieces(io.TextIOWrapper):
    def write(self, s):
        print('piece', repr(s))
        return super().write(s)


d = tempfile.mkdtemp(prefix='pyk-psp-')
p = os.path.join(d, 'f.txt')
with Pieces(open(p, 'wb'), encoding='utf-8') as f:
    print('one', 2, 3.0, file=f)
with open(p, 'w') as f:
    f.write = lambda s: print('instance write', repr(s))
    print('u', 'v', file=f)
with open(p, 'w', encoding='ascii', errors='strict') as f:
    try:
        print('ok', '\xe9', file=f)
    except UnicodeEncodeError as e:
        print('ascii', e.reason, e.start)
with open(p) as f:
    print(repr(f.read()))
with open(p, 'w', newline='\r\n') as f:
    print('crlf', 'line', file=f)
with open(p, 'rb') as f:
    print(f.read())
os.remove(p)
os.rmdir(d)
print('end', 'of', 'test', sep='')
