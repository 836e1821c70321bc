# readinto() counts the target's size in bytes, whatever its item size:
# bytearray, memoryview casts, array.array; read-only targets are refused.
import array
import io
import os
import tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, 'data.bin')
with open(p, 'wb') as f:
    f.write(bytes(range(40)))

def show(opener, label):
    with opener(p) as f:
        a = array.array('H', [0] * 4)
        print(label, 'array H', f.readinto(a), a.tolist())
        b = bytearray(5)
        print(label, 'bytearray', f.readinto(b), b)
        m = memoryview(bytearray(8)).cast('I')
        print(label, 'cast I', f.readinto(m), m.tolist())
        for bad in (b'xx', memoryview(b'abc'), 'text', 3):
            try:
                f.readinto(bad)
            except TypeError as e:
                print(label, 'TypeError', e)
        big = array.array('i', [0] * 20)
        print(label, 'rest', f.readinto(big), big.tobytes()[:20])

show(lambda p: open(p, 'rb'), 'builtin')
show(lambda p: io.open(p, 'rb', buffering=0), 'FileIO')
show(lambda p: io.BufferedReader(io.FileIO(p)), 'Buffered')
show(lambda p: io.BytesIO(open(p, 'rb').read()), 'BytesIO')
os.remove(p)
os.rmdir(d)
