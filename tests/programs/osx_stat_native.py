# The native _stat module against the pure-Python fallbacks of stat.
import _stat, stat

names = sorted(n for n in dir(_stat) if not n.startswith("_"))
print(len(names), names[:6])
for n in names:
    v = getattr(_stat, n)
    if isinstance(v, int) and n in vars(stat) and getattr(stat, n) != v:
        print("differs", n)
modes = [0o040755, 0o100644, 0o120777, 0o140700, 0o010600, 0o060660, 0o020620, 0o160000,
         0o104755, 0o102711, 0o101777, 0o106644, 0o107000, 0o000000, 0o170777]
for m in modes:
    print(oct(m), _stat.filemode(m), _stat.S_IMODE(m), _stat.S_IFMT(m),
          [f.__name__ for f in (_stat.S_ISDIR, _stat.S_ISCHR, _stat.S_ISBLK, _stat.S_ISREG,
                                _stat.S_ISFIFO, _stat.S_ISLNK, _stat.S_ISSOCK, _stat.S_ISDOOR,
                                _stat.S_ISPORT, _stat.S_ISWHT) if f(m)])
print(_stat.S_ISDIR(True), _stat.S_IMODE(False))
for bad in ["x", -1, 2**40, 1.5, 2**70]:
    for f in (_stat.S_ISDIR, _stat.S_IMODE, _stat.filemode):
        try:
            f(bad)
        except (TypeError, OverflowError) as e:
            print(f.__name__, type(e).__name__)
try:
    _stat.S_ISDIR()
except TypeError:
    print("TypeError")
print(stat.filemode is _stat.filemode, stat.S_ISDIR is _stat.S_ISDIR)
