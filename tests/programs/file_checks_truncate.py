# Files from the builtin open(): the _check* helpers, truncate(), the
# closed-file errors each operation names, append mode's start position,
# and the ResourceWarning a file dropped open issues.
import os
import tempfile
import warnings

d = tempfile.mkdtemp(prefix='pyk-fct-')
p = os.path.join(d, 'f.txt')


def attempt(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '=', repr(r))


def reset():
    with open(p, 'w') as f:
        f.write('hello\nworld\n')


for mode in ['r', 'rb', 'w', 'wb', 'r+', 'rb+', 'a', 'ab']:
    reset()
    f = open(mode=mode, file=p)
    for m in ['_checkReadable', '_checkWritable', '_checkSeekable', '_checkClosed']:
        attempt(f'{mode} {m}', getattr(f, m))
    attempt(f'{mode} tell', f.tell)
    attempt(f'{mode} truncate(3)', lambda: f.truncate(3))
    f.close()
    attempt(f'{mode} size', lambda: os.path.getsize(p))
    for m in ['_checkReadable', '_checkWritable', '_checkSeekable', '_checkClosed',
              'readable', 'writable', 'seekable', 'fileno', 'flush', 'tell', 'read', 'readline', 'truncate']:
        attempt(f'{mode} closed {m}', getattr(f, m))
    data = 'x' if 'b' not in mode else b'x'
    attempt(f'{mode} closed write', lambda: f.write(data))
    attempt(f'{mode} closed seek', lambda: f.seek(0))
    attempt(f'{mode} closed writelines', lambda: f.writelines([]))

attempt('_checkClosed(1)', lambda: open(p)._checkClosed(1))

# truncate() keeps the position; without an argument it cuts there.
reset()
with open(p, 'rb+') as f:
    print(f.read(2), f.truncate(), f.tell(), f.read())
    f.write(b'abcdefgh')
    print(f.truncate(4), f.tell())
with open(p, 'rb') as f:
    print(f.read())
with open(p, 'r+') as f:
    print(repr(f.read(3)), f.truncate(3), f.tell())
    print(f.truncate(10), f.seek(0), repr(f.read()))
attempt('truncate(-1)', lambda: open(p, 'r+').truncate(-1))
attempt('truncate("1")', lambda: open(p, 'r+').truncate('1'))

# Appending starts at the end.
reset()
with open(p, 'a') as f:
    print('append tell', f.tell())

# Text attributes.
with open(p) as f:
    print(f.errors, f.line_buffering, f.write_through, f.newlines)
    f.read()
    print(f.newlines)

# A file dropped open warns (when the filters let ResourceWarning through).
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    f = open(p)
    del f
    g = open(p, 'wb')
    g.write(b'kept')
    del g
    h = open(p, 'rb')
    h.close()
    del h
for x in w:
    print(x.category.__name__, str(x.message).replace(d, '<dir>'))
with open(p, 'rb') as f:
    print(f.read())
import sys
sys.unraisablehook = lambda u: print('unraisable', u.exc_type.__name__, str(u.exc_value).replace(d, '<dir>'))
with warnings.catch_warnings():
    warnings.simplefilter('error')
    f = open(p)
    del f
sys.unraisablehook = sys.__unraisablehook__
print('done')
os.unlink(p)
os.rmdir(d)
