# sys.excepthook given values that are not exceptions reports them as
# CPython's default hook does; real exceptions get their traceback.
import sys

sys.stderr = sys.stdout
sys.excepthook(None, None, None)
sys.excepthook(int, 5, None)
sys.excepthook(1, '1', 1)
sys.excepthook(1, [1], 1)
try:
    {}['k']
except KeyError as e:
    sys.excepthook(type(e), e, None)
sys.__excepthook__(ValueError, ValueError('plain'), None)
try:
    sys.excepthook(1, 2)
except TypeError as e:
    print('TypeError:', e)
print('done')
