# Uncaught exception raised while handling another, inside a function.
def cleanup(resource):
    raise RuntimeError(f"cleanup of {resource} failed")

def work():
    try:
        [1, 2, 3][10]
    except IndexError:
        cleanup("db")

work()
