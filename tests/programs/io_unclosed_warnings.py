# _io's file objects dropped open issue ResourceWarning from the outermost
# layer (the raw FileIO warns on behalf of its wrappers); closefd=False
# and in-memory streams do not. Also BytesIO's pickled state round trip
# and the raw-stream checks of the buffered classes.
import io
import os
import pickle
import tempfile
import warnings

d = tempfile.mkdtemp(prefix='pyk-iuw-')
p = os.path.join(d, 'f.txt')
open(p, 'w').close()
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    f = io.open(p, newline='')
    del f
    f = io.open(p, 'rb', buffering=0)
    del f
    f = io.open(p, 'wb', buffering=100)
    del f
    f = io.FileIO(p)
    del f
    fd = os.open(p, os.O_RDONLY)
    f = io.FileIO(fd, closefd=False)
    del f
    os.close(fd)
    f = io.BytesIO()
    del f
    f = io.open(p)
    f.close()
    del f
for x in w:
    print(x.category.__name__, str(x.message).replace(d, '<dir>'), type(x.source).__name__)

b = io.BytesIO(b'abc')
b.seek(2)
b.extra = [1]
c = pickle.loads(pickle.dumps(b))
print(c.getvalue(), c.tell(), c.extra, b.__getstate__())
for st in [(b'a',), 5, (b'a', 'x', None), (b'a', -1, None), (b'a', 0, 5), ('s', 0, None)]:
    try:
        io.BytesIO().__setstate__(st)
    except Exception as e:
        print(type(e).__name__, e)


class Raw(io.RawIOBase):
    def readable(self):
        return 1


for cls in (io.BufferedReader, io.BufferedWriter, io.BufferedRandom):
    try:
        cls(Raw())
    except Exception as e:
        print(cls.__name__, type(e).__name__, e)
try:
    Raw()._checkReadable()
except Exception as e:
    print(type(e).__name__, e)
try:
    io.BytesIO()._checkReadable(1)
except Exception as e:
    print(type(e).__name__, e)
print(io.BytesIO()._checkReadable(), io.BytesIO()._checkClosed())
os.unlink(p)
os.rmdir(d)
