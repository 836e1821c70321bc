# readinto() on binary files opened by the builtin open().
import os
import tempfile

path = os.path.join(tempfile.mkdtemp(), "data.bin")
with open(path, "wb") as f:
    f.write(bytes(range(20)))
with open(path, "rb") as f:
    buf = bytearray(8)
    print(f.readinto(buf), buf)
    big = bytearray(30)
    view = memoryview(big)[5:]
    print(f.readinto(view), bytes(big))
    print(f.readinto(bytearray(4)), f.tell())
    try:
        f.readinto(b"immutable")
    except TypeError as e:
        print("TypeError")
with open(path, "r+b") as f:
    f.seek(3)
    b = bytearray(2)
    print(f.readinto(b), b, f.tell())
with open(path) as f:
    print(hasattr(f, "readinto"))
os.remove(path)
os.rmdir(os.path.dirname(path))
