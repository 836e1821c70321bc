# needs: stdlib
import errno
import os.path
print(errno.ENOENT, errno.EAGAIN, errno.EWOULDBLOCK, errno.errorcode[11], errno.errorcode[2], errno.errorcode[95])
print(len(errno.errorcode), sorted(n for n in dir(errno) if n.startswith('E'))[:5])
try:
    open('/nonexistent/file')
except OSError as e:
    print(type(e).__name__, e.errno == errno.ENOENT, errno.errorcode[e.errno])
print(os.path.join('a', 'b'), os.path.basename('/x/y.txt'))
