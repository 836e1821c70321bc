# Chained exceptions: context and explicit cause.
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError("could not parse " + s) from e

try:
    parse("x")
except RuntimeError as e:
    print("caught:", e, type(e.__cause__).__name__)

d = {}
try:
    d["missing"]
except KeyError:
    x = undefined_name
