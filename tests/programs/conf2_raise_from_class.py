# `raise ... from C` instantiates C: its constructor's errors propagate, a
# non-exception result is reported, a non-exception cause is refused.
class Boom(Exception):
    def __init__(self):
        raise RuntimeError("boom")
class NoneMaker(BaseException):
    def __new__(cls, *a):
        return None
for cause in (Boom, NoneMaker, 5, KeyError, KeyError("k"), None):
    try:
        raise IndexError from cause
    except Exception as e:
        print(type(e).__name__, str(e).replace(__name__, "M"), repr(e.__cause__))
