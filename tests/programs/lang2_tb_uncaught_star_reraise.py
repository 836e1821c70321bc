# except* that handles part of a group and lets the rest go uncaught.
def run():
    try:
        raise ExceptionGroup("tasks", [ValueError("bad value"), OSError("disk"), KeyError("k")])
    except* ValueError as g:
        print("handled", g.exceptions)

run()
