# needs: stdlib
# time.struct_time, gmtime/localtime/mktime, asctime/ctime, strftime/strptime,
# the time-zone attributes and the clock-id functions; fixed timestamps only.
import os
import time

T = time.struct_time
print(T.n_fields, T.n_sequence_fields, T.n_unnamed_fields, T.__module__, T.__name__, T.__match_args__)
print(T.__bases__, time._STRUCT_TM_ITEMS)
for a in [(1, 2, 3), tuple(range(12)), 5, "abcdefghi", tuple(range(9)), tuple(range(11)), iter(range(9))]:
    try:
        t = T(a)
        print(repr(t), t.tm_zone, t.tm_gmtoff, len(t), t.__reduce__())
    except Exception as e:
        print(type(e).__name__, e)
t = T(tuple(range(9)), {'tm_zone': 'X', 'tm_gmtoff': 5})
print(t.tm_zone, t.tm_gmtoff, t.tm_year, t.tm_isdst, t[-1], t[2:4])
y, m, *rest = t
print(y, m, rest, t == tuple(range(9)), hash(t) == hash(tuple(range(9))))
try:
    t.tm_year = 5
except AttributeError:
    print("tm_year is read-only")

for ts in [0, -1.5, 1.9, 1e9, 2**31, -2**31, 1234567890.75, 253402300799]:
    g = time.gmtime(ts)
    print(ts, g, g.tm_zone, g.tm_gmtoff)
print(time.gmtime(-10**12))
print(time.asctime(time.gmtime(1e9)), time.asctime((2000, 0, 0, 0, 0, 0, -1, 0, -5)))
print(time.asctime((-5, 1, 1, 0, 0, 0, 0, 1, 0)), time.asctime((12345, 1, 1, 0, 0, 0, 0, 1, 0)))
g = time.gmtime(1e9)
for fmt in ['%Y-%m-%d %H:%M:%S', '%a %A %b %B %j %U %w %y %Z %%', '%c|%x|%X', '%', '', 'plain', '%Q %E %O %4Y', 'é %d ü', '%Y' * 300]:
    print(repr(time.strftime(fmt, g))[:120])
print(time.strftime('%j %a %w', (2000, 0, 0, 0, 0, 0, -1, 0, -5)))
print(time.strptime('2000-01-02 03:04:05', '%Y-%m-%d %H:%M:%S'))
print(time.strptime('Sun Sep  9 01:46:40 2001'))

os.environ['TZ'] = 'Europe/Paris'
time.tzset()
print(time.timezone, time.altzone, time.daylight, time.tzname)
lt = time.localtime(1e9)
print(lt, lt.tm_zone, lt.tm_gmtoff)
w = time.localtime(1e9 - 200 * 86400)
print(w, w.tm_zone, w.tm_gmtoff)
print(time.mktime(lt), time.mktime(w), time.mktime((2001, 9, 9, 3, 46, 40, 0, 0, -1)))
print(time.ctime(1e9), time.ctime(0))
print(time.strftime('%Z %z', lt), time.strftime('%H', (2000, 1, 1, 5, 0, 0, 0, 1, 0)))
os.environ['TZ'] = 'America/Sao_Paulo'
time.tzset()
print(time.timezone, time.altzone, time.daylight, time.tzname)
os.environ['TZ'] = 'Australia/Sydney'
time.tzset()
print(time.timezone, time.altzone, time.daylight, time.tzname, time.localtime(1e9).tm_zone)
os.environ['TZ'] = 'UTC'
time.tzset()
print(time.timezone, time.altzone, time.daylight, time.tzname, time.localtime(0))

errs = [
    lambda: time.asctime((1, 2)), lambda: time.asctime([1] * 9), lambda: time.asctime((1.0,) + (1,) * 8),
    lambda: time.asctime(('a',) + (1,) * 8), lambda: time.strftime('%Y', (1, 2)), lambda: time.mktime((1, 2)),
    lambda: time.asctime((2000, 13, 1, 0, 0, 0, 0, 1, 0)), lambda: time.gmtime(1e300), lambda: time.gmtime(float('nan')),
    lambda: time.gmtime('x'), lambda: time.gmtime(10**30), lambda: time.strftime('a\0b'), lambda: time.strftime(1),
    lambda: time.mktime((10**10, 1, 1, 0, 0, 0, 0, 1, 0)), lambda: time.mktime((-10**10, 1, 1, 0, 0, 0, 0, 1, 0)),
    lambda: time.strftime('%Y', (2000, 1, 1, 24, 0, 0, 0, 1, 0)), lambda: time.strftime('%Y', (2000, 1, 1, 0, 60, 0, 0, 1, 0)),
    lambda: time.strftime('%Y', (2000, 1, 1, 0, 0, 62, 0, 1, 0)), lambda: time.strftime('%Y', (2000, 1, 32, 0, 0, 0, 0, 1, 0)),
    lambda: time.strftime('%Y', (2000, 1, 1, 0, 0, 0, 0, 367, 0)), lambda: time.strftime('%Y', (2000, 1, 1, 0, 0, 0, -2, 1, 0)),
    lambda: time.ctime('x'), lambda: time.strptime(), lambda: time.strptime('x', '%Y'), lambda: time.strptime(1),
    lambda: time.clock_gettime(99), lambda: time.clock_getres(99), lambda: time.clock_gettime('x'), lambda: time.clock_gettime_ns(1.5),
    lambda: time.gmtime(1, 2), lambda: time.gmtime(secs=1), lambda: time.localtime(1, 2), lambda: time.ctime(1, 2),
    lambda: time.strftime(format='%Y'), lambda: time.strftime(), lambda: time.strftime('%Y', 5, 6),
    lambda: time.strftime('%Y', 5), lambda: time.mktime(5), lambda: time.asctime(5), lambda: time.mktime(),
    lambda: time.asctime((2000, 1, 1, 0, 0, 0, 0, 1, 0, 5)), lambda: time.asctime(1, 2), lambda: time.tzset(1),
    lambda: time.clock_settime(time.CLOCK_MONOTONIC, 0), lambda: time.clock_settime_ns(time.CLOCK_MONOTONIC, 0.5),
    lambda: time.clock_gettime(), lambda: time.clock_settime(1),
]
for f in errs:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for c in [time.CLOCK_REALTIME, time.CLOCK_MONOTONIC, time.CLOCK_MONOTONIC_RAW, time.CLOCK_BOOTTIME, time.CLOCK_TAI,
          time.CLOCK_PROCESS_CPUTIME_ID, time.CLOCK_THREAD_CPUTIME_ID]:
    a, b, r = time.clock_gettime(c), time.clock_gettime_ns(c), time.clock_getres(c)
    print(c, type(a).__name__, type(b).__name__, a >= 0, b >= 0, 0 < r < 1)
print(abs(time.clock_gettime(time.CLOCK_REALTIME) - time.time()) < 1)
