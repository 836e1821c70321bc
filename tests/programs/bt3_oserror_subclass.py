# OSError constructor picks a subclass by errno; attributes and str forms
import errno
for code in [errno.ENOENT, errno.EEXIST, errno.EACCES, errno.EPERM, errno.EISDIR, errno.ENOTDIR, errno.EAGAIN, errno.EPIPE,
             errno.ECHILD, errno.ECONNREFUSED, errno.ECONNRESET, errno.ETIMEDOUT, errno.EINTR, errno.ESRCH, errno.EINPROGRESS, 9999]:
    e = OSError(code, 'msg')
    print(code, type(e).__name__, e.errno, e.strerror, str(e))
e = OSError(errno.ENOENT, 'No such file', 'a.txt')
print(type(e).__name__, str(e), e.filename, e.filename2, e.args)
e = OSError(errno.EXDEV, 'cross', 'a', None, 'b')
print(str(e), e.filename, e.filename2, e.args)
print(str(OSError()), str(OSError('just msg')), str(OSError(1)), str(OSError(1, 2, 3, 4, 5, 6)), OSError(1, 2, 3, 4, 5, 6).args)
print(type(FileNotFoundError(errno.EEXIST, 'x')).__name__, IOError is OSError, EnvironmentError is OSError)
e = FileNotFoundError('only')
print(e.errno, e.strerror, e.filename, str(e))
e.errno = 5
e.filename = 'f'
print(e.errno, e.filename, str(e))
class MyOS(OSError):
    pass
print(type(MyOS(errno.ENOENT, 'x')).__name__)
try:
    open('/nonexistent-bt3-dir/file')
except OSError as ex:
    print(type(ex).__name__, ex.errno == errno.ENOENT, ex.filename)
print(BlockingIOError(errno.EAGAIN, 'w', 7).characters_written)
b = BlockingIOError(errno.EAGAIN, 'w')
try:
    b.characters_written
except AttributeError as ex:
    print('AttributeError:', ex)
print(issubclass(ConnectionRefusedError, ConnectionError), issubclass(BrokenPipeError, ConnectionError), ConnectionError.__mro__[1].__name__)
