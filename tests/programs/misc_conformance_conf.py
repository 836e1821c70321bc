# Small CPython details: str(int) refuses a number clearly over
# sys.get_int_max_str_digits() before converting it (CPython's fuzzy size
# check), re matches any buffer (array.array) byte by byte, and builtin
# types have no __annotations__ (type's own getset included).
import array
import functools
import re
import sys

old = sys.get_int_max_str_digits()
sys.set_int_max_str_digits(5000)
n = 1 << 40000  # 12042 decimal digits
for limit in (5000, 11000, 11900, 12000, 12041, 12042, 12043):
    sys.set_int_max_str_digits(limit)
    try:
        print(limit, len(str(n)))
    except ValueError as e:
        print(limit, "ValueError", e)
sys.set_int_max_str_digits(old)

for tc in "bBhuwHiIlLfd":
    a = array.array(tc)
    print(tc, re.compile(b"bla").match(a), re.compile(b"").match(a).groups())
m = re.search(b"l(a)", array.array("b", b"xbla"))
print(m.span(), m.group(1), type(m.string).__name__)
print(re.findall(b".", array.array("h", [0x4241])))
try:
    re.match(b"x", 5)
except TypeError as e:
    print("TypeError", e)
try:
    re.match("x", array.array("b"))
except TypeError as e:
    print("TypeError", e)

for t in (type, int, object):
    print(t.__name__, getattr(t, "__annotations__", "missing"))
try:
    type.__annotations__
except AttributeError as e:
    print("AttributeError", e)


class A:
    x: int


print(A.__annotations__, type.__dict__["__annotations__"].__get__(A))


def wrapper(*args):
    pass


functools.update_wrapper(wrapper, type)
print(wrapper.__name__, wrapper.__annotations__, wrapper.__type_params__)

# below 1000 30-bit digits the exact digit count decides
small = 7 ** 10000  # 8451 digits
for limit in (8000, 8450, 8451):
    sys.set_int_max_str_digits(limit)
    try:
        print(limit, len(str(small)), len(repr(-small)))
    except ValueError as e:
        print(limit, "ValueError", e)
sys.set_int_max_str_digits(old)

# a scanner over a bytearray keeps it from being resized while it lives
b = bytearray(b"xax")
it = re.finditer(b"a", b)
try:
    b.extend(b"y" * 10)
except BufferError as e:
    print("BufferError", e)
print([m.span() for m in it])
del it
b.extend(b"a")
print(b, [m.span() for m in re.finditer(b"a", b)])
sc = re.compile(b"x").scanner(memoryview(b"xx"))
print(sc.search().span(), sc.search().span(), sc.search())
