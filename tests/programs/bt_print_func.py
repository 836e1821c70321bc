import sys, io
print()
print(1, 2, 3)
print(1, 2, sep='-')
print(1, 2, sep='', end='!\n')
print('a', 'b', sep=None, end=None)
print(*[1, 2, 3], sep=', ')
print('x', end='')
print('y')
buf = io.StringIO()
print('to buf', 42, file=buf)
print('more', file=buf, end='')
print(repr(buf.getvalue()))
print('to stderr', file=sys.stderr)
print(None, True, 1.5, [1, 'a'], {'k': (1,)}, b'b', 1j, ..., NotImplemented)
class S:
    def __str__(self):
        return 'S-str'
    def __repr__(self):
        return 'S-repr'
print(S(), [S()], (S(),), {S(): S()} if False else '')
try:
    print(1, sep=1)
except TypeError as e:
    print('TypeError:', e)
try:
    print(1, end=[])
except TypeError as e:
    print('TypeError:', e)
class NoWrite:
    pass
try:
    print(1, file=NoWrite())
except AttributeError as e:
    print('AttributeError:', e)
print('flush', flush=True)
print(file=None)
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
w = W()
print('a', 'b', file=w, sep='|')
print(w.parts)
class BadStr:
    def __str__(self):
        return 5
try:
    print(BadStr())
except TypeError as e:
    print('TypeError:', e)
