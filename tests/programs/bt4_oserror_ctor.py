# OSError constructor: errno to subclass mapping, attribute filling by argument count, str forms and BlockingIOError
import errno
for code in [errno.ENOENT, errno.EEXIST, errno.EACCES, errno.EPERM, errno.EISDIR, errno.ENOTDIR, errno.EAGAIN, errno.ECHILD, errno.EPIPE, errno.ESHUTDOWN,
             errno.ECONNREFUSED, errno.ECONNRESET, errno.ECONNABORTED, errno.ESRCH, errno.ETIMEDOUT, errno.EINTR, errno.EALREADY, errno.EINPROGRESS, errno.EWOULDBLOCK, errno.EINVAL, 99999]:
    e = OSError(code, 'message')
    print(code, type(e).__name__, e.errno, e.strerror, str(e))
for args in [(), ('just one',), (2, 'two'), (2, 'three', 'file.txt'), (2, 'four', 'a', None, 'b'), (2, 'five', 'a', None, 'b', 'extra'), (1, 2, 3, 4, 5, 6)]:
    e = OSError(*args)
    print(len(args), type(e).__name__, e.args, e.errno, e.strerror, e.filename, e.filename2, repr(str(e)))
print(type(FileNotFoundError(errno.EEXIST, 'x')).__name__, type(OSError.__new__(OSError, errno.ENOENT, 'x')).__name__)
class MyOS(OSError): pass
print(type(MyOS(errno.ENOENT, 'x')).__name__)
b = BlockingIOError(errno.EAGAIN, 'blocked', 7)
print(b.characters_written, b.args, str(b))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
t(lambda: BlockingIOError(1, 'x').characters_written)
t(lambda: BlockingIOError(1, 'x', 'y'))
e = OSError(2, 'x')
e.errno = 5; e.strerror = 'changed'; e.filename = 'f'
print(e.errno, str(e), e.args)
t(lambda: OSError(errno.ENOENT, 'x', 'f').__reduce__())
print(str(OSError(None, 'msg')), str(OSError('a', 'b')), str(OSError(2, None)), str(FileExistsError(17, 'exists', b'bytes-name')))
