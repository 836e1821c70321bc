# datetime arithmetic through the `datetime` module (native _datetime under pyk).
import datetime as dtm
from datetime import date, datetime, time, timedelta, timezone

print(datetime.__module__, date.__name__, issubclass(datetime, date), issubclass(timezone, dtm.tzinfo))

d = date(2024, 2, 28)
for n in (1, 2, 366, -59):
    print(d + timedelta(days=n), d - timedelta(days=n))
print(date(2024, 3, 1) - date(2023, 3, 1), (date(2000, 1, 1) - date(2024, 1, 1)).days)

t = datetime(2023, 12, 31, 23, 59, 59, 999999)
print(repr(t + timedelta(microseconds=1)))
print(repr(t - datetime(2023, 1, 1)))
print(repr(timedelta(weeks=1, days=-1, hours=25, minutes=-1, seconds=0.5, milliseconds=1.5, microseconds=-3)))

td = timedelta(days=1, hours=3)
print(td * 3, 3 * td, td / 2, td // 5, td / timedelta(hours=1), td // timedelta(hours=5))
print(td % timedelta(hours=5), divmod(td, timedelta(hours=7)), -td, abs(-td), +td)
print(td * 0.1, td / 0.3, timedelta(microseconds=1) / 2, timedelta(microseconds=3) / 2)
print(td.total_seconds(), timedelta(microseconds=1).total_seconds(), bool(timedelta(0)), bool(td))
print(timedelta.max, timedelta.min, timedelta.resolution, date.max, datetime.min, time.max)
print(sorted([timedelta(1), timedelta(-1), timedelta(0, 5)]))

print(date(2004, 1, 1).isocalendar(), date(2004, 12, 31).isocalendar().week)
print(date.fromordinal(730120), date(2000, 1, 1).toordinal(), date(2024, 6, 9).weekday(), date(2024, 6, 9).isoweekday())
print(date.fromisocalendar(2020, 53, 7), datetime.combine(date(2020, 1, 2), time(3, 4, tzinfo=timezone.utc)))

# equal objects hash equal
a = datetime(2020, 5, 5, 12, tzinfo=timezone(timedelta(hours=2)))
b = datetime(2020, 5, 5, 10, tzinfo=timezone.utc)
print(a == b, hash(a) == hash(b), a < b + timedelta(microseconds=1))
print(timedelta(hours=24) == timedelta(days=1), hash(timedelta(hours=24)) == hash(timedelta(days=1)))
print(len({date(2020, 1, 1), date(2020, 1, 1), date(2020, 1, 2)}))
print(date(2020, 1, 1) == datetime(2020, 1, 1), date(2020, 1, 1) != datetime(2020, 1, 1))

# subclasses come back from classmethods and arithmetic
class MyDate(date):
    def double(self):
        return self.day * 2

m = MyDate(2020, 1, 15)
print(type(m + timedelta(1)).__name__, type(MyDate.fromordinal(5)).__name__, type(m.replace(day=3)).__name__, (m + timedelta(1)).double())
class MyDT(datetime):
    pass
print(type(MyDT(2020, 1, 1) - timedelta(1)).__name__, type(MyDT.fromisoformat("2020-01-01")).__name__, repr(MyDT(2020, 1, 1, 5)))
