# open(): text and binary files, reading, writing, iteration, errors.
import sys
base = "/tmp"
p = base + "/pyk_file_test.txt"
with open(p, "w") as f:
    print(type(f).__name__, f.mode, f.name == p, f.closed, f.encoding, f.writable(), f.readable())
    print(f.write("héllo\nworld\r\nthird"), f.writelines(["\nx", "y\n"]))
print(f.closed)
with open(p) as f:
    print(repr(f.read()))
with open(p) as f:
    print(repr(f.readline()), repr(f.readline(3)), repr(f.readline()), f.readlines())
with open(p) as f:
    print([line for line in f])
with open(p, "rb") as f:
    print(type(f).__name__, f.read(3), f.readline(), f.tell(), f.seek(0), f.read())
with open(p, "a") as f:
    f.write("appended\n")
with open(p, "r+") as f:
    print(repr(f.read(5)))
    f.seek(0)
    f.write("J")
with open(p, encoding="utf-8") as f:
    print(f.read().splitlines())
with open(p, "wb") as f:
    print(f.write(b"\x00\xffab"), f.write(bytearray(b"c")))
with open(p, "rb") as f:
    print(f.read(), f.read(), f.fileno() > 2)
with open(p, "w", encoding="latin-1") as f:
    f.write("é")
with open(p, "rb") as f:
    print(f.read())
print(open(p).__enter__().read() if False else "")
for bad in [lambda: open(base + "/does/not/exist"), lambda: open(p, "rw"), lambda: open(p, "rbt"), lambda: open(p, "b"),
            lambda: open(p, "rb", encoding="utf-8"), lambda: open(base), lambda: open(p, "x"), lambda: open(3.5),
            lambda: open(p, encoding="nope")]:
    try:
        bad()
    except (OSError, ValueError, TypeError, LookupError) as e:
        print(type(e).__name__, str(e).replace(base, "BASE"))
f = open(p, "r")
f.close(); f.close()
for op in (f.read, f.readline, lambda: f.write("x"), lambda: iter(f)):
    try:
        op()
    except ValueError as e:
        print(e)
f = open(p, "rb")
try:
    f.write(b"x")
except OSError as e:
    print(type(e).__name__, e, isinstance(e, ValueError))
f.close()
with open(p, "w") as f:
    print("via print", 1, 2, file=f)
with open(p) as f:
    print(f.read(), end="")
with open(p, "wb") as f:
    f.write(b"bad \xff utf8")
try:
    open(p).read()
except UnicodeDecodeError as e:
    print(e)

open(p, "w").close()
with open(p, "w") as f:
    f.write("only")
try:
    open(p, "w").read()
except OSError as e:
    print(type(e).__name__, e)
