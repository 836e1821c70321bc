def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)
for v in (0, 1, -1, 0.0, -0.0, float('nan'), 0j, 1j, '', ' ', b'', b'\x00', [], [0], (), ((),), {}, {0: 0}, set(), frozenset(), range(0), range(1), None, NotImplemented if False else 1, Ellipsis, bytearray()):
    print(repr(v), bool(v), not v)
class B:
    def __bool__(self): return False
    def __len__(self): return 5
print(bool(B()))
class Lonly:
    def __len__(self): return 0
print(bool(Lonly()), not Lonly())
class Bad:
    def __bool__(self): return 1
t(bool, Bad())
class Bad2:
    def __bool__(self): return None
t(bool, Bad2())
class NoneBool:
    __bool__ = None
t(bool, NoneBool())
class Err:
    def __bool__(self): raise ValueError('no truth')
t(bool, Err())
t(lambda: 1 if Err() else 2)
t(lambda: Err() and 1)
t(lambda: not Err())
class Sub(int):
    def __bool__(self): return True
print(bool(Sub(0)), Sub(0) == 0)
print(bool(object()), bool(type), bool(print), [] or 'x', 0 and 'y', '' or 0 or None, 1 and 2 and 3)
t(bool, 1, 2)
t(bool, x=1)
print(bool(), True + True, True * 3, -True, ~True if False else 'skip', True / 2, True // 2, int(True), float(False), str(True), repr(False))
print(True & False, True | False, True ^ True, type(True & True).__name__, type(True & 1).__name__, True == 1, hash(True) == hash(1))
t(type(True))
t(lambda: type(True)(5))
