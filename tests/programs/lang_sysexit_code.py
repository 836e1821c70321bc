# SystemExit with an int code: status becomes the code, finally blocks run.
import sys
def main():
    try:
        print("exiting")
        sys.exit(3)
    finally:
        print("finally runs before exit")
main()
print("not reached")
