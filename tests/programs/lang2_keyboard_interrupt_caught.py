# A caught KeyboardInterrupt, then SystemExit(3) sets the exit status.
def handler():
    raise KeyboardInterrupt

print("before")
try:
    handler()
except KeyboardInterrupt:
    print("caught once")
raise SystemExit(3)
