# SystemExit raised from a nested function after finally blocks run.
def shutdown():
    try:
        raise SystemExit(7)
    finally:
        print("finally before exit")

try:
    shutdown()
finally:
    print("outer finally")
