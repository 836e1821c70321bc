# Uncaught exception with both an explicit cause and, further back, an implicit context.
def level1():
    raise KeyError("root")

def level2():
    try:
        level1()
    except KeyError as e:
        raise ValueError("wrapped") from e

def level3():
    try:
        level2()
    except ValueError:
        raise RuntimeError("during handling")

level3()
