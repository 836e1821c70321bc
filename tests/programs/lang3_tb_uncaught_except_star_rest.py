# except* handles part of a group; the rest propagates and is printed uncaught.
def task(n):
    if n % 3 == 0:
        raise ValueError(f"bad value {n}")
    if n % 3 == 1:
        raise TypeError(f"bad type {n}")
    raise KeyError(n)

def run_all():
    errors = []
    for n in range(4):
        try:
            task(n)
        except Exception as e:
            errors.append(e)
    raise ExceptionGroup("batch failed", errors)

try:
    run_all()
except* ValueError as vs:
    print("handled", len(vs.exceptions), "ValueErrors")
except* KeyError:
    print("handled KeyError")
    raise RuntimeError("while handling key errors")
