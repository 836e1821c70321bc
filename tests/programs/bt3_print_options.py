# print(): sep/end/file/flush arguments and errors
import io
print('a', 'b', sep='')
print('a', 'b', sep=None, end=None)
print('x', end='')
print('|')
print(sep='-')
print(1, 2, 3, sep=' < ', end=' !\n')
buf = io.StringIO()
print('to', 'buffer', file=buf, sep='_')
print(repr(buf.getvalue()))
print('flushed', flush=True)
print('none file', file=None)
for kw in ({'sep': 5}, {'end': b'x'}, {'file': 5}, {'foo': 1}, {'flush': 'yes'}):
    try:
        print('z', **kw)
    except Exception as e:
        print(type(e).__name__ + ':', e)
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
w = W()
print('a', 'b', file=w)
print(w.parts)
class NoFlush:
    def write(self, s): pass
try:
    print('x', file=NoFlush(), flush=True)
except AttributeError as e:
    print('AttributeError:', e)
class S:
    def __str__(self): return 'S!'
print(S(), S(), sep=' ~ ')
