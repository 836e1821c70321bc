# marshal round-trips code objects: what comes back runs as the original did.
import io
import marshal

SRC = '''
import sys
def outer(a, b=2, *args, k=3, **kw):
    "outer's doc"
    def inner(x):
        return a + x
    return inner(b) + k + len(args) + len(kw)

class Point:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y
    def total(self):
        return super().__repr__ is not None and self.x + self.y

def gen(n):
    for i in range(n):
        yield i * i

async def coro():
    return 'done'

BIG = 12345678901234567890123456789
VALUES = (1.5, -0.0, 2j, b'bytes', 'text\\u00e9', frozenset({3}), None, ..., True)
r = [outer(1), outer(1, 5, 6, 7, k=0, z=1), Point(3, 4).total(), list(gen(4)), BIG]
try:
    coro().send(None)
except StopIteration as e:
    r.append(e.value)
'''

code = compile(SRC, 'msh_src.py', 'exec')
data = marshal.dumps(code)
print(type(data).__name__, data[0] & 0x7f == ord('c'))
loaded = marshal.loads(data)
print(type(loaded) is type(code))
for attr in ('co_name', 'co_qualname', 'co_filename', 'co_firstlineno', 'co_argcount',
             'co_flags', 'co_names', 'co_varnames'):
    print(attr, getattr(loaded, attr) == getattr(code, attr))

ns = {}
exec(loaded, ns)
print(ns['r'])
print(ns['outer'].__doc__, ns['outer'].__code__.co_varnames[:4])
print(ns['VALUES'])

# Functions' code objects on their own.
def square(v, *, scale=1):
    return v * v * scale
again = marshal.loads(marshal.dumps(square.__code__))
square.__code__ = again
print(square(7, scale=2), again.co_kwonlyargcount, again.co_name)

# Nested in containers, through dump/load on a file.
buf = io.BytesIO()
marshal.dump({'code': code, 'more': [code, (code, 42)]}, buf)
buf.seek(0)
back = marshal.load(buf)
print(sorted(back), back['more'][1][1])
print(back['code'] is back['more'][0], back['more'][0] is back['more'][1][0])
ns2 = {}
exec(back['more'][1][0], ns2)
print(ns2['r'] == ns['r'])

# Version 2 has no references: each occurrence is a new object.
old = marshal.loads(marshal.dumps((code, code), 2))
print(old[0] is old[1], old[0].co_name)

# Line numbers survive: a traceback from loaded code points at the source line.
bad = marshal.loads(marshal.dumps(compile('x = 1\ny = 2\nz = x / (y - 2)\n', 'msh_bad.py', 'exec')))
try:
    exec(bad, {})
except ZeroDivisionError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print('line', tb.tb_lineno, tb.tb_frame.f_code.co_filename)

# allow_code=False refuses code in both directions.
for call in (lambda: marshal.dumps(code, allow_code=False),
             lambda: marshal.loads(data, allow_code=False),
             lambda: marshal.dumps([1, (code,)], allow_code=False)):
    try:
        call()
    except ValueError as e:
        print('ValueError:', e)
print(marshal.loads(marshal.dumps([1, 2]), allow_code=False))

# A truncated code record is an error, never a crash.
for n in (1, 5, len(data) // 2, len(data) - 1):
    try:
        marshal.loads(data[:n])
        print('loaded?')
    except (EOFError, ValueError, TypeError) as e:
        print(n == len(data) - 1 or n < 6, type(e).__name__ in ('EOFError', 'ValueError'))
