# An exception in finally replaces the one in try; the traceback shows both chained.
def work():
    try:
        raise KeyError("primary")
    finally:
        cleanup = None
        cleanup.close()

work()
