# repr/str/isoformat/strftime/__format__ of the datetime types.
from datetime import date, datetime, time, timedelta, timezone

dt = datetime(2009, 7, 4, 5, 6, 7, 8901, tzinfo=timezone(timedelta(hours=-5, minutes=-30), "XST"))
print(repr(dt))
print(str(dt), dt.isoformat(), dt.isoformat(" ", "milliseconds"), dt.isoformat(timespec="hours"))
for spec in ("auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"):
    print(spec, time(1, 2, 3, 456789).isoformat(spec), datetime(1, 2, 3).isoformat(timespec=spec))
print(dt.strftime("%Y-%m-%d %H:%M:%S.%f %z %:z %Z %%"), dt.ctime(), date(2002, 3, 2).ctime())
print(format(dt, "%A %d %B %Y"), f"{date(2020, 1, 1):%j}", f"{time(13, 5):%I:%M %p}", f"{dt}", format(time(1), ""))
print(repr(time(0, 0)), repr(time(1, 2, 3)), repr(time(1, 2, 0, 5, fold=1)), repr(datetime(2000, 1, 1, fold=1, tzinfo=timezone.utc)))
print(repr(timedelta(0)), repr(timedelta(-1, 5, 7)), str(timedelta(-1, 5, 7)), str(timedelta(2, 3600)), str(timedelta(microseconds=5)))
print(repr(timezone.utc), repr(timezone(timedelta(hours=3), "X")), str(timezone(timedelta(minutes=-90))), timezone(timedelta(seconds=1, microseconds=5)).tzname(None))
print(timezone.min, timezone.max, timezone(timedelta(0), "zero"))
print(dt.timetuple(), dt.utctimetuple().tm_hour, date(2020, 3, 1).timetuple().tm_yday)
print(datetime(2020, 1, 1, tzinfo=timezone.utc).timestamp(), datetime(1969, 12, 31, 23, 59, 59, 500000, tzinfo=timezone.utc).timestamp())
print(time(12, 30, tzinfo=timezone(timedelta(hours=1))).isoformat(), time(4, 5).strftime("%H|%M|%S|%f|%z|%Z"))
