# tzinfo subclasses, utcoffset rules, astimezone, fold, naive/aware comparisons.
from datetime import date, datetime, time, timedelta, timezone, tzinfo

class Fixed(tzinfo):
    def __init__(self, minutes, name):
        self.off = timedelta(minutes=minutes)
        self.name = name
    def utcoffset(self, dt):
        return self.off
    def tzname(self, dt):
        return self.name
    def dst(self, dt):
        return timedelta(0)

class Folding(tzinfo):
    # A zone whose offset is +1h on fold=0 and 0 on fold=1 for 01:xx.
    def utcoffset(self, dt):
        if dt is not None and dt.hour == 1 and dt.fold:
            return timedelta(0)
        return timedelta(hours=1)
    def dst(self, dt):
        return timedelta(0)

est = Fixed(-300, "EST")
t = datetime(2020, 6, 1, 12, tzinfo=est)
print(t.utcoffset(), t.tzname(), t.dst(), repr(t.astimezone(timezone.utc)), t.astimezone(Fixed(60, "CET")).tzname())
print(t.astimezone(est) is t, t.timetz(), t.time(), t.date(), t.timetz().utcoffset())
print(est.fromutc(datetime(2020, 1, 1, tzinfo=est)))
tz2 = timezone(timedelta(hours=2))
print(tz2.fromutc(datetime(2020, 1, 1, tzinfo=tz2)))
try:
    tz2.fromutc(datetime(2020, 1, 1, tzinfo=timezone(timedelta(hours=2))))
except ValueError as e:
    print('ValueError', e)

naive = datetime(2020, 6, 1, 12)
aware = datetime(2020, 6, 1, 12, tzinfo=timezone.utc)
print(naive == aware, naive != aware)
for op in ("<", "-"):
    try:
        eval("naive " + op + " aware")
    except TypeError as e:
        print(op, "TypeError", e)
try:
    time(1, tzinfo=est) < time(1)
except TypeError as e:
    print("time TypeError", e)
print(time(12, tzinfo=est) == time(17, tzinfo=timezone.utc), time(12, tzinfo=est) > time(16, 59, tzinfo=timezone.utc))

f = Folding()
a = datetime(2020, 1, 1, 1, 30, tzinfo=f)
b = a.replace(fold=1)
print(a == b, a.utcoffset(), b.utcoffset(), hash(a) == hash(a.replace(fold=0)))
print(datetime(2020, 1, 1, 5, tzinfo=f) == datetime(2020, 1, 1, 5, fold=1, tzinfo=f))
print(datetime(2020, 1, 1, 1, 30) == datetime(2020, 1, 1, 1, 30, fold=1), b.fold, b.replace(fold=0).fold)

class Bad(tzinfo):
    def __init__(self, v):
        self.v = v
    def utcoffset(self, dt):
        return self.v
    def tzname(self, dt):
        return self.v
for v in (timedelta(hours=24), 5, "x"):
    for what in ("utcoffset", "tzname"):
        try:
            print(getattr(datetime(2020, 1, 1, tzinfo=Bad(v)), what)())
        except (TypeError, ValueError) as e:
            print(what, type(e).__name__, e)
try:
    tzinfo().utcoffset(None)
except NotImplementedError as e:
    print("NotImplementedError", e)
print(timezone(timedelta(0)) is timezone.utc, timezone(timedelta(0), "UTC") is timezone.utc, timezone(timedelta(0), "UTC") == timezone.utc)
try:
    class Sub(timezone):
        pass
except TypeError as e:
    print("TypeError", e)
