# Uncaught chained exceptions: context ("During handling") and cause.
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError("could not parse") from e

def load():
    try:
        {}["missing"]
    except KeyError:
        parse("xyz")

print("start")
load()
