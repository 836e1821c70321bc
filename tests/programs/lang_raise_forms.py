# raise statement forms: classes, instances, re-raise, from, non-exceptions.
def attempt(fn):
    try:
        fn()
    except BaseException as e:
        print(type(e).__name__, repr(e), "cause:", repr(e.__cause__))

def raise_class():
    raise KeyError
def raise_instance():
    raise KeyError("inst")
def raise_non_exc():
    raise 42
def raise_non_exc_class():
    raise int
def raise_from_class():
    raise ValueError from IndexError
def raise_from_none():
    try:
        raise KeyError
    except KeyError:
        raise ValueError from None
def raise_from_bad():
    raise ValueError from "str"
def reraise_outside():
    raise
def raise_in_except_else():
    try:
        pass
    except Exception:
        pass
    else:
        raise RuntimeError("else")
def raise_exception_returning_instance():
    class Weird(Exception):
        def __new__(cls, *a):
            return ValueError("replaced by __new__")
    raise Weird

for fn in (raise_class, raise_instance, raise_non_exc, raise_non_exc_class, raise_from_class,
           raise_from_none, raise_from_bad, reraise_outside, raise_in_except_else,
           raise_exception_returning_instance):
    attempt(fn)

def nested_reraise():
    try:
        raise KeyError("first")
    except KeyError:
        try:
            raise ValueError("second")
        except ValueError:
            pass
        raise  # re-raises KeyError, the one being handled here
attempt(nested_reraise)

def reraise_after_handler():
    try:
        raise KeyError("a")
    except KeyError:
        pass
    raise
attempt(reraise_after_handler)
