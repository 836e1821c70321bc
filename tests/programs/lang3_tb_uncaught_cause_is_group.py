# The cause of an uncaught exception is itself an exception group; carets over a multi-line call.
def validate(rows):
    problems = []
    for i, row in enumerate(rows):
        try:
            if not isinstance(row, dict):
                raise TypeError(f"row {i} is {type(row).__name__}")
            row["id"]
        except (TypeError, KeyError) as e:
            problems.append(e)
    if problems:
        raise ExceptionGroup("invalid rows", problems)

def load(rows):
    try:
        validate(rows)
    except ExceptionGroup as eg:
        raise RuntimeError(f"{len(eg.exceptions)} rows rejected") from eg

rows = [{"id": 1}, [2], {"name": "x"}]
result = sorted(
    rows,
    key=lambda r: load(rows),
)
