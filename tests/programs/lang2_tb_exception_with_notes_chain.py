# Notes on chained exceptions appear under each exception.
def parse(v):
    try:
        return int(v)
    except ValueError as e:
        e.add_note(f"while parsing {v!r}")
        raise TypeError("cannot parse input") from e

try:
    parse("x")
except TypeError as e:
    e.add_note("in the top-level handler")
    raise
