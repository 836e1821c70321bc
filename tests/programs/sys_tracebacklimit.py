# sys.tracebacklimit as the default excepthook honours it: the most recent
# entries only, none (and no header) at zero or below, the whole
# traceback for None.
import subprocess
import sys

code = '''if 1:
    import sys
    def f1():
        1 / 0
    def f2():
        f1()
    sys.tracebacklimit = %r
    f2()
'''
for limit in (10, 3, 2, 1, 0, -1, 1 << 1000, -1 << 1000, None):
    r = subprocess.run([sys.executable, '-c', code % (limit,)], capture_output=True, text=True,
                       env={'PYTHON_COLORS': '0'})
    print(limit if not isinstance(limit, int) or abs(limit) < 100 else 'huge', r.returncode)
    print(r.stderr, end='')
