# print(): sep/end/file/flush combinations, None arguments, objects without __str__, and writes going through a custom file
import io
buf = io.StringIO()
print('a', 'b', sep='', end='|', file=buf)
print(1, 2, 3, sep=None, end=None, file=buf)
print(file=buf)
print('x', sep='---', file=buf)
print(*[1, 2], sep='\n', file=buf, flush=True)
print(repr(buf.getvalue()))
class Rec:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s); return len(s)
    def flush(self): self.parts.append('<flush>')
r = Rec()
print('p', 'q', file=r, flush=True)
print(r.parts)
class NoWrite: pass
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
t(lambda: print('x', file=NoWrite()))
t(lambda: print('x', sep=b'b'))
t(lambda: print('x', end=3))
print('via None file', file=None)
class S:
    def __str__(self): return 'S-str'
    def __repr__(self): return 'S-repr'
print(S(), [S()], (S(),), {1: S()}, sep=' ; ')
class BadStr:
    def __str__(self): return 5
t(lambda: print(BadStr()))
class WriteRaises:
    def write(self, s): raise OSError('disk full')
t(lambda: print('x', file=WriteRaises()))
class FlushRaises:
    def write(self, s): return 0
    def flush(self): raise ValueError('no flush')
t(lambda: print('x', file=FlushRaises(), flush=True))
t(lambda: print('x', file=FlushRaises()))
print('', end='')
print('end of program')
