# input() reads sys.stdin and writes the prompt to sys.stdout as the
# program has them (not the process's descriptors).
import io
import sys

real_out = sys.stdout
sys.stdin = io.StringIO("first line\nsecond\n  'spaced'\nno newline")
sys.stdout = out = io.StringIO()
got = [input(), input("prompt> "), input(42), input()]
try:
    input()
except EOFError as e:
    got.append(("EOFError", str(e)))
sys.stdout = real_out
print(got)
print(repr(out.getvalue()))


class NoFlush:
    """A stdout without flush(): input() still works."""

    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


sys.stdin = io.StringIO("x\n")
sys.stdout = nf = NoFlush()
v = input("p")
sys.stdout = real_out
print(v, nf.parts)


class BytesLine:
    def readline(self):
        return 5


sys.stdin = BytesLine()
try:
    input()
except TypeError as e:
    print("TypeError:", e)

sys.stdin = io.StringIO("x\n")
try:
    input(1, 2)
except TypeError as e:
    print("TypeError:", e)

closed = io.StringIO("abc\n")
closed.close()
sys.stdin = closed
try:
    input()
except ValueError as e:
    print("ValueError:", e)

saved_out = sys.stdout
del sys.stdout
try:
    input("x")
except RuntimeError as e:
    sys.stdout = saved_out
    print("RuntimeError:", e)
sys.stdout = saved_out
sys.stdin = None
try:
    input()
except RuntimeError as e:
    print("RuntimeError:", e)
sys.stdin = sys.__stdin__
