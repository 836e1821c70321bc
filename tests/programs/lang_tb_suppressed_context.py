# raise ... from None hides the context in the uncaught traceback; notes on the outer error.
def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        err = LookupError(f"no key {k!r}")
        err.add_note("available: " + ", ".join(sorted(d)))
        raise err from None

lookup({"a": 1, "b": 2}, "c")
