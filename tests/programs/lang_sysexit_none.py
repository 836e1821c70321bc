# SystemExit(None) and exit(0) leave status 0; output flushed.
import sys
print("partial line without newline", end="")
sys.stdout.write(" + more")
raise SystemExit(None)
