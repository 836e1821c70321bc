# An uncaught exception group with a cause, notes and a nested group.
def gather():
    errors = []
    for i, fn in enumerate([lambda: 1 / 0, lambda: int("z"), lambda: [][1]]):
        try:
            fn()
        except Exception as e:
            e.add_note(f"task {i}")
            errors.append(e)
    return errors

def run():
    try:
        raise OSError("disk unavailable")
    except OSError as cause:
        inner = ExceptionGroup("inner", gather()[1:])
        eg = ExceptionGroup("outer", [gather()[0], inner])
        eg.add_note("while running the batch")
        raise eg from cause

print("start")
run()
