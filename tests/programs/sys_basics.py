import sys
print(sys.argv[0].endswith("sys_basics.py"), len(sys.argv))
print(sys.version_info[0], sys.version_info[1], sys.maxsize == 2 ** 63 - 1)
print(isinstance(sys._is_gil_enabled(), bool), sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)
print(deep(1500))
try:
    deep(5000)
except RecursionError as e:
    print("RecursionError", e)
sys.stdout.write("written\n")
print("to stderr", file=sys.stderr)
sys.exit(3)
