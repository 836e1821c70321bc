# needs: stdlib
# TextIOWrapper.tell()/seek() cookies as CPython packs them, through small
# chunks so that multi-byte characters, '\r\n' pairs and pending '\r's
# straddle chunk boundaries, for stateful (utf-16/32) and plain codecs.
import io
import os

# Per process: the test harness runs pyk and CPython on this file at once.
TMP = os.path.join(os.path.dirname(os.path.abspath(__file__)), f'_textio_seek_tmp_{os.getpid()}.txt')
for enc in ['utf-8', 'utf-16', 'utf-32', 'cp1252']:
    for nl in [None, '', '\n', '\r\n']:
        data = 'ab\r\ncd\réf€\n' + ('\U0001f600' if enc != 'cp1252' else '') + 'x\r\n\r\nlast'
        with io.open(TMP, 'w', encoding=enc, newline='') as f:
            f.write(data)
        f = io.open(TMP, encoding=enc, newline=nl)
        f._CHUNK_SIZE = 3
        marks = []
        while True:
            pos = f.tell()
            c = f.read(1)
            if not c:
                break
            marks.append((pos, c))
        ok = all(f.seek(pos) == pos and f.read(1) == c for pos, c in marks)
        f.seek(0)
        lines = []
        while True:
            p = f.tell()
            line = f.readline()
            if not line:
                break
            lines.append((p, line))
        ok = ok and all(f.seek(p) == p and f.readline() == line for p, line in lines)
        f.seek(0)
        print(enc, repr(nl), ok, ''.join(c for _, c in marks) == f.read(), [line for _, line in lines])
        print('   ', [p for p, _ in lines], [p for p, _ in marks][:12])
        f.close()
os.remove(TMP)
