# Tracebacks of expressions spanning several lines (sys.excepthook output).
import sys

def show(fn):
    try:
        fn()
    except Exception as e:
        sys.excepthook(type(e), e, e.__traceback__)

def fail(*args, **kw):
    raise ValueError("failed")

def call_args():
    return fail(
        1,
        2,
    )

def binop():
    a, b = 1, 0
    x = (a +
         a) / (
             b)
    return x

def subscript():
    d = {"a": {}}
    return d["a"][
        "missing"
    ]

def long_call():
    result = fail(1,
                  2,
                  3,
                  4,
                  5,
                  6)
    return result

def method_chain():
    s = "text"
    return (s
            .upper()
            .nonexistent())

def nested():
    data = [
        1,
        2,
        1 / 0,
    ]
    return data

def attribute_call():
    obj = None
    value = obj.method(
        "arg",
    )
    return value

for f in (call_args, binop, subscript, long_call, method_chain, nested, attribute_call):
    show(f)
