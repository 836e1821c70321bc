# RecursionError: caught, then uncaught with repeated-line compression.
import sys
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())

def down(n):
    return down(n + 1)

try:
    down(0)
except RecursionError as e:
    print("RecursionError:", e)

def mutual_a(n):
    return mutual_b(n)
def mutual_b(n):
    return mutual_a(n)
try:
    mutual_a(0)
except RecursionError:
    print("mutual recursion caught")

# recursion depth is restored after the error
def count(n):
    return 0 if n == 0 else 1 + count(n - 1)
print(count(100))

down(0)
