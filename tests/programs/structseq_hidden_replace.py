# Struct sequences: sys.flags.gil is a field outside the sequence (len 18),
# reduced into the dict part; copy.replace / __replace__ with CPython's
# errors.
import copy
import pickle
import sys

f = sys.flags
print(len(f), type(f).n_fields, type(f).n_sequence_fields, type(f).n_unnamed_fields)
print(f.gil in (0, 1), 'gil' in repr(f), type(f).__match_args__[-1])
r = f.__reduce__()
print(type(r[1][0]).__name__, len(r[1][0]), sorted(r[1][1]))
g = copy.replace(f, optimize=2)
print(g.optimize, g.gil == f.gil, type(g) is type(f), g[:3] == f[:3])
try:
    copy.replace(f, bogus=1, other=2)
except TypeError as e:
    print(e)
try:
    f.__replace__(1)
except TypeError as e:
    print(e)
v = copy.replace(sys.version_info, major=4)
print(v.major, v[1:] == sys.version_info[1:])
try:
    type(f)(tuple(f))
except TypeError as e:
    print(e)
fi = copy.replace(sys.float_info, dig=3)
print(fi.dig, type(fi).__name__)
