import errno
for code in [errno.EPERM, errno.ENOENT, errno.EINTR, errno.EAGAIN, errno.EACCES, errno.EEXIST, errno.ENOTDIR, errno.EISDIR, errno.EPIPE, errno.ECHILD, errno.ESRCH, errno.ECONNREFUSED, errno.ECONNRESET, errno.ECONNABORTED, errno.ETIMEDOUT, errno.EINPROGRESS, errno.EALREADY, errno.EWOULDBLOCK, errno.ESHUTDOWN, 999, errno.EINVAL]:
    e = OSError(code, 'msg')
    print(code, type(e).__name__, e.errno, e.strerror, str(e))
print(type(OSError('x')).__name__, type(OSError(errno.ENOENT)).__name__, type(OSError(errno.ENOENT, 'm', 'f')).__name__)
print(type(FileNotFoundError(errno.EPERM, 'x')).__name__)
class MyOS(OSError):
    pass
print(type(MyOS(errno.ENOENT, 'x')).__name__)
try:
    open('/nonexistent/dir/file.txt')
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename, str(e))
try:
    open('/')
except IsADirectoryError as e:
    print(type(e).__name__, e.errno, e.filename)
import os
try:
    os.listdir('/nonexistent_bt_dir')
except OSError as e:
    print(type(e).__name__, repr(e.filename), str(e))
e = OSError(errno.ENOENT, 'No such', 'a.txt', None, 'b.txt')
print(str(e), e.filename, e.filename2)
print(BlockingIOError(errno.EAGAIN, 'x', 5).characters_written)
b = BlockingIOError(errno.EAGAIN, 'x')
try:
    b.characters_written
except AttributeError as ae:
    print('AttributeError:', ae)
print(OSError.__init__ is not None, repr(OSError(None, None)), OSError(1).args)
