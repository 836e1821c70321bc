# print(): sep, end, file, flush, and objects' str.
import sys
print()
print("a", "b", "c")
print("a", "b", sep="")
print("a", "b", sep=" | ", end=" <end>\n")
print(1, 2.5, None, True, [1], (2,), {3: 4}, {5}, b"x", sep=",")
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
print(*range(5))
print(*[], end="")
print("after empty")
print("x", sep=None, end=None)
class S:
    def __str__(self): return "str of S"
print(S(), [S()][0])
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", end=[])
except TypeError as e:
    print("TypeError:", e)
class Sink:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
sink = Sink()
print("into", "sink", file=sink, sep="-")
print(sink.parts)
print("file=None goes to stdout", file=None)
