# fromisoformat (3.13 rules), strptime, fromtimestamp with a tz, pickling.
import copy
import pickle
from datetime import date, datetime, time, timedelta, timezone

for s in ["2020-02-29", "20200229", "2020-W09-6", "2020W096", "2020-W01"]:
    print(s, date.fromisoformat(s))
for s in ["2011-11-04T00:05:23.283+00:00", "2011-11-04 00:05:23Z", "20111104T000523", "2011-W44-5T00:05:23-04:30",
          "2011-11-04T00:05:23,5+05:30:15", "2011-11-04T12", "2011-11-04T12:30:45.1234567"]:
    print(s, repr(datetime.fromisoformat(s)))
for s in ["04:23:01", "T04:23:01.000384", "0423", "04:23:01+04:00", "12:00:00Z"]:
    print(s, repr(time.fromisoformat(s)))
for bad in ["2020-13-01", "2020-1-01", "2020-02-30", "2020-01-01T25:00", "2020-01-01T12:3", "", "2020-01-01T12:00+24:00", "2020-12-31T24:00", "24:00"]:
    for f in (date.fromisoformat, datetime.fromisoformat, time.fromisoformat):
        try:
            f(bad)
        except ValueError as e:
            print(f.__self__.__name__, "ValueError", e)

print(repr(datetime.strptime("2021-03-04 05:06:07", "%Y-%m-%d %H:%M:%S")))
print(repr(datetime.strptime("2021-03-04 +0130", "%Y-%m-%d %z")))
print(repr(datetime.fromtimestamp(1234567890.5, timezone.utc)), repr(datetime.fromtimestamp(0, timezone(timedelta(hours=-3)))))
print(repr(datetime.fromtimestamp(1e9 + 0.0000015, tz=timezone.utc)))

objs = [date(2020, 1, 2), time(3, 4, 5, 6, fold=1), datetime(2020, 1, 2, 3, 4, 5, 6, tzinfo=timezone(timedelta(hours=1), "A"), fold=1),
        timedelta(1, 2, 3), timezone.utc, timezone(timedelta(minutes=5)), date(2020, 1, 2).isocalendar()]
for o in objs:
    for proto in (0, 2, 4):
        r = pickle.loads(pickle.dumps(o, proto))
        print(proto, repr(r), r == o, getattr(r, "fold", None))
print(pickle.dumps(date(2020, 1, 2), 0))
print(copy.copy(datetime(2020, 1, 1)), copy.deepcopy(time(1, tzinfo=timezone.utc)), copy.replace(date(2020, 1, 1), month=5))
print(date(2020, 1, 2).__reduce__(), datetime(2020, 1, 2, fold=1).__reduce_ex__(4))
print(timezone.utc.__reduce__(), timezone(timedelta(hours=1), "x").__getinitargs__())
