# except* leaving part of a group unhandled: the rest propagates uncaught.
def tasks():
    raise ExceptionGroup("task failures", [ValueError("bad value"), TypeError("bad type"), KeyError("k")])

try:
    tasks()
except* ValueError as eg:
    print("handled", [str(e) for e in eg.exceptions])
except* KeyError:
    print("handled KeyError")
