# The ValueError each method of a closed file raises (FileIO's, the
# buffered classes' and TextIOWrapper's own messages), and which methods
# of a closed file still answer.
import os
import tempfile

d = tempfile.mkdtemp(prefix='pyk-icm-')
p = os.path.join(d, 'f')
with open(p, 'wb') as f:
    f.write(b'abc\n')

calls = [('read', ()), ('read1', ()), ('peek', ()), ('readinto', (bytearray(3),)),
         ('readinto1', (bytearray(3),)), ('readline', ()), ('__next__', ()),
         ('seek', (0,)), ('tell', ()), ('truncate', ()), ('flush', ()),
         ('write', (b'x',)), ('readlines', ()), ('detach', ()), ('fileno', ()),
         ('isatty', ()), ('readable', ()), ('seekable', ()), ('writable', ()),
         ('readall', ()), ('__enter__', ()), ('__iter__', ())]
for mode, buffering in [('rb', -1), ('ab', -1), ('rb+', -1), ('rb', 0), ('ab', 0),
                        ('r', -1), ('a', -1), ('r+', -1)]:
    f = open(p, mode, buffering=buffering)
    f.close()
    print(mode, buffering, type(f).__name__, f.closed)
    for m, a in calls:
        if 'b' not in mode and m == 'write':
            a = ('x',)
        if not hasattr(f, m):
            print('  ', m, 'absent')
            continue
        try:
            r = getattr(f, m)(*a)
        except Exception as e:
            print('  ', m, type(e).__name__, e)
        else:
            print('  ', m, 'ok', r if not hasattr(r, 'read') else type(r).__name__)
os.remove(p)
os.rmdir(d)
