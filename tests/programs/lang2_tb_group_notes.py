# Uncaught ExceptionGroup with notes on members and on the group.
def fail(n):
    e = ValueError(f"failure {n}")
    e.add_note(f"while processing item {n}")
    return e

eg = ExceptionGroup("batch failed", [fail(1), fail(2), TypeError("wrong type")])
eg.add_note("2 of 3 items were values")
raise eg
