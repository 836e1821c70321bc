# Struct sequences: hidden and unnamed fields, the constructor's checks,
# copy/pickle/replace (time.struct_time, os.stat_result, sys.flags).
import copy
import os
import pickle
import sys
import time


def attempt(label, f):
    try:
        r = f()
        print(label, "->", r)
    except Exception as e:
        print(label, "->", type(e).__name__, e)


T = time.struct_time
S = os.stat_result
print(T.n_fields, T.n_sequence_fields, T.n_unnamed_fields, T.__match_args__)
print(S.n_fields, S.n_sequence_fields, S.n_unnamed_fields, S.__match_args__)
print(type(T.tm_year).__name__, repr(T.tm_zone), repr(S.st_atime_ns))
attempt("dict=None", lambda: T("123456789", dict=None))
attempt("dict=5", lambda: T(range(9), 5))
attempt("not a sequence", lambda: T(None, dict=5))
attempt("seq=", lambda: T(seq="123456789", dict={}))
attempt("duplicate", lambda: T("1234567890", dict={"tm_zone": "z"}))
attempt("unknown", lambda: T("123456789", dict={"error": 0}))
attempt("visible name", lambda: T("123456789", dict={"tm_year": 0}))
attempt("short", lambda: T(range(8)))
attempt("long", lambda: T(range(12)))
attempt("times_result short", lambda: os.times_result(range(4)))
t = T("123456789", {"tm_zone": "some zone"})
print(t, t.tm_zone, t.tm_gmtoff)
print(T("1234567890").tm_zone)


class Evil:
    def __getitem__(self, i):
        raise KeyError("evil")

    def __len__(self):
        return 9


attempt("evil", lambda: T(Evil()))
attempt("subclass", lambda: type("X", (T,), {}))
attempt("new attribute", lambda: setattr(time.gmtime(0), "foo", 1))

g = time.gmtime(0)
for stmt in ["g.tm_year = 1", "g.tm_zone = 'x'", "del g.tm_zone"]:
    try:
        exec(stmt)
    except AttributeError as e:
        print(stmt, "->", e)
t6 = copy.replace(g, tm_year=2000, tm_zone="other")
print(t6, t6.tm_zone, t6.tm_gmtoff)
attempt("replace unknown", lambda: copy.replace(g, foo=1, bar=2))
attempt("replace positional", lambda: g.__replace__(1))
print(g.__reduce__())

r = S(range(10), {"st_atime": -1.0})
print(r, r.st_atime, r.st_mtime, r.st_atime_ns)
r = S((*range(10), -1.0))
print(r.st_atime, r.st_ctime)
attempt("stat duplicate", lambda: S((*range(10), -1.0), {"st_atime": -1.0}))
attempt("stat replace", lambda: copy.replace(r))
attempt("stat replace kw", lambda: copy.replace(r, st_mode=1))
r = S([[i] for i in range(10)], {"st_atime": [1.0], "st_atime_ns": [2.0]})
r2 = copy.copy(r)
print(r2 == r, r2.st_atime is r.st_atime, r2.st_atime_ns is r.st_atime_ns)
r3 = copy.deepcopy(r)
print(r3 == r, r3.st_atime == r.st_atime, r3.st_atime is r.st_atime, r3.st_atime_ns is r.st_atime_ns)
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    r4 = pickle.loads(pickle.dumps(r, proto))
    print(proto, r4 == r, r4.st_atime, r4.st_atime_ns, r4.st_rdev)
st = os.stat(__file__)
print(st.st_mtime == st[8] or isinstance(st.st_mtime, float), type(st.st_mtime_ns).__name__, len(st))
print(repr(st).startswith("os.stat_result(st_mode="))
v = os.statvfs("/")
print(len(v), os.statvfs_result.n_fields, type(v.f_fsid).__name__)
print(len(sys.flags), type(sys.flags).n_fields, sys.flags.__reduce__()[1][1])
