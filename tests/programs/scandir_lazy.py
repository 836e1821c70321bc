# os.scandir reads its directory as it is iterated: close() stops it, the
# iterator is a context manager, an exhausted or closed one is empty, one
# dropped unfinished warns (ResourceWarning), and scandir(fd) leaves the
# descriptor usable again.
import os
import tempfile
import warnings

d = tempfile.mkdtemp(prefix='pyk-sdl-')
for i in range(300):
    open(os.path.join(d, f'f{i:03d}'), 'w').close()
os.mkdir(os.path.join(d, 'sub'))

it = os.scandir(d)
print(type(it).__name__, iter(it) is it)
first = [next(it) for _ in range(5)]
print(len(first), all(e.path == os.path.join(d, e.name) for e in first))
it.close()
print(list(it))
it.close()

with os.scandir(d) as it:
    names = sorted(e.name for e in it)
    print(len(names), names[:2], names[-1])
    print(list(it))

# Bytes paths give bytes names.
with os.scandir(os.fsencode(d)) as it:
    e = next(it)
    print(type(e.name).__name__, type(e.path).__name__)

# A descriptor: entries have bare names; the descriptor stays usable.
fd = os.open(d, os.O_RDONLY)
with os.scandir(fd) as it:
    entries = list(it)
print(len(entries), all(e.path == e.name for e in entries),
      sum(e.is_dir() for e in entries), sum(e.is_file() for e in entries))
print(len(os.listdir(fd)), len(list(os.scandir(fd))))
os.close(fd)

# Dropped before the end: ResourceWarning; exhausted or closed: none.
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    it = os.scandir(d)
    next(it)
    del it
    it = os.scandir(d)
    list(it)
    del it
    it = os.scandir(d)
    it.close()
    del it
print([(x.category.__name__, str(x.message).split(' at ')[0]) for x in w])

try:
    os.scandir(os.path.join(d, 'missing'))
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.filename == os.path.join(d, 'missing'))
try:
    os.scandir(1.5)
except TypeError as e:
    print(e)

for n in os.listdir(d):
    p = os.path.join(d, n)
    os.rmdir(p) if os.path.isdir(p) else os.unlink(p)
os.rmdir(d)
