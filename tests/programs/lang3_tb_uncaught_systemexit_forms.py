# SystemExit raised from nested frames with a non-int, non-str code: printed to stderr, status 1.
import sys
class Code:
    def __str__(self):
        return "custom exit object"
def shutdown():
    try:
        raise ValueError("cleanup problem")
    except ValueError:
        sys.exit(Code())
print("shutting down")
shutdown()
