# The sys functions refuse extra or keyword arguments with CPython's messages.
import sys

calls = [
    (sys.exit, (42, 42), {}), (sys.exit, (), {'status': 1}),
    (sys._getframe, (42, 42), {}), (sys._getframe, (), {'depth': 0}),
    (sys.getrecursionlimit, (42,), {}), (sys.getrecursionlimit, (), {'x': 1}),
    (sys.getswitchinterval, (1,), {}), (sys.exception, (1, 2), {}),
    (sys.exc_info, (None,), {}), (sys._is_gil_enabled, (0,), {}),
]
for f, a, k in calls:
    try:
        f(*a, **k)
    except TypeError as e:
        print(f.__name__, 'TypeError:', e)
print(sys._getframe().f_code.co_name, sys._getframe(0) is not None, sys.getrecursionlimit() > 0)
try:
    sys.exit(3)
except SystemExit as e:
    print('SystemExit', e.code)
try:
    sys.exit()
except SystemExit as e:
    print('SystemExit', e.code)
