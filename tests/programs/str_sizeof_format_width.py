# str.__sizeof__ follows CPython's compact layout (sys.getsizeof agrees),
# and a format width or precision past Py_ssize_t's maximum is a
# ValueError, not an allocation attempt.
import sys

for ch in (65, 0xE9, 0x20AC, 0x10FFFF, 0xD800):
    c = chr(ch)
    for n in (0, 2, 42):
        s = c * n
        print(hex(ch), n, s.__sizeof__(), sys.getsizeof(s))


class S(str):
    pass


for ch in (65, 0xE9, 0x20AC, 0x10FFFF):
    print("subclass", hex(ch), S(chr(ch) * 3).__sizeof__())

for spec in ("9223372036854775808f", ".9223372036854775808f", "99999999999999999999d", "1" + "0" * 30 + "s"):
    for value in (2.34, 5, "x"):
        try:
            format(value, spec)
        except (ValueError, MemoryError) as e:
            print(spec[:6], type(value).__name__, type(e).__name__, e)
try:
    "{:9223372036854775808}".format(1)
except ValueError as e:
    print("ValueError", e)
