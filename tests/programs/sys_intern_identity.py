# sys.intern interns the very object it is given when no equal string is
# interned yet; later equal strings give that object back.
import sys

s = "never interned " + str(12345 * 7)
print(sys.intern(s) is s)
s2 = s.swapcase().swapcase()
print(s2 is s, s2 == s, sys.intern(s2) is s)
d = {s: 1}
print(d[sys.intern("never interned " + str(86415))])
class S(str):
    pass
for bad in (S("abc"), b"abc", 3):
    try:
        sys.intern(bad)
    except TypeError as e:
        print('TypeError:', e)
try:
    sys.intern()
except TypeError as e:
    print('TypeError:', e)
del s
print(sys.intern("never interned " + str(86415)) == "never interned 86415")
