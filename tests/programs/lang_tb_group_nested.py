# Uncaught nested exception group with notes and a cause.
try:
    raise OSError("disk")
except OSError as e:
    inner = ExceptionGroup("inner", [ValueError("v1"), TypeError("t1")])
    inner.add_note("inner note")
    outer = ExceptionGroup("outer", [inner, KeyError("k")])
    raise outer from e
