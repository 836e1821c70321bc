# needs: stdlib
# sys.stdin/stdout/stderr have TextIOWrapper's interface and count as io
# streams (stdin is /dev/null under the test harness).
import io
import sys

for s in (sys.stdin, sys.stdout, sys.stderr):
    print(s.name, s.mode, s.encoding, s.closed, s.newlines, s.readable(), s.writable(), s.fileno())
print(repr(sys.stdin.read()), repr(sys.stdin.read(3)), repr(sys.stdin.readline()), sys.stdin.readlines(), list(sys.stdin))
print(sys.stdout.writelines(['a\n', 'b\n']), sys.stderr.writelines(['to stderr\n']))
print(isinstance(sys.stdin, io.TextIOBase), isinstance(sys.stdout, io.IOBase), isinstance(sys.stderr, io.RawIOBase))
for f in (sys.stdout.read, sys.stdout.readline, lambda: sys.stdin.write('x'), lambda: next(sys.stderr)):
    try:
        f()
    except io.UnsupportedOperation as e:
        print('UnsupportedOperation', e)
print(sys.stdout.write('done\n'))
sys.stdout.buffer.write(b'bytes after text\n')
print('text after bytes')
sys.stdout.buffer.write('é\n'.encode())
print(sys.stdout.buffer is sys.stdout.buffer, repr(sys.stdin.buffer), sys.stdin.buffer.read(), sys.stderr.buffer.mode)
sys.stderr.buffer.write(b'bytes to stderr\n')
print('end')
