# Line events where branches join: the jump closing an `if` body, the end
# of a `match` case, a failed pattern's pops, `try` without an exception,
# and the implicit `return None` reached from several places (each reached
# from its own line, as CPython's line resolution gives them).
import contextlib
import sys


def if_else(x):
    if x:
        a = 1
    else:
        a = 2


def if_only(x):
    if x:
        a = 1


def loop(x):
    for i in x:
        if i:
            continue
    else:
        pass


def try_except(x):
    try:
        a = 1 / x
    except ZeroDivisionError:
        a = 0
    except TypeError as e:
        a = -1


def try_finally(x):
    try:
        a = 1
    finally:
        b = 2


def with_stmt(cm):
    with cm:
        pass


def match_default(command):
    match command.split():
        case ["go", direction] if direction in "nesw":
            return f"go {direction}"
        case ["go", _]:
            return "no go"
        case _:
            return "default"


def match_no_default(command):
    match command.split():
        case ["go", direction] if direction in "nesw":
            return f"go {direction}"
        case ["go", _]:
            return "no go"


def match_fallthrough(command):
    match command:
        case 1:
            if False:
                return 1
        case [x, y] | (x, y, _):
            z = x
        case _:
            if False:
                return 0


def match_capture(command):
    match command:
        case x:
            return x


def trace(func, *args):
    events = []

    def tracer(frame, event, arg):
        if frame.f_code is func.__code__:
            events.append((event, frame.f_lineno - func.__code__.co_firstlineno))
        return tracer

    sys.settrace(tracer)
    try:
        func(*args)
    except Exception as e:
        events.append(type(e).__name__)
    finally:
        sys.settrace(None)
    print(func.__name__, events)


trace(if_else, 1)
trace(if_else, 0)
trace(if_only, 1)
trace(if_only, 0)
trace(loop, [0, 1, 0])
trace(try_except, 1)
trace(try_except, 0)
trace(try_except, "s")
trace(try_finally, 0)
trace(with_stmt, contextlib.nullcontext())
for cmd in ("go n", "go x", "spam"):
    trace(match_default, cmd)
    trace(match_no_default, cmd)
for v in (1, [1, 2], (1, 2, 3), 5):
    trace(match_fallthrough, v)
trace(match_capture, 3)


# where a frame's line is after the exception left it
def reraised_from_finally():
    try:
        1 / 0
    finally:
        pass


def unmatched_handler():
    try:
        1 / 0
    except TypeError:
        pass


for f in (reraised_from_finally, unmatched_handler):
    try:
        f()
    except ZeroDivisionError as e:
        tb = e.__traceback__.tb_next
        print(f.__name__, tb.tb_lineno - f.__code__.co_firstlineno)
