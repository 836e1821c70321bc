# needs: stdlib
# The builtin open() for what the kernel's own files do not cover (file
# descriptors, path-like objects, other codecs, errors handlers and newlines,
# buffering, closefd, opener): it hands those to _io.open.
import os

# Per process: the test harness runs pyk and CPython on this file at once.
TMP = os.path.join(os.path.dirname(os.path.abspath(__file__)), f'_open_via_io_tmp_{os.getpid()}.txt')

class P:
    def __init__(self, p): self.p = p
    def __fspath__(self): return self.p

def t(f, *a, **k):
    try: r = f(*a, **k); print('ok', type(r).__name__, getattr(r, 'mode', None)); return r
    except Exception as e: print(type(e).__name__, e)
with open(TMP, 'w', encoding='cp1252', newline='\r\n') as f: print(type(f).__name__, f.encoding, f.write('é\nx'))
with open(TMP, 'rb') as f: print(f.read())
with open(TMP, encoding='cp1252', newline='') as f: print(list(f))
with open(TMP, encoding='ascii', errors='replace') as f: print(f.read())
fd = os.open(TMP, os.O_RDONLY)
with open(fd, 'rb', closefd=False) as f: print(f.read(2))
os.close(fd)
f = t(open, TMP, 'rb', buffering=0); f.close()
t(open, TMP, buffering=0)
f = t(open, TMP, 'w', buffering=1); f.write('line\n'); print(open(TMP).read()); f.close()
t(open, TMP, closefd=False)
t(open, TMP, encoding='nope')
t(open, bytearray(TMP.encode()))
t(open, 1.5)
f = t(open, TMP, opener=lambda p, fl: os.open(p, fl)); print(f.read()); f.close()
try:
    f = open(P(TMP)); print(type(f).__name__, f.name == TMP, f.read()); f.close()
except Exception as e: print('path-like', type(e).__name__, e)
os.remove(TMP)
