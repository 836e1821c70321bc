# Uncaught exception raised as a bare class, and one with an empty message.
def f():
    raise NotImplementedError
try:
    f()
except NotImplementedError as e:
    print(repr(e), str(e) == "")
raise ValueError("")
