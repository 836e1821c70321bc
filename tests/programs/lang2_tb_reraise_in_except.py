# Bare raise keeps the original traceback entries plus the re-raise point.
def inner():
    return {}["missing"]

def middle():
    try:
        inner()
    except KeyError:
        print("logging and re-raising")
        raise

middle()
