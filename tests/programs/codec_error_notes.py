# str.encode and bytes.decode errors carry the "... codec failed" note only
# for codecs outside CPython's built-in fast paths; codecs.encode always.
import codecs

for enc in ('utf-8', 'UTF8', 'utf_8', 'utf-16', 'utf-16-le', 'utf-16be', 'utf-32', 'utf-32le',
            'utf_32_be', 'utf-8-sig', 'iso-8859-1', 'latin1', 'l1', 'us-ascii', 'U8', 'cp1252'):
    try:
        'x\udcff\u20ac'.encode(enc)
    except UnicodeError as e:
        print(enc, type(e).__name__, getattr(e, '__notes__', None))
    try:
        b'\xff\xfe\xfd\x00\x81'.decode(enc)
    except UnicodeError as e:
        print(' dec', enc, type(e).__name__, getattr(e, '__notes__', None))
for enc in ('utf-8', 'cp1252'):
    try:
        codecs.encode('x\udcff', enc)
    except UnicodeError as e:
        print('codecs.encode', enc, e.__notes__)
