# An exception from the iterator of a `for` loop points at the iterable
# (GET_ITER/FOR_ITER carry its location), on one line or several.
import sys
import traceback


def gen():
    yield 1
    raise ValueError("boom")


def one_line(it):
    for x in it:
        pass


def several(items):
    total = 0
    for kind, token in zip(items,
                           gen()):
        total += 1
        print(kind, token)
    return total


def not_iterable():
    for x in 42:
        pass


def trace_lines():
    events = []

    def tracer(frame, event, arg):
        if event == "line" and frame.f_code is several.__code__:
            events.append(frame.f_lineno - several.__code__.co_firstlineno)
        return tracer

    sys.settrace(tracer)
    try:
        several([7])
    except ValueError:
        pass
    finally:
        sys.settrace(None)
    print("line events (relative):", events)


for case in (lambda: one_line(gen()), lambda: several([1, 2, 3]), not_iterable):
    try:
        case()
    except Exception:
        traceback.print_exc(file=sys.stdout)
trace_lines()
several([1, 2])
