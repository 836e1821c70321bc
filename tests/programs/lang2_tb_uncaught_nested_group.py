# Uncaught nested ExceptionGroup raised from inside functions.
def inner():
    raise ExceptionGroup("inner", [TypeError("t1"), ZeroDivisionError("z")])

def outer():
    errors = []
    try:
        inner()
    except ExceptionGroup as e:
        errors.append(e)
    errors.append(IndexError("i"))
    raise ExceptionGroup("outer", errors)

outer()
