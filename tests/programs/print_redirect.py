# print() honours a replaced sys.stdout (pieces written separately, flush called) and sys.stdout = None.
import sys
class W:
    def __init__(self): self.buf = []
    def write(self, s): self.buf.append(s)
    def flush(self): self.buf.append("<flush>")
w = W(); old = sys.stdout; sys.stdout = w
print("captured", 1, sep="-")
print("x", file=w, end="!", sep="+", flush=True)
sys.stdout = old
print(w.buf)
sys.stdout = None
print("dropped")
sys.stdout = old
print("back")

