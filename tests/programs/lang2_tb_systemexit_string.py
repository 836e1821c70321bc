# SystemExit with a non-int code prints it to stderr and exits with status 1.
import sys
print("about to exit")
sys.exit("fatal: configuration missing")
