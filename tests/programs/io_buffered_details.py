# _io details: readinto() fills an array by bytes, the buffered classes
# name themselves in argument errors, a float position is a TypeError,
# and a close() failing in a finalizer is reported as unraisable.
import array
import io
import sys

data = b'abcdefghijklmnopqrstuvwxyz'
for make in (lambda: io.BytesIO(data), lambda: io.BufferedReader(io.BytesIO(data), 60)):
    f = make()
    b = array.array('i', b'x' * 32)
    n = f.readinto(b)
    print(type(f).__name__, n, len(b), memoryview(b).cast('B').tobytes()[:n + 2])
    b = array.array('h', b'yy' * 2)
    print(f.readinto(b), b.tobytes())

for cls in (io.BufferedReader, io.BufferedWriter, io.BufferedRandom):
    try:
        cls(io.BytesIO(), 1024, 1000, None)
    except TypeError as e:
        print(e)

for f in (io.BytesIO(b'x'), io.StringIO('x')):
    try:
        f.seek(1.5)
    except TypeError as e:
        print(type(f).__name__, e)


class Failing(io.RawIOBase):
    def close(self):
        raise OSError('close failed')

    def readable(self):
        return True


seen = []
sys.unraisablehook = lambda u: seen.append((u.exc_type.__name__, str(u.exc_value)))
f = Failing()
del f
b = io.BufferedReader(Failing())
del b
t = io.TextIOWrapper(io.BufferedReader(Failing()), encoding='utf-8')
del t
sys.unraisablehook = sys.__unraisablehook__
print(seen)

# Objects with the buffer protocol write as their bytes.
a = array.array('i', [1, 2, 3])
b = io.BytesIO(a)
print(b.getvalue() == a.tobytes(), b.write(array.array('b', [65, 66])), b.getvalue()[:3])
for bad in ('s', 5):
    try:
        io.BytesIO(bad)
    except TypeError as e:
        print(e)

# A failed re-initialization leaves the object unusable.
for cls in (io.BufferedReader, io.BufferedWriter):
    f = cls(io.BytesIO(b'abc'))
    try:
        f.__init__(io.BytesIO(), buffer_size=0)
    except ValueError as e:
        print(cls.__name__, e)
    for op in (lambda: f.read(), lambda: f.write(b'x')):
        try:
            op()
        except (ValueError, io.UnsupportedOperation) as e:
            print(' ', type(e).__name__, e)


# close() flushes (a replaced flush included) and closes the raw stream;
# the raw error carries the flush error as its context.
class BadClose(io.BytesIO):
    def close(self):
        raise OSError('close')


b = io.BufferedReader(BadClose(b'x'))


def bad_flush():
    raise OSError('flush')


b.flush = bad_flush
try:
    b.close()
except OSError as e:
    print(e.args, repr(e.__context__), b.closed)
sys.unraisablehook = lambda u: None
del b
sys.unraisablehook = sys.__unraisablehook__
