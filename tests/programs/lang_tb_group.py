# Uncaught ExceptionGroup: the nested box drawing on stderr.
def fail(n):
    raise ValueError(f"failure {n}")

errors = []
for i in range(2):
    try:
        fail(i)
    except ValueError as e:
        errors.append(e)
errors.append(ExceptionGroup("inner", [TypeError("t")]))
raise ExceptionGroup("several failures", errors)
