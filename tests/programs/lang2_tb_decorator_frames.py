# Traceback through decorator wrapper frames.
import functools
def logged(f):
    @functools.wraps(f)
    def wrapper(*args):
        return f(*args)
    return wrapper

@logged
def divide(a, b):
    return a / b

print(divide(6, 3))
divide(1, 0)
