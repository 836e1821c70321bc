# Uncaught RecursionError: repeated frames are collapsed in the traceback.
import sys
sys.setrecursionlimit(60)
def walk(node):
    return walk(node + 1)
walk(0)
