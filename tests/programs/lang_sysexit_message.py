# SystemExit with a string: printed on stderr, status 1.
try:
    raise SystemExit(5)
except SystemExit as e:
    print("caught code", e.code)
raise SystemExit("fatal: message to stderr")
