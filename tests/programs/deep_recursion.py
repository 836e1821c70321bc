import sys
sys.setrecursionlimit(110000)
def r(n):
    return 0 if n == 0 else 1 + r(n - 1)
print(r(100000))
sys.setrecursionlimit(1000)
def inf(n):
    return inf(n + 1)
try:
    inf(0)
except RecursionError as e:
    print("RecursionError:", e)
class Node:
    def __init__(self, nxt):
        self.nxt = nxt
    def __repr__(self):
        return "Node(" + repr(self.nxt) + ")"
n = None
for i in range(5000):
    n = Node(n)
try:
    repr(n)
except RecursionError as e:
    print("repr RecursionError")
