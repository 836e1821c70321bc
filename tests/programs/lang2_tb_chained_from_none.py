# Uncaught exception raised "from None" inside a handler: context hidden.
def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        raise LookupError(f"no entry for {key!r}") from None

lookup({"a": 1}, "b")
